// @vitest-environment jsdom
/**
 * The rollout plan's in-place field: a save the workspace refuses (the wave deleted in another
 * window meanwhile) keeps what was typed and shows the reason at the field, tied to it by
 * aria-describedby; a save that works leaves no message.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteItem } from '../../../shared/domain/items/commands';
import { CheckedInput } from '../../../renderer/features/launches/CheckedInput';
import { datesForGoLive, saveGoLive } from '../../../renderer/features/launches/wave-edits';
import { applyRemoteChange, connectSession } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { useStorage } from '../../../renderer/state/storage';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import { add, item, laterContext } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

beforeEach(() => {
  useWindow.setState(initialWindow, true);
  useStorage.setState({ status: 'ok' });
  connectSession({ persist: async () => undefined, broadcast: () => undefined });
  const ws = add(baseWorkspace(), 'items', item('W', { title: 'EU wave', launchDate: '2027-03-01' }));
  useDocument.setState({ ...initialDocument, workspace: ws, phase: 'ready' }, true);
});
afterEach(() => {
  cleanup();
  connectSession(null);
});

function goLiveField() {
  const wave = useDocument.getState().workspace.items.W!;
  render(
    <CheckedInput
      label="Go-live day of EU wave"
      type="date"
      value={wave.launchDate ?? ''}
      check={(text) => datesForGoLive(wave, text)}
      save={(dates) => saveGoLive(wave, dates)}
    />,
  );
  return screen.getByLabelText('Go-live day of EU wave');
}

async function type(field: HTMLElement, text: string) {
  fireEvent.change(field, { target: { value: text } });
  await act(async () => {
    fireEvent.keyDown(field, { key: 'Enter' });
  });
}

describe('CheckedInput with the go-live day', () => {
  it('saves a new day with no message', async () => {
    const field = goLiveField();
    await type(field, '2027-03-08');
    expect(useDocument.getState().workspace.items.W!.launchDate).toBe('2027-03-08');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows why a refused save was refused, at the field, keeping what was typed', async () => {
    const field = goLiveField();
    act(() => applyRemoteChange(deleteItem(useDocument.getState().workspace, 'W', laterContext())));
    await type(field, '2027-03-08');
    const message = screen.getByRole('alert');
    expect(message).toHaveTextContent('That launch item no longer exists');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAttribute('aria-describedby', message.id);
    expect(field).toHaveValue('2027-03-08');
  });
});
