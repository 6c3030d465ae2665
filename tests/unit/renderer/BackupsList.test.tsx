// @vitest-environment jsdom
/**
 * Settings → Data → Backups (jsdom): the empty state, a backup's time, reason, size and counts,
 * Back up now (saved, or nothing new), a failed listing said in words, and listing again when a
 * backup is written elsewhere or the window comes back.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupSummary } from '../../../renderer/data/backups';
import { BackupsList } from '../../../renderer/features/settings/BackupsList';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { setServices, type Services } from '../../../renderer/state/services';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import { baseWorkspace } from '../../fixtures/workspace';

const backup: BackupSummary = {
  id: 'b1',
  takenAt: '2026-11-26T09:00:00.000Z',
  kind: 'before-import',
  reason: 'Before importing plan.json',
  bytes: Math.round(3.4 * 1024 * 1024),
  tables: { items: 313, readiness: 2140, people: 12 },
  records: 2465,
  contentHash: 'h',
};

let store: {
  list: ReturnType<typeof vi.fn>;
  backUp: ReturnType<typeof vi.fn>;
  onChange: ReturnType<typeof vi.fn>;
};
/** What the list listens to: the store's announcements that the backups changed. */
let announce: () => void;

beforeEach(() => {
  announce = () => {};
  store = {
    list: vi.fn(async () => [] as BackupSummary[]),
    backUp: vi.fn(),
    onChange: vi.fn((listener: () => void) => {
      announce = listener;
      return () => (announce = () => {});
    }),
  };
  setServices({ snapshots: store } as unknown as Services);
  useDocument.setState({ ...initialDocument, workspace: baseWorkspace(), phase: 'ready' }, true);
  useWindow.setState(initialWindow, true);
});

afterEach(() => {
  cleanup();
  setServices(null);
});

const toasts = () => useWindow.getState().toasts.map((t) => t.message);

describe('BackupsList', () => {
  it('says when there are no backups yet, and when they are made', async () => {
    render(<BackupsList folder={null} />);
    expect(
      await screen.findByText(
        'No backups yet — one is made every 15 minutes while you work, and before every import and restore.',
      ),
    ).toBeVisible();
  });

  it('lists each backup with its reason, size and what it holds, and a Restore button named by its time', async () => {
    store.list.mockResolvedValue([backup]);
    render(<BackupsList folder="/home/ada/.config/Launch Control/backups" />);
    const item = await screen.findByRole('listitem');
    expect(item).toHaveTextContent('Before importing plan.json');
    expect(item).toHaveTextContent('3.4 MB · 313 launch items, 2,140 readiness items');
    expect(within(item).getByRole('button', { name: /^Restore the backup of .+…$/ })).toBeEnabled();
    expect(
      screen.getByText(/Each is a workspace file in \/home\/ada\/.config\/Launch Control\/backups\./),
    ).toBeVisible();
  });

  it('backs up now and lists again; says so when nothing changed', async () => {
    store.backUp.mockResolvedValueOnce({ status: 'saved', backup });
    render(<BackupsList folder={null} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Back up now' }));
    await vi.waitFor(() => expect(toasts()).toContain('Backed up the workspace.'));
    expect(store.backUp).toHaveBeenCalledWith('manual', useDocument.getState().workspace, expect.any(String));
    await vi.waitFor(() => expect(store.list).toHaveBeenCalledTimes(2));

    store.backUp.mockResolvedValueOnce({ status: 'unchanged', backup });
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    await vi.waitFor(() =>
      expect(toasts().some((m) => m.startsWith('Nothing has changed since the backup of'))).toBe(true),
    );
  });

  it('says why a backup failed', async () => {
    store.backUp.mockRejectedValueOnce(new Error('The disk is full, so the backup could not be saved.'));
    render(<BackupsList folder={null} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Back up now' }));
    await vi.waitFor(() =>
      expect(toasts()).toContain('The backup failed: The disk is full, so the backup could not be saved.'),
    );
  });

  it('shows why the backups could not be listed', async () => {
    store.list.mockRejectedValue(new Error('The backups could not be listed: That folder no longer exists.'));
    render(<BackupsList folder={null} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('That folder no longer exists.');
  });

  it('lists again when a backup is written elsewhere (another window) and when the window gets the focus', async () => {
    render(<BackupsList folder={null} />);
    await screen.findByText(/^No backups yet/);
    store.list.mockResolvedValue([backup]);
    announce();
    expect(await screen.findByRole('listitem')).toHaveTextContent('Before importing plan.json');

    store.list.mockResolvedValue([]);
    fireEvent.focus(window);
    expect(await screen.findByText(/^No backups yet/)).toBeVisible();
  });

  it('stops listening once it is closed', async () => {
    const { unmount } = render(<BackupsList folder={null} />);
    await screen.findByText(/^No backups yet/);
    unmount();
    const calls = store.list.mock.calls.length;
    announce();
    fireEvent.focus(window);
    expect(store.list).toHaveBeenCalledTimes(calls);
  });
});
