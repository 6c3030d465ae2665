/**
 * The document store: the loaded workspace (normalised, by id), where startup stands, and this
 * window's undo history. The history lives beside the workspace because every change updates
 * both in one setState. Components read it through narrow selectors; only state/changes.ts
 * changes the workspace.
 */
import { create } from 'zustand';
import type { Change } from '../../shared/domain/change';
import { emptyTables, type Workspace } from '../../shared/domain/workspace';

export const HISTORY_LIMIT = 200;

export interface DocumentState {
  phase: 'loading' | 'first-run' | 'ready' | 'failed';
  failure: { title: string; message: string } | null;
  workspace: Workspace;
  /** Saved changes this window can undo, oldest first. */
  past: Change[];
  /** Undone changes this window can redo, most recent last. */
  future: Change[];
}

export const initialDocument: DocumentState = {
  phase: 'loading',
  failure: null,
  workspace: emptyTables(),
  past: [],
  future: [],
};

export const useDocument = create<DocumentState>()(() => initialDocument);
