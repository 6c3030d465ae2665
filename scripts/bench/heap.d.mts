// Types of heap.mjs for unit tests.
export interface HeapRow {
  items: number;
  readinessItems: number;
  exportBytes: number;
  timelineHeapBytes: number;
  boardHeapBytes: number;
  /** The first readings after opening each view, before the heap settled. */
  firstReadings?: { timeline: number; board: number };
  settled?: boolean;
}
export const HEAP_RATIO_TARGET: number;
export function heapRatio(row: HeapRow): number;
export function heapTable(rows: HeapRow[]): string;
