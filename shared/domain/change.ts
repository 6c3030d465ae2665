/**
 * A Change is the one unit of mutation: a list of record operations, each carrying the record
 * before and after. Applying it, persisting it, broadcasting it and undoing it (its inverse:
 * before and after swapped, in reverse order) all read the same structure.
 */
import { deepEqual } from './equal';
import { copyTable, recordOf, type TableName, type TableRecords, type Workspace } from './workspace';

export type Op = {
  [T in TableName]: {
    table: T;
    id: string;
    before: TableRecords[T] | null;
    after: TableRecords[T] | null;
  };
}[TableName];

export interface Change {
  /** What a person would call it in "Undo …": "Move Checkout v2 to Beta". */
  label: string;
  ops: Op[];
}

export function invert(change: Change): Change {
  return {
    label: change.label,
    ops: change.ops
      .slice()
      .reverse()
      .map((op) => ({ ...op, before: op.after, after: op.before }) as Op),
  };
}

/**
 * One change with the effect of `first` followed by `second`: for each record, the `before` of
 * its first op and the `after` of its last. A record that ends where it started drops out. Used
 * to make a burst (a held arrow key, typing) one undo step.
 */
export function squash(first: Change, second: Change, label = second.label): Change {
  const ops = new Map<string, Op>();
  for (const op of [...first.ops, ...second.ops]) {
    const key = `${op.table}/${op.id}`;
    const earlier = ops.get(key);
    ops.set(key, earlier ? ({ ...earlier, after: op.after } as Op) : op);
  }
  return { label, ops: [...ops.values()].filter((op) => !sameRecord(op.before, op.after)) };
}

export function isEmptyChange(change: Change): boolean {
  return change.ops.length === 0;
}

/** Applies a change to a workspace without mutating it; untouched tables keep identity. */
export function applyChange(ws: Workspace, change: Change): Workspace {
  if (change.ops.length === 0) return ws;
  const next = { ...ws };
  const copied = new Set<TableName>();
  for (const op of change.ops) {
    if (!copied.has(op.table)) {
      // Prototype-free, like emptyTables(): a spread copy would bring Object.prototype back.
      (next as Record<TableName, unknown>)[op.table] = copyTable<unknown>(ws[op.table]);
      copied.add(op.table);
    }
    const table = next[op.table] as Record<string, unknown>;
    if (op.after === null) delete table[op.id];
    else table[op.id] = op.after;
  }
  return next;
}

/**
 * True when every record the change wrote is still as the change left it, so its inverse
 * can be applied without overwriting someone else's later edit (another window's, say).
 */
export function canRevert(ws: Workspace, change: Change): boolean {
  return change.ops.every((op) => {
    const current = recordOf<unknown>(ws[op.table], op.id) ?? null;
    return sameRecord(current, op.after);
  });
}

const sameRecord = deepEqual;

/**
 * The part of a change's inverse that can be applied safely: the ops whose record is still as
 * the change left it. `complete` is false when some record has been changed again since.
 */
export function revertibleInverse(ws: Workspace, change: Change): { inverse: Change; complete: boolean } {
  const still = change.ops.filter((op) =>
    sameRecord(recordOf<unknown>(ws[op.table], op.id) ?? null, op.after),
  );
  return {
    inverse: invert({ label: change.label, ops: still }),
    complete: still.length === change.ops.length,
  };
}

/**
 * Builds ops from plain records against a workspace. Writing the same record twice keeps one
 * op (first before, last after); writing a record back to what it was drops the op.
 */
export class ChangeBuilder {
  private readonly ops = new Map<string, Op>();
  constructor(private readonly ws: Workspace) {}

  /** The record as this change has it so far (or as the workspace has it). */
  current<T extends TableName>(table: T, id: string): TableRecords[T] | null {
    const pending = this.ops.get(`${table}/${id}`);
    if (pending) return pending.after as TableRecords[T] | null;
    return recordOf(this.ws[table] as Record<string, TableRecords[T]>, id) ?? null;
  }

  put<T extends TableName>(table: T, record: TableRecords[T] & { id: string }): this {
    return this.write(table, record.id, record);
  }

  delete<T extends TableName>(table: T, id: string): this {
    return this.write(table, id, null);
  }

  private write<T extends TableName>(table: T, id: string, after: TableRecords[T] | null): this {
    const key = `${table}/${id}`;
    const original = recordOf(this.ws[table] as Record<string, TableRecords[T]>, id) ?? null;
    if (sameRecord(original, after)) this.ops.delete(key);
    else this.ops.set(key, { table, id, before: original, after } as Op);
    return this;
  }

  build(label: string): Change {
    return { label, ops: [...this.ops.values()] };
  }
}
