/** The workspace import in this window: idle, a file that was refused, or a preview to confirm. */
import { create } from 'zustand';
import type { Workspace } from '../../shared/domain/workspace';
import type { TableDiff } from '../../shared/formats/workspace-json';

export type ImportState =
  | { step: 'idle' }
  | { step: 'invalid'; fileName: string; errors: string[] }
  | { step: 'preview'; fileName: string; incoming: Workspace; diffs: TableDiff[] };

export const useImportState = create<ImportState>()(() => ({ step: 'idle' }));
