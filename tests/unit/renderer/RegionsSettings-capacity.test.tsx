// @vitest-environment jsdom
/**
 * A region's capacity field refuses text that is not a figure at the field itself (its own
 * message, tied by aria-describedby) and keeps the stored figure: it never reads as empty and
 * quietly returns the region to the default.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RegionsSettings } from '../../../renderer/features/settings/RegionsSettings';
import { connectSession } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { useStorage } from '../../../renderer/state/storage';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import { settingsOf } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';

beforeEach(() => {
  useWindow.setState(initialWindow, true);
  useStorage.setState({ status: 'ok' });
  connectSession({ persist: async () => undefined, broadcast: () => undefined });
  const ws = baseWorkspace();
  const region = settingsOf(ws).regions[0]!.code;
  ws.settings.workspace = { ...settingsOf(ws), tier1CapacityByRegion: { [region]: 3 } };
  useDocument.setState({ ...initialDocument, workspace: ws, phase: 'ready' }, true);
  render(<RegionsSettings />);
});
afterEach(() => {
  cleanup();
  connectSession(null);
});

const region = () => settingsOf(useDocument.getState().workspace).regions[0]!.code;
const stored = () => settingsOf(useDocument.getState().workspace).tier1CapacityByRegion?.[region()];

async function enter(field: HTMLElement, text: string) {
  fireEvent.change(field, { target: { value: text } });
  await act(async () => fireEvent.keyDown(field, { key: 'Enter' }));
}

describe('a region’s capacity field', () => {
  it('refuses text that is not a figure at the field, keeping the stored figure', async () => {
    const field = screen.getByRole('textbox', { name: `${region()} Tier-1 capacity per week` });
    expect(field).toHaveValue('3');
    for (const text of ['abc', '2.5', '0', '51']) {
      await enter(field, text);
      const message = screen.getByRole('alert');
      expect(message).toHaveTextContent(
        'Enter a whole number from 1 to 50, or leave it empty for the default',
      );
      expect(field).toHaveAttribute('aria-describedby', message.id);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveValue(text);
      expect(stored()).toBe(3);
    }
    // Escape puts the stored figure back; a figure saves; empty returns to the default.
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field).toHaveValue('3');
    expect(screen.queryByRole('alert')).toBeNull();
    await enter(field, '4');
    expect(stored()).toBe(4);
    await enter(field, '');
    expect(stored()).toBeUndefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses an empty default capacity at its field', async () => {
    const field = screen.getByRole('textbox', { name: 'Default Tier-1 capacity per region and week' });
    await enter(field, '');
    expect(screen.getByRole('alert')).toHaveTextContent(/^Enter a whole number from 1 to 50$/);
    expect(settingsOf(useDocument.getState().workspace).tier1CapacityPerRegionWeek).toBe(1);
  });
});
