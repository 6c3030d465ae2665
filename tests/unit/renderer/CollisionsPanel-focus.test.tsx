// @vitest-environment jsdom
/**
 * The collisions panel keeps the keyboard's place when an entry moves to the other list:
 * acknowledged (its new place folded away), the focus goes to the next open entry; reopened, it
 * follows the entry into the open list; a note edited in place hands it back to the entry.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollisionsPanel } from '../../../renderer/features/timeline/CollisionsPanel';
import { connectSession } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { useStorage } from '../../../renderer/state/storage';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import { add, blackout, item } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

const launch = (id: string, day: string, regions: string[], fields: Partial<LaunchItem> = {}) =>
  item(id, { title: id, tier: 1, launchDate: day, regions, ...fields });

beforeEach(async () => {
  useWindow.setState(initialWindow, true);
  useStorage.setState({ status: 'ok' });
  connectSession({ persist: async () => undefined, broadcast: () => undefined });
  // Two Tier-1 launches in EU in one week, one of them depending on a launch in a blackout.
  const ws = add(
    baseWorkspace(),
    'items',
    launch('a', '2026-12-07', ['EU']),
    launch('b', '2026-12-08', ['EU'], { startDate: '2026-12-01', dependsOn: ['c'] }),
    launch('c', '2026-12-24', ['NA'], { tier: 2 }),
  );
  add(ws, 'blackouts', blackout('freeze'));
  useDocument.setState({ ...initialDocument, workspace: ws, phase: 'ready' }, true);
  render(<CollisionsPanel onReveal={() => undefined} />);
  // The panel lists the collisions once its first frame has been painted.
  expect(screen.getByText('Finding collisions…')).toBeInTheDocument();
  await screen.findByRole('list', { name: 'Open collisions' });
});
afterEach(() => {
  cleanup();
  connectSession(null);
});

const openEntries = () =>
  within(screen.getByRole('list', { name: 'Open collisions' })).getAllByRole('listitem');

async function acknowledge(entry: HTMLElement, note: string) {
  fireEvent.click(within(entry).getByRole('button', { name: 'Acknowledge…' }));
  const field = within(entry).getByRole('textbox');
  fireEvent.change(field, { target: { value: note } });
  await act(async () => fireEvent.submit(field.closest('form')!));
}

describe('CollisionsPanel focus', () => {
  it('acknowledged: to the next open entry; reopened: to the entry in the open list', async () => {
    const entries = openEntries();
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const second = entries[1]!.textContent;
    await acknowledge(entries[0]!, 'Support has extra staff that week');
    await waitFor(() => expect(document.activeElement?.closest('li')).toHaveTextContent(second!));
    expect(document.activeElement).toHaveTextContent('Acknowledge…');

    // Unfolded, the acknowledged entry can be reopened: the focus follows it.
    const folded = screen.getByRole('list', { name: 'Acknowledged collisions' }).closest('details')!;
    folded.open = true;
    const acknowledged = within(folded).getAllByRole('listitem')[0]!;
    const key = acknowledged.dataset.collisionKey;
    await act(async () => fireEvent.click(within(acknowledged).getByRole('button', { name: 'Reopen' })));
    await waitFor(() => expect(document.activeElement?.closest('li')?.dataset.collisionKey).toBe(key));
    expect(document.activeElement?.closest('ul')).toHaveAccessibleName('Open collisions');
  });

  it('the last open entry acknowledged: to the acknowledged list’s summary', async () => {
    for (let left = openEntries().length; left > 0; left--) await acknowledge(openEntries()[0]!, 'Accepted');
    await waitFor(() => expect(screen.getByText(/^Acknowledged \(/)).toHaveFocus());
  });
});
