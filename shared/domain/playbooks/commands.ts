/**
 * Commands on playbooks — the templates of readiness lines per kind and tier — and the ways a
 * launch item gets its checklist from one: applying a playbook (an idempotent merge: a line
 * whose function and title are already on the checklist is skipped), creating an item with its
 * playbook's checklist in one Change, and the lines a tier change would add.
 */
import { applyChange, ChangeBuilder, type Change } from '../change';
import { todayOf, type CommandContext } from '../context';
import { deepEqual } from '../equal';
import { CommandError, ValidationError, parseOrThrow } from '../errors';
import { createItem, getItem } from '../items/commands';
import { GateError, isAtOrAfterGate, launchGate } from '../items/gate';
import type { LaunchItemFields } from '../items/schema';
import type { Kind, Tier } from '../primitives';
import { rankAfterAll } from '../ranks';
import { readinessItemSchema } from '../readiness/schema';
import { countOf } from '../text';
import { recordOf, settingsOf, type Workspace } from '../workspace';
import { memoByTables } from '../../views/memo';
import { readinessByItemAndFunction, readinessOf } from '../../views/readiness';
import { playbookSchema, type Playbook, type PlaybookEntry } from './schema';

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Every playbook, by kind (launch, beta, rollout), then tier, then name: the order lists show.
 * Memoised per version of the playbooks table (views/memo.ts); shared, so read it only.
 */
