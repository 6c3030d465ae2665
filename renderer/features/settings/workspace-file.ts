/**
 * Exporting the workspace as a JSON file, importing one back (validate → preview → apply all
 * or nothing, as one undoable step, with a backup first) by replacing the workspace or by
 * merging the file into it, and restoring a backup.
 */
import { toDay } from '../../../shared/dates/days';
import {
  exportWorkspaceJson,
  parseWorkspaceJson,
  replaceProblems,
  replaceWorkspace,
  summariseChange,
} from '../../../shared/formats/workspace-json';
import { mergeWorkspace } from '../../../shared/formats/workspace-merge';
import { getServices } from '../../state/services';
import { platform } from '../../platform';
import {
  mergePreview,
  mergePreviewOf,
  useImportState,
  type ImportMode,
  type ImportState,
} from '../../state/import-preview';
import { commit } from '../../state/changes';
import { showToast } from '../../state/window';
import { useDocument } from '../../state/document';

const JSON_FILTER = [{ name: 'Launch Control workspace', extensions: ['json'] }];

export async function exportJson(): Promise<void> {
  const workspace = useDocument.getState().workspace;
  const result = await platform.saveFile({
    suggestedName: `launch-control-${toDay(new Date())}.json`,
    content: exportWorkspaceJson(workspace, new Date().toISOString()),
    filters: JSON_FILTER,
  });
  if (result.status === 'saved')
    showToast({ tone: 'info', message: `Exported the workspace to ${result.path}` });
  if (result.status === 'failed') showToast({ tone: 'error', message: `Export failed: ${result.message}` });
}

/**
 * Saves the JSON Schema of the workspace file (docs/workspace.schema.json, kept equal to the
 * record schemas by a unit test) for people who write or check workspace files with other
 * tools. Fetched only when asked for: the app itself never needs it.
 */
export async function exportSchema(): Promise<void> {
  const { default: schema } = await import('../../../docs/workspace.schema.json?raw');
  const result = await platform.saveFile({
    suggestedName: 'launch-control-workspace.schema.json',
    content: schema,
    filters: [{ name: 'JSON Schema', extensions: ['json'] }],
  });
  if (result.status === 'saved')
    showToast({ tone: 'info', message: `Saved the workspace file format to ${result.path}` });
  if (result.status === 'failed') showToast({ tone: 'error', message: `Saving failed: ${result.message}` });
}

/** Reads a file and shows either its problems or what importing it would change. */
export async function startImport(): Promise<void> {
  const file = await platform.openFile({ filters: JSON_FILTER });
  if (file.status === 'cancelled') return;
  if (file.status === 'failed') return showToast({ tone: 'error', message: file.message });
  previewImport(file.name, file.content, file.warning);
}

