// @vitest-environment jsdom
/**
 * The recovery screen's backups (jsdom): a backup that cannot be read, or a restore that fails
 * in an unforeseen way, is said in a toast and leaves Restore usable; a listing that fails is
 * said on the screen.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupSummary } from '../../../renderer/data/backups';
import { RecoveryScreen } from '../../../renderer/app/RecoveryScreen';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { setServices, type Services } from '../../../renderer/state/services';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import { baseWorkspace } from '../../fixtures/workspace';

const backup: BackupSummary = {
  id: 'b1',
  takenAt: '2026-11-26T09:00:00.000Z',
  kind: 'before-repair',
  reason: 'Before setting unreadable records aside',
  bytes: 1000,
  tables: { items: 3 },
  records: 3,
  contentHash: 'h',
};

let store: {
  list: ReturnType<typeof vi.fn>;
  get: ReturnType<typeof vi.fn>;
  backUp: ReturnType<typeof vi.fn>;
};

beforeEach(() => {
  store = { list: vi.fn(async () => [backup]), get: vi.fn(), backUp: vi.fn() };
  setServices({ snapshots: store } as unknown as Services);
  useDocument.setState(
    {
      ...initialDocument,
      workspace: baseWorkspace(),
      phase: 'recovery',
      repair: { damage: [], settingsRebuilt: true },
    },
    true,
  );
  useWindow.setState(initialWindow, true);
});

afterEach(() => {
  cleanup();
  setServices(null);
});

const toasts = () => useWindow.getState().toasts.map((t) => t.message);

describe('RecoveryScreen', () => {
  it('says when a backup cannot be read, and Restore stays usable', async () => {
    store.get.mockRejectedValue(new Error('Permission denied'));
    render(<RecoveryScreen />);
    const restore = await screen.findByRole('button', { name: /^Restore the backup of / });
    fireEvent.click(restore);
    await vi.waitFor(() => expect(toasts()).toContain('That backup could not be read: Permission denied'));
    await vi.waitFor(() => expect(restore).toBeEnabled());
    expect(useDocument.getState().phase).toBe('recovery');
  });

  it('says when a backup cannot be restored, and backs up and changes nothing', async () => {
    store.get.mockResolvedValue({ ...backup, json: JSON.stringify({ format: 'nothing we know' }) });
    render(<RecoveryScreen />);
    fireEvent.click(await screen.findByRole('button', { name: /^Restore the backup of / }));
    await vi.waitFor(() =>
      expect(toasts().some((m) => m.startsWith('That backup cannot be restored: '))).toBe(true),
    );
    expect(store.backUp).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: /^Restore the backup of / })).toBeEnabled();
  });

  it('says why the backups could not be listed', async () => {
    store.list.mockRejectedValue(new Error('That folder no longer exists.'));
    render(<RecoveryScreen />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The backups could not be listed: That folder no longer exists.',
    );
  });
});