export const playbooksInOrder = memoByTables(['playbooks'], (ws): readonly Playbook[] => {
  const kindOrder: Record<Kind, number> = { launch: 0, beta: 1, rollout: 2 };
  return Object.values(ws.playbooks).sort(
    (a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.tier - b.tier || byName.compare(a.name, b.name),
  );
});

/** The playbook for a kind and tier (the first by name when there are several), or null. */
export function playbookFor(ws: Pick<Workspace, 'playbooks'>, kind: Kind, tier: Tier): Playbook | null {
  let found: Playbook | null = null;
  for (const p of Object.values(ws.playbooks))
    if (p.kind === kind && p.tier === tier && (!found || byName.compare(p.name, found.name) < 0)) found = p;
  return found;
}

export function getPlaybook(ws: Pick<Workspace, 'playbooks'>, id: string): Playbook {
  const playbook = recordOf(ws.playbooks, id);
  if (!playbook) throw new CommandError('That playbook no longer exists (deleted in another window?).');
  return playbook;
}

/** What makes two checklist lines "the same line": function and title, whatever the case. */
const lineKey = (functionId: string, title: string) =>
  `${functionId}\u0000${title.trim().toLocaleLowerCase()}`;

/** The entries of `playbook` not yet on the item's checklist (each once), in playbook order. */
export function missingEntries(
  ws: Pick<Workspace, 'readiness'>,
  itemId: string,
  playbook: Pick<Playbook, 'entries'>,
): PlaybookEntry[] {
  const present = new Set(readinessOf(ws, itemId).map((r) => lineKey(r.functionId, r.title)));
  return playbook.entries.filter((entry) => {
    const key = lineKey(entry.functionId, entry.title);
    if (present.has(key)) return false;
    present.add(key);
    return true;
  });
}

/**
 * The entries the playbook of the item's kind and `newTier` would add to its checklist: what a
 * tier change offers to add. Empty when there is no such playbook or nothing is missing.
 */
export function tierChangeAdditions(ws: Workspace, itemId: string, newTier: Tier): PlaybookEntry[] {
  const item = getItem(ws, itemId);
  const playbook = playbookFor(ws, item.kind, newTier);
  return playbook ? missingEntries(ws, itemId, playbook) : [];
}

/**
 * Puts the readiness lines for `entries` on the item's checklist: due at their T-offset, not
 * started, unowned, each ranked after the lines its function already has.
 */
function addLines(
  builder: ChangeBuilder,
  ws: Workspace,
  itemId: string,
  entries: readonly PlaybookEntry[],
  ctx: CommandContext,
): void {
  const known = new Set(settingsOf(ws).functions.map((f) => f.id));
  const unknown = entries.find((e) => !known.has(e.functionId));
  if (unknown)
    throw new CommandError(
      `“${unknown.title}” is for a readiness function that no longer exists; fix the playbook in Settings first.`,
    );
  const byFunction = readinessByItemAndFunction(ws).get(itemId);
  const lastRanks = new Map<string, string[]>();
  for (const entry of entries) {
    let ranks = lastRanks.get(entry.functionId);
    if (!ranks)
      lastRanks.set(entry.functionId, (ranks = (byFunction?.get(entry.functionId) ?? []).map((r) => r.rank)));
    const rank = rankAfterAll(ranks);
    ranks.push(rank);
    builder.put(
      'readiness',
      parseOrThrow(readinessItemSchema, {
        id: ctx.newId(),
        itemId,
        functionId: entry.functionId,
        title: entry.title,
        ownerId: null,
        due: { type: 'offset', days: entry.offsetDays },
        status: 'not-started',
        evidence: '',
        requiredSignOff: entry.requiredSignOff,
        rank,
        updatedAt: ctx.now,
      }),
    );
  }
}

/**
 * Adds the playbook's lines that are not on the item's checklist yet; applying it twice adds
 * nothing the second time (an empty Change, which is no undo step).
 */
export function applyPlaybook(
  ws: Workspace,
  itemId: string,
  playbookId: string,
  ctx: CommandContext,
): Change {
  const item = getItem(ws, itemId);
  const playbook = getPlaybook(ws, playbookId);
  const entries = missingEntries(ws, itemId, playbook);
  if (entries.length === 0) return { label: 'No change', ops: [] };
  const builder = new ChangeBuilder(ws);
  addLines(builder, ws, itemId, entries, ctx);
  return builder.build(
    `Apply “${playbook.name}” to “${item.title}” (${countOf(entries.length, 'readiness line')})`,
  );
}

/**
 * Creates a launch item together with the checklist of `playbookId` (none with null), as one
 * Change. The go/no-go gate is checked on the result: an item created straight into the
 * launched stage (or later) must pass it with its checklist as created.
 */
export function createItemWithPlaybook(
  ws: Workspace,
  fields: Partial<LaunchItemFields>,
  playbookId: string | null,
  ctx: CommandContext,
): { change: Change; id: string } {
  const created = createItem(ws, fields, ctx);
  const playbook = playbookId === null ? null : getPlaybook(ws, playbookId);
  const withItem = applyChange(ws, created.change);
  const builder = new ChangeBuilder(withItem);
  if (playbook) addLines(builder, withItem, created.id, missingEntries(withItem, created.id, playbook), ctx);
  const lines = builder.build('').ops;
  const change: Change = { label: created.change.label, ops: [...created.change.ops, ...lines] };
  const { stageId } = withItem.items[created.id]!;
  // A new item comes from no stage: one created into the gate stage or after it is checked,
  // with its checklist as created. Elsewhere there is no gate, and no second copy of the tables.
  if (isAtOrAfterGate(settingsOf(ws), stageId)) {
    const gate = launchGate(applyChange(ws, change), created.id, stageId, todayOf(ctx), { isNew: true });
    if (!gate.allowed) throw new GateError(gate.reason!);
  }
  return { change, id: created.id };
}

// Playbook CRUD -----------------------------------------------------------------------------

export type PlaybookFields = Omit<Playbook, 'id'>;

/** A playbook as it would be written: its schema, a name no other playbook has, known functions. */
function checkedPlaybook(ws: Workspace, candidate: Playbook): Playbook {
  const playbook = parseOrThrow(playbookSchema, candidate);
  const twin = Object.values(ws.playbooks).find(
    (p) => p.id !== playbook.id && p.name.trim().toLocaleLowerCase() === playbook.name.toLocaleLowerCase(),
  );
  if (twin)
    throw new ValidationError([{ path: 'name', message: `A playbook named “${twin.name}” already exists` }]);
  const known = new Set(settingsOf(ws).functions.map((f) => f.id));
  const index = playbook.entries.findIndex((e) => !known.has(e.functionId));
  if (index >= 0)
    throw new ValidationError([
      { path: `entries.${index}.functionId`, message: 'Choose one of the readiness functions' },
    ]);
  return playbook;
}

export function createPlaybook(
  ws: Workspace,
  fields: Partial<PlaybookFields> & Pick<PlaybookFields, 'name'>,
  ctx: CommandContext,
): { change: Change; id: string } {
  const id = ctx.newId();
  const playbook = checkedPlaybook(ws, { kind: 'launch', tier: 2, entries: [], ...fields, id });
  return {
    change: new ChangeBuilder(ws).put('playbooks', playbook).build(`Create playbook “${playbook.name}”`),
    id,
  };
}

export function updatePlaybook(ws: Workspace, id: string, patch: Partial<PlaybookFields>): Change {
  const current = getPlaybook(ws, id);
  const playbook = checkedPlaybook(ws, { ...current, ...patch, id });
  if (deepEqual(current, playbook)) return { label: 'No change', ops: [] };
  return new ChangeBuilder(ws).put('playbooks', playbook).build(`Edit playbook “${playbook.name}”`);
}

/** A name not taken by any playbook: "Tier 1 launch (copy)", "Tier 1 launch (copy 2)", … */
function copyName(ws: Workspace, name: string): string {
  const taken = new Set(Object.values(ws.playbooks).map((p) => p.name.toLocaleLowerCase()));
  const base = `${name.slice(0, 100)} (copy`;
  for (let n = 1; ; n += 1) {
    const candidate = `${base}${n === 1 ? '' : ` ${n}`})`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

export function duplicatePlaybook(
  ws: Workspace,
  id: string,
  ctx: CommandContext,
): { change: Change; id: string } {
  const source = getPlaybook(ws, id);
  const created = createPlaybook(
    ws,
    {
      kind: source.kind,
      tier: source.tier,
      entries: source.entries.map((e) => ({ ...e })),
      name: copyName(ws, source.name),
    },
    ctx,
  );
  return { change: { ...created.change, label: `Duplicate playbook “${source.name}”` }, id: created.id };
}

/** Deletes a playbook; the checklists made from it stay as they are. */
export function deletePlaybook(ws: Workspace, id: string): Change {
  const playbook = getPlaybook(ws, id);
  return new ChangeBuilder(ws).delete('playbooks', id).build(`Delete playbook “${playbook.name}”`);
}
