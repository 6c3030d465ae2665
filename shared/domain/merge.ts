/**
 * Three-way merge of one record's fields, for an editor that was open while the record changed
 * elsewhere: `base` is the record as the editor started from it, `mine` what the person has in
 * the form, `current` the record as it is now. Only the fields the person changed are written,
 * so a field changed elsewhere and left alone here keeps its new value; a field changed in both
 * places to different values is a conflict for the person to settle, never overwritten.
 */
import { deepEqual } from './equal';

export interface FieldConflict<T, K extends keyof T = keyof T> {
  field: K;
  base: T[K];
  mine: T[K];
  theirs: T[K];
}

export interface MergeResult<T> {
  /** The fields the person changed that can be written as they are (no conflict). */
  patch: Partial<T>;
  /** Fields changed by the person and, to a different value, elsewhere. */
  conflicts: FieldConflict<T>[];
}

/** Compares the fields `mine` holds; arrays and nested values are compared by value. */
export function threeWayMerge<T extends object>(base: T, mine: T, current: T): MergeResult<T> {
  const patch: Partial<T> = {};
  const conflicts: FieldConflict<T>[] = [];
  for (const field of Object.keys(mine) as (keyof T)[]) {
    if (deepEqual(mine[field], base[field])) continue;
    const changedElsewhere = !deepEqual(current[field], base[field]);
    // The same new value in both places is agreement, not a conflict.
    if (changedElsewhere && !deepEqual(current[field], mine[field]))
      conflicts.push({ field, base: base[field], mine: mine[field], theirs: current[field] });
    else patch[field] = mine[field];
  }
  return { patch, conflicts };
}
