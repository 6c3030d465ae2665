/** Which file export this window is setting up (its dialog picks the filters), or none. */
import { create } from 'zustand';

/** The spreadsheet and calendar exports (the workspace JSON export needs no dialog). */
export type ExportKind = 'items-csv' | 'readiness-csv' | 'calendar';

export const useExportDialog = create<{ kind: ExportKind | null }>()(() => ({ kind: null }));

export function openExportDialog(kind: ExportKind): void {
  useExportDialog.setState({ kind }, true);
}

export function closeExportDialog(): void {
  useExportDialog.setState({ kind: null }, true);
}
