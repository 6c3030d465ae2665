/**
 * The checklist's shape, from the memoised readiness read model (shared/views/readiness.ts):
 * one group per readiness function in settings order (then any unknown function still in use)
 * with its progress and open sign-offs, and where a line lands when it is moved by keyboard
 * or dropped. Pure, so the rules are tested without rendering.
 */
import { isClosed } from '../../../shared/domain/readiness/rules';
import type { ReadinessItem } from '../../../shared/domain/readiness/schema';
import type { ReadinessMoveTarget } from '../../../shared/domain/readiness/commands';

export interface ChecklistGroup {
  functionId: string;
  name: string;
  /** In rank order. */
  lines: readonly ReadinessItem[];
  /** Done or not needed. */
  done: number;
  /** Required sign-offs not yet done (or marked not needed). */
  openSignOffs: number;
}

const NO_LINES: readonly ReadinessItem[] = [];

/** Every function of the settings (empty ones too), then unknown functions that have lines. */
export function checklistGroups(
  byFunction: ReadonlyMap<string, readonly ReadinessItem[]> | undefined,
  functions: readonly { id: string; name: string }[],
): ChecklistGroup[] {
  const known = new Set(functions.map((f) => f.id));
  const all = [...functions.map(({ id, name }) => ({ id, name }))];
  for (const id of byFunction?.keys() ?? []) if (!known.has(id)) all.push({ id, name: id });
  return all.map(({ id, name }) => {
    const lines = byFunction?.get(id) ?? NO_LINES;
    let done = 0;
    let openSignOffs = 0;
    for (const line of lines) {
      if (isClosed(line)) done += 1;
      else if (line.requiredSignOff) openSignOffs += 1;
    }
    return { functionId: id, name, lines, done, openSignOffs };
  });
}

export interface KeyboardMove {
  target: ReadinessMoveTarget;
  /** For the announcement: the group it ends in and its place there (1-based). */
  groupName: string;
  position: number;
  count: number;
}

/**
 * Where Alt+ArrowUp (-1) or Alt+ArrowDown (+1) takes a line among the groups on screen: one
 * place up or down in its function, or from either end into the neighbouring group shown
 * (its foot going up, its head going down). Null at the very top or bottom.
 */
export function keyboardMove(
  groups: readonly ChecklistGroup[],
  lineId: string,
  direction: -1 | 1,
): KeyboardMove | null {
  const g = groups.findIndex((group) => group.lines.some((line) => line.id === lineId));
  if (g < 0) return null;
  const group = groups[g]!;
  const lines = group.lines;
  const at = lines.findIndex((line) => line.id === lineId);
  const to = at + direction;
  if (to >= 0 && to < lines.length) {
    const target =
      direction < 0
        ? { afterId: lines[to - 1]?.id ?? null, beforeId: lines[to]!.id }
        : { afterId: lines[to]!.id, beforeId: lines[to + 1]?.id ?? null };
    return {
      target: { functionId: group.functionId, ...target },
      groupName: group.name,
      position: to + 1,
      count: lines.length,
    };
  }
  const next = groups[g + direction];
  if (!next) return null;
  const others = next.lines;
  return {
    target:
      direction < 0
        ? { functionId: next.functionId, afterId: others.at(-1)?.id ?? null, beforeId: null }
        : { functionId: next.functionId, afterId: null, beforeId: others[0]?.id ?? null },
    groupName: next.name,
    position: direction < 0 ? others.length + 1 : 1,
    count: others.length + 1,
  };
}

/** What a dragged line is over: another line, or a function's list (its end). */
export type DropOver =
  { type: 'line'; lineId: string; functionId: string } | { type: 'group'; functionId: string };

/**
 * Where a dropped line lands. Over a line of its own function it takes that line's place (after
 * it when coming from above, before it when coming from below); over a line of another function,
 * just before it; over a function's list, at its foot.
 */
export function dropTarget(
  groups: readonly ChecklistGroup[],
  lineId: string,
  over: DropOver,
): ReadinessMoveTarget | null {
  if (over.type === 'group') {
    const group = groups.find((g) => g.functionId === over.functionId);
    const last = group?.lines.filter((line) => line.id !== lineId).at(-1);
    return { functionId: over.functionId, afterId: last?.id ?? null, beforeId: null };
  }
  if (over.lineId === lineId) return null;
  const group = groups.find((g) => g.functionId === over.functionId);
  if (!group) return null;
  const from = group.lines.findIndex((line) => line.id === lineId);
  const at = group.lines.findIndex((line) => line.id === over.lineId);
  if (from >= 0 && from < at) return { functionId: over.functionId, afterId: over.lineId, beforeId: null };
  return { functionId: over.functionId, afterId: null, beforeId: over.lineId };
}
