/**
 * The document store: the loaded workspace (normalised, by id), where startup stands, and this
 * window's undo history. The history lives beside the workspace because every change updates
 * both in one setState. Components read it through narrow selectors; only state/changes.ts
 * changes the workspace.
 */
import { create } from 'zustand';
import type { Change } from '../../shared/domain/change';
import type { Repair } from '../data/repair';
import type { TimelineFirstScreen } from '../../shared/views/first-screen';
import { emptyTables, type TableName, type Workspace } from '../../shared/domain/workspace';

export const HISTORY_LIMIT = 200;

export interface DocumentState {
  /** 'recovery': startup set damaged records aside or rebuilt settings, and says so first. */
  phase: 'loading' | 'recovery' | 'first-run' | 'ready' | 'failed';
  failure: { title: string; message: string } | null;
  /** What startup repaired, shown on the recovery screen. */
  repair?: Repair | null;
  /** Where the recovery screen leads once the person continues. */
  phaseAfterRecovery?: 'first-run' | 'ready';
  workspace: Workspace;
  /**
   * Tables still being read at startup: the first screen is drawn from the tables it needs
   * before the rest arrive. Empty once the whole workspace is in the store; until then
   * nothing may be changed, and views that need a missing table wait for it.
   */
  loading: ReadonlySet<TableName>;
  /**
   * The timeline's first screen kept from an earlier window (data/first-screen-cache.ts), drawn
   * while the workspace is read: then `workspace` holds only its records and every table is
   * loading. Null once the read is in the store.
   */
  firstScreen: TimelineFirstScreen | null;
  /** Saved changes this window can undo, oldest first. */
  past: Change[];
  /** Undone changes this window can redo, most recent last. */
  future: Change[];
}

export const initialDocument: DocumentState = {
  phase: 'loading',
  failure: null,
  workspace: emptyTables(),
  loading: new Set(),
  firstScreen: null,
  past: [],
  future: [],
};

export const useDocument = create<DocumentState>()(() => initialDocument);
