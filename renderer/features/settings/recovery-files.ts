/**
 * What the recovery screen and Settings → Data offer when records were set aside as unreadable:
 * export them as they were stored, discard them (only when asked), and restore a backup
 * straight away (the recovery screen has no import preview to show it in).
 */
import { toDay } from '../../../shared/dates/days';
import type { Change } from '../../../shared/domain/change';
import {
  parseWorkspaceJson,
  replaceProblems,
  replaceWorkspace,
} from '../../../shared/formats/workspace-json';
import { platform } from '../../platform';
import { commit } from '../../state/changes';
import { useDocument } from '../../state/document';
import { getServices } from '../../state/services';
import { showToast } from '../../state/window';
import { backupTime } from './workspace-file';

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
 * Replaces the workspace with a backup, as one undoable step, after backing up what is there
 * now. Resolves true when it was restored; every failure is said in a toast and resolves false.
 */
export async function restoreSnapshotNow(id: string): Promise<boolean> {
  const { snapshots } = getServices();
  let backup;
  try {
    backup = await snapshots.get(id);
  } catch (error) {
    showToast({ tone: 'error', message: `That backup could not be read: ${messageOf(error)}` });
    return false;
  }
  if (!backup) {
    showToast({ tone: 'error', message: 'That backup no longer exists.' });
    return false;
  }
  const parsed = parseWorkspaceJson(backup.json);
  if (!parsed.ok) {
    showToast({ tone: 'error', message: `That backup cannot be restored: ${parsed.errors[0]}` });
    return false;
  }
  // Refused before the backup is taken when the backup would bring a day outside 2000–2100 in.
  if (refusedRestore(replaceWorkspace(useDocument.getState().workspace, parsed.workspace))) return false;
  try {
    await snapshots.backUp('before-restore', useDocument.getState().workspace, new Date().toISOString());
  } catch (error) {
    showToast({
      tone: 'error',
      message: `Restore stopped: could not back up the workspace first (${messageOf(error)}). Nothing was changed.`,
    });
    return false;
  }
  const when = backupTime(backup.takenAt);
  const change = replaceWorkspace(
    useDocument.getState().workspace,
    parsed.workspace,
    `Restore the backup of ${when}`,
  );
  if (refusedRestore(change)) return false;
  const saved = await commit(change);
  if (saved) showToast({ tone: 'info', message: `Restored the backup of ${when}. Press Ctrl+Z to undo.` });
  return saved;
}

/** True (said in a toast) when the restore would add or change a day outside the planning range. */
function refusedRestore(change: Change): boolean {
  const refused = replaceProblems(change);
  if (refused.length) showToast({ tone: 'error', message: `That backup cannot be restored: ${refused[0]}` });
  return refused.length > 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