/** A backup's time as people read it, on their clock (seconds: two may fall in one minute). */
export function backupTime(takenAt: string): string {
  return new Date(takenAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** The backup taken just before an import is applied, by what the import is. */
type BackupBefore = 'before-import' | 'before-restore';

interface ImportExtras {
  /** How the file was decoded, when that was a guess. */
  warning: string | null;
  backup: BackupBefore;
}

/** What the state showing an import (a refusal or a preview) carries beside what it shows. */
const extras = new WeakMap<ImportState, ImportExtras>();

export function importWarning(state: ImportState): string | null {
  return extras.get(state)?.warning ?? null;
}

/** The next state of the same import, keeping how its file was decoded and what it is. */
function updateImport(previous: ImportState, next: ImportState): void {
  const kept = extras.get(previous);
  if (kept) extras.set(next, kept);
  useImportState.setState(next, true);
}

/** Replace or merge: a merge is worked out against the workspace as it is now. */
export function chooseImportMode(mode: ImportMode): void {
  const state = useImportState.getState();
  if (state.step !== 'preview' || state.mode === mode) return;
  const merge =
    mode === 'merge' ? mergePreview(useDocument.getState().workspace, state.incoming) : state.merge;
  updateImport(state, { ...state, mode, merge });
}

export function previewImport(
  fileName: string,
  text: string,
  warning: string | null = null,
  backup: BackupBefore = 'before-import',
): void {
  const parsed = parseWorkspaceJson(text);
  let state: ImportState;
  const change = parsed.ok ? replaceWorkspace(useDocument.getState().workspace, parsed.workspace) : null;
  // A day outside 2000–2100 is refused only where the file adds or changes it (a backup of a
  // workspace holding a launch stored in 1999 restores).
  const refused = change ? replaceProblems(change) : [];
  if (!parsed.ok) state = { step: 'invalid', fileName, errors: parsed.errors };
  else if (!change || refused.length) state = { step: 'invalid', fileName, errors: refused };
  else {
    state = {
      step: 'preview',
      fileName,
      incoming: parsed.workspace,
      diffs: summariseChange(change),
      mode: 'replace',
      merge: null,
    };
  }
  extras.set(state, { warning, backup });
  useImportState.setState(state, true);
}

export function cancelImport(): void {
  useImportState.setState({ step: 'idle' }, true);
}

/**
 * Backs up the current workspace, then applies the previewed import (replace or merge) in one
 * transaction. The backup is taken here, not when the preview opens: a preview that is
 * cancelled leaves the backups as they were (the rotation could otherwise drop the very backup
 * being restored).
 */
export async function confirmImport(): Promise<void> {
  const state = useImportState.getState();
  if (state.step !== 'preview') return;
  const { workspace } = useDocument.getState();
  if (state.mode === 'merge') {
    // Refused before the backup: a merge the workspace no longer allows changes nothing at all.
    const merged = mergeWorkspace(workspace, state.incoming);
    if (!merged.ok) return updateImport(state, { ...state, merge: mergePreviewOf(merged) });
  }
  const restoring = extras.get(state)?.backup === 'before-restore';
  cancelImport();
  const now = new Date().toISOString();
  const { snapshots } = getServices();
  try {
    if (restoring) await snapshots.backUp('before-restore', workspace, now);
    else await snapshots.take(`Before importing ${state.fileName}`, exportWorkspaceJson(workspace, now), now);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    showToast({
      tone: 'error',
      message: `${restoring ? 'Restore' : 'Import'} stopped: could not back up the workspace first (${why}). Nothing was changed.`,
    });
    return;
  }
  // Computed afresh: the workspace may have moved on (another window) since the preview.
  const current = useDocument.getState().workspace;
  if (state.mode === 'merge') {
    const merged = mergeWorkspace(current, state.incoming, `Merge ${state.fileName}`);
    // What changed meanwhile may have made the merge impossible: show why, change nothing.
    if (!merged.ok) return updateImport(state, { ...state, merge: mergePreviewOf(merged) });
    if (await commit(merged.change))
      showToast({
        tone: 'info',
        message: `Merged ${state.fileName} into the workspace. Press Ctrl+Z to undo.`,
      });
    return;
  }
  const change = replaceWorkspace(current, state.incoming, `Import ${state.fileName}`);
  // What changed meanwhile may bring a day outside the planning range back in: show why.
  const refused = replaceProblems(change);
  if (refused.length)
    return updateImport(state, { step: 'invalid', fileName: state.fileName, errors: refused });
  if (await commit(change))
    showToast({ tone: 'info', message: `Imported ${state.fileName}. Press Ctrl+Z to undo.` });
}

/**
 * Restoring a backup: it goes through the import preview; applying it backs up the workspace
 * as it is then ('before-restore', see confirmImport) and is one undoable change.
 */
export async function restoreSnapshot(id: string): Promise<void> {
  const { snapshots } = getServices();
  let backup;
  try {
    backup = await snapshots.get(id);
  } catch (error) {
    return showToast({
      tone: 'error',
      message: `That backup could not be read: ${(error as Error).message}`,
    });
  }
  if (!backup) return showToast({ tone: 'error', message: 'That backup no longer exists.' });
  previewImport(`the backup of ${backupTime(backup.takenAt)}`, backup.json, null, 'before-restore');
}
