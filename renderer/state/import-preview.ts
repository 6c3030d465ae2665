/**
 * The workspace import in this window: idle, a file that was refused, or a preview to confirm.
 * A preview is either a replacement (the workspace becomes the file) or a merge (the file's
 * records join the workspace by id). What either would change is shown worked out against the
 * workspace as it is now (`replacePreview`, `mergePreview`), so a change made meanwhile in
 * another window shows at once, as it would be applied.
 */
import { create } from 'zustand';
import type { Workspace } from '../../shared/domain/workspace';
import { replaceWorkspace, summariseChange, type TableDiff } from '../../shared/formats/workspace-json';
import {
  mergeWorkspace,
  type MergeConflict,
  type MergeResult,
  type TableMerge,
} from '../../shared/formats/workspace-merge';

export type ImportMode = 'replace' | 'merge';

/** What merging the file would do, or why it cannot be merged (the merge is all or nothing). */
export type MergePreview =
  | {
      ok: true;
      tables: TableMerge[];
      conflicts: MergeConflict[];
      changes: number;
      /** The launch items the merge adds or takes from the file. */
      itemIds: ReadonlySet<string>;
    }
  | { ok: false; problems: string[]; conflicts: MergeConflict[] };

export type ImportState =
  | { step: 'idle' }
  | { step: 'invalid'; fileName: string; errors: string[] }
  | {
      step: 'preview';
      fileName: string;
      incoming: Workspace;
      diffs: TableDiff[];
      mode: ImportMode;
      /**
       * The merge as last worked out when it was chosen or refused on confirming (null until
       * then); the dialog shows its own, against the workspace as it is at each moment.
       */
      merge: MergePreview | null;
    };

export const useImportState = create<ImportState>()(() => ({ step: 'idle' }));

/** What merging a file's workspace did, or would do, as the preview shows it. */
export function mergePreviewOf(result: MergeResult): MergePreview {
  return result.ok
    ? {
        ok: true,
        tables: result.tables,
        conflicts: result.conflicts,
        changes: result.change.ops.length,
        itemIds: new Set(result.change.ops.filter((op) => op.table === 'items').map((op) => op.id)),
      }
    : { ok: false, problems: result.problems, conflicts: result.conflicts };
}

/** What merging `incoming` into `workspace` would do. */
export function mergePreview(workspace: Workspace, incoming: Workspace): MergePreview {
  return mergePreviewOf(mergeWorkspace(workspace, incoming));
}

/** What replacing `workspace` by `incoming` would add, change and remove, per table (only tables it changes). */
export function replacePreview(workspace: Workspace, incoming: Workspace): TableDiff[] {
  return summariseChange(replaceWorkspace(workspace, incoming));
}
