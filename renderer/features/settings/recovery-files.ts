/**
 * What the recovery screen and Settings → Data offer when records were set aside as unreadable:
 * export them as they were stored, discard them (only when asked), and restore a snapshot
 * straight away (the recovery screen has no import preview to show it in).
 */
import { toDay } from '../../../shared/dates/days';
import { countRecords } from '../../../shared/domain/workspace';
import {
  exportWorkspaceJson,
  parseWorkspaceJson,
  replaceWorkspace,
} from '../../../shared/formats/workspace-json';
import { platform } from '../../platform';
import { commit } from '../../state/changes';
import { useDocument } from '../../state/document';
import { getServices } from '../../state/services';
import { showToast } from '../../state/window';

export async function exportQuarantine(): Promise<void> {
  const result = await platform.saveFile({
    suggestedName: `launch-control-damaged-${toDay(new Date())}.json`,
    content: await getServices().quarantine.exportJson(),
    filters: [{ name: 'JSON', extensions: ['json'] }],
  });
  if (result.status === 'saved')
    showToast({ tone: 'info', message: `Saved the damaged records to ${result.path}` });
  if (result.status === 'failed') showToast({ tone: 'error', message: `Export failed: ${result.message}` });
}

/**
 * Replaces the workspace with a snapshot, as one undoable step, after snapshotting what is
 * there now. Resolves true when it was restored.
 */
export async function restoreSnapshotNow(id: string): Promise<boolean> {
  const { snapshots } = getServices();
  const snapshot = await snapshots.get(id);
  if (!snapshot) {
    showToast({ tone: 'error', message: 'That snapshot no longer exists.' });
    return false;
  }
  const parsed = parseWorkspaceJson(snapshot.json);
  if (!parsed.ok) {
    showToast({ tone: 'error', message: `That snapshot cannot be restored: ${parsed.errors[0]}` });
    return false;
  }
  const current = useDocument.getState().workspace;
  const now = new Date().toISOString();
  try {
    await snapshots.take(
      'Before restoring a snapshot',
      exportWorkspaceJson(current, now),
      countRecords(current),
      now,
    );
  } catch (error) {
    showToast({
      tone: 'error',
      message: `Restore stopped: could not take a snapshot first (${String(error)}). Nothing was changed.`,
    });
    return false;
  }
  const when = new Date(snapshot.takenAt).toLocaleString();
  const change = replaceWorkspace(
    useDocument.getState().workspace,
    parsed.workspace,
    `Restore the snapshot of ${when}`,
  );
  const saved = await commit(change);
  if (saved) showToast({ tone: 'info', message: `Restored the snapshot of ${when}. Press Ctrl+Z to undo.` });
  return saved;
}
