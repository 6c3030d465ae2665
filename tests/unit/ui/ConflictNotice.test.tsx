// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConflictNotice, type Conflict } from '../../../renderer/ui/ConflictNotice';

afterEach(cleanup);

const title: Conflict = { key: 'title', label: 'Title', mine: 'Team spaces (B)', theirs: 'Team spaces (A)' };
const owner: Conflict = { key: 'ownerId', label: 'Owner (DRI)', mine: 'Maya Chen', theirs: 'Unassigned' };

function renderNotice(conflicts: Conflict[]) {
  const onKeepMine = vi.fn();
  const onTakeTheirs = vi.fn();
  const view = render(
    <ConflictNotice conflicts={conflicts} onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} />,
  );
  return { onKeepMine, onTakeTheirs, view };
}

const notice = () => screen.getByRole('region', { name: 'Changed in another window' });

describe('ConflictNotice', () => {
  it('shows each field with the saved value beside the person’s own, and takes focus', () => {
    renderNotice([title, owner]);
    expect(notice()).toHaveFocus();
    const field = within(notice()).getByRole('group', { name: 'Title' });
    expect(field).toHaveTextContent('Saved elsewhereTeam spaces (A)');
    expect(field).toHaveTextContent('YoursTeam spaces (B)');
    expect(within(notice()).getByRole('group', { name: 'Owner (DRI)' })).toHaveTextContent('Unassigned');
    expect(notice()).toHaveTextContent('nothing is saved until you do');
  });

  it('reports the choice for one field by its key', () => {
    const { onKeepMine, onTakeTheirs } = renderNotice([title, owner]);
    const field = within(notice()).getByRole('group', { name: 'Owner (DRI)' });
    fireEvent.click(within(field).getByRole('button', { name: 'Take theirs' }));
    expect(onTakeTheirs).toHaveBeenCalledWith(['ownerId']);
    fireEvent.click(within(field).getByRole('button', { name: 'Keep mine' }));
    expect(onKeepMine).toHaveBeenCalledWith(['ownerId']);
  });

  it('offers one choice for all fields when there are several', () => {
    const { onKeepMine, onTakeTheirs } = renderNotice([title, owner]);
    fireEvent.click(screen.getByRole('button', { name: 'Keep all mine' }));
    expect(onKeepMine).toHaveBeenCalledWith(['title', 'ownerId']);
    fireEvent.click(screen.getByRole('button', { name: 'Take all theirs' }));
    expect(onTakeTheirs).toHaveBeenCalledWith(['title', 'ownerId']);
  });

  it('has no choice for all with a single field', () => {
    renderNotice([title]);
    expect(screen.queryByRole('button', { name: 'Keep all mine' })).toBeNull();
    expect(notice()).toHaveTextContent('This field was saved');
  });

  it('keeps focus in the notice, on the next field, once a settled field goes away', () => {
    const { view } = renderNotice([title, owner]);
    const keep = within(screen.getByRole('group', { name: 'Title' })).getByRole('button', {
      name: 'Keep mine',
    });
    keep.focus();
    view.rerender(<ConflictNotice conflicts={[owner]} onKeepMine={vi.fn()} onTakeTheirs={vi.fn()} />);
    const next = within(screen.getByRole('group', { name: 'Owner (DRI)' })).getByRole('button', {
      name: 'Keep mine',
    });
    expect(next).toHaveFocus();
  });
});
