/**
 * The workspace import in this window: idle, a file that was refused, or a preview to confirm.
 * A preview is either a replacement (the workspace becomes the file) or a merge (the file's
 * records join the workspace by id); the merge is worked out when the person chooses it.
 */
import { create } from 'zustand';
import type { Workspace } from '../../shared/domain/workspace';
import type { TableDiff } from '../../shared/formats/workspace-json';
import type { MergeConflict, TableMerge } from '../../shared/formats/workspace-merge';

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
      /** Worked out once Merge is chosen; null until then. */
      merge: MergePreview | null;
    };

export const useImportState = create<ImportState>()(() => ({ step: 'idle' }));
