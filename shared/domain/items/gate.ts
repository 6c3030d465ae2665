/**
 * The go/no-go gate. It guards the gate stage (settings.launchedStageId) and every stage after
 * it in the settings' order, whichever way an item heads there: a board move, the editor's
 * Stage field, creating an item straight into such a stage. An item passes when no No-go
 * stands (the latest decision) and either a Go or Conditional go is the latest decision, or no
 * required sign-off is open and its tier is not one that always needs a decision. Decisions
 * dated after today do not count yet. An item already at or after the gate moves between such
 * stages freely: it passed on the way in (or was imported, which the import preview flags).
 *
 * The beta exit gate (settings.betaExitCriteriaGate, off unless set): a beta moves to a later
 * stage than its current one only once every exit criterion is met. A beta with no exit
 * criteria is held too — nothing shows it is done. It applies when the item is a beta before
 * or after the edit. A new beta has no criteria yet, so it can be created (or a playbook
 * applied) only into the first stage; moving back is always allowed, and imports are exempt.
 */
import { formatDay, type Day } from '../../dates/days';
import { isClosed } from '../readiness/rules';
import { decisionsByItem, NONE } from '../../views/indexes';
import { readinessOf } from '../../views/readiness';
import { exitCriteriaOf, unmetExitCriteria } from '../../views/betas';
import type { ExitCriterion } from '../betas/schema';
import { DECISION_LABELS, type Decision } from '../decisions/schema';
import type { ReadinessItem } from '../readiness/schema';
import { decisionRequiredTiersOf, type Settings } from '../settings/schema';
import type { LaunchItem } from './schema';
import { CommandError } from '../errors';
import { countOf } from '../text';
import { recordOf, settingsOf, type Workspace } from '../workspace';

/** A move refused by the go/no-go gate; its message names what holds the item back. */
export class GateError extends CommandError {
  constructor(message: string) {
    super(message);
    this.name = 'GateError';
  }
}

export interface GateResult {
  allowed: boolean;
  /** Why a move was refused, in words for the person who tried it. */
  reason: string | null;
  openSignOffs: ReadinessItem[];
  /** The decision the gate went by (the latest one dated today or earlier), if any. */
  decision: Decision | null;
  /** A beta held by the exit gate: its criteria not met yet (empty when it has none). */
  unmetExitCriteria?: readonly ExitCriterion[];
}

/** An item's decisions, the latest first (future-dated ones included). */
export function decisionsFor(ws: Pick<Workspace, 'decisions'>, itemId: string): readonly Decision[] {
  return decisionsByItem(ws).get(itemId) ?? NONE;
}

/** The most recent decision for an item, whatever its day. */
export function latestDecision(ws: Pick<Workspace, 'decisions'>, itemId: string): Decision | null {
  return decisionsFor(ws, itemId)[0] ?? null;
}

/**
 * The decision that stands today: the latest one dated today or earlier. A decision dated
 * later (typed ahead, or imported) does not open or close the gate before its day.
 */
export function standingDecision(decisions: readonly Decision[], today: Day): Decision | null {
  return decisions.find((d) => d.decidedOn <= today) ?? null;
}

/** The gate stage's position in the board's order, or null when the workspace has no gate. */
function gateIndex(settings: Settings): number | null {
  if (settings.launchedStageId === null) return null;
  return settings.stages.findIndex((s) => s.id === settings.launchedStageId);
}

/** True for the gate stage and every stage after it in the settings' order. */
export function isAtOrAfterGate(settings: Settings, stageId: string): boolean {
  const gate = gateIndex(settings);
  if (gate === null) return false;
  if (stageId === settings.launchedStageId) return true;
  // A gate stage missing from the list (a damaged record) guards only itself.
  return gate >= 0 && settings.stages.findIndex((s) => s.id === stageId) >= gate;
}

const pass = (decision: Decision | null = null): GateResult => ({
  allowed: true,
  reason: null,
  openSignOffs: [],
  decision,
});

export interface GateOptions {
  /** The item is being created: it comes from no stage, so even a later stage is checked. */
  isNew?: boolean;
}

/**
 * Whether item `itemId` may move to `targetStageId` today. The item is read from `ws`; for an
 * item being created, pass the workspace with it (and its checklist) in and `{ isNew: true }`.
 */
export function launchGate(
  ws: Workspace,
  itemId: string,
  targetStageId: string,
  today: Day,
  options: GateOptions = {},
): GateResult {
  const item = recordOf(ws.items, itemId);
  if (!item) return pass();
  return gateFor(ws, item, options.isNew ? null : item.stageId, targetStageId, today);
}

/**
 * The gate for `item` as given (an edited copy, say, whose tier changed with its stage) coming
 * from `fromStageId` (null: a new item). Decisions and the checklist are read from `ws`.
 */
export function gateFor(
  ws: Workspace,
  item: LaunchItem,
  fromStageId: string | null,
  targetStageId: string,
  today: Day,
): GateResult {
  const settings = settingsOf(ws);
  const betaHeld = betaExitGate(ws, settings, item, fromStageId, targetStageId);
  if (betaHeld) return betaHeld;
  if (!isAtOrAfterGate(settings, targetStageId)) return pass();
  if (fromStageId !== null && isAtOrAfterGate(settings, fromStageId)) return pass();
  const stageName = settings.stages.find((s) => s.id === targetStageId)?.name ?? 'Launched';
  const refuse = (why: string, openSignOffs: ReadinessItem[] = [], decision: Decision | null = null) => ({
    allowed: false,
    // A new item does not move anywhere: it cannot be added there.
    reason: `“${item.title}” ${fromStageId === null ? 'cannot be added to' : 'cannot move to'} ${stageName}: ${why}`,
    openSignOffs,
    decision,
  });
  const decisions = decisionsFor(ws, item.id);
  const decision = standingDecision(decisions, today);
  if (decision?.outcome === 'no-go') {
    const again = decision.reevaluateOn ? ` Re-evaluate on ${formatDay(decision.reevaluateOn)}.` : '';
    return refuse(
      `a No-go was recorded on ${formatDay(decision.decidedOn)} by ${decision.decidedBy}.${again}`,
      [],
      decision,
    );
  }
  if (decision) return pass(decision);

  const openSignOffs = readinessOf(ws, item.id)
    .filter((r) => r.requiredSignOff && !isClosed(r))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  const needsDecision = decisionRequiredTiersOf(settings).includes(item.tier);
  if (openSignOffs.length === 0 && !needsDecision) return pass();

  const functionName = new Map(settings.functions.map((f) => [f.id, f.name]));
  const named = openSignOffs
    .slice(0, 5)
    .map((r) => `${r.title} (${functionName.get(r.functionId) ?? r.functionId})`)
    .join('; ');
  const more = openSignOffs.length > 5 ? `; and ${openSignOffs.length - 5} more` : '';
  const open = `${countOf(openSignOffs.length, 'required sign-off is', 'required sign-offs are')} open — ${named}${more}`;
  const tierRule = `Tier ${item.tier} launches need a recorded Go or Conditional go`;
  // A decision typed ahead of its day is there, but does not count yet: say so.
  const ahead = decisions[0] && decisions[0].decidedOn > today ? decisions[0] : null;
  const aheadNote = ahead
    ? ` The ${DECISION_LABELS[ahead.outcome]} dated ${formatDay(ahead.decidedOn)} counts only from that day.`
    : '';
  if (!needsDecision)
    return refuse(
      `${open}. Complete them, or record a Go or Conditional go to launch anyway.${aheadNote}`,
      openSignOffs,
    );
  if (openSignOffs.length === 0)
    return refuse(`${tierRule}, and none is recorded.${aheadNote}`, openSignOffs);
  return refuse(
    `${tierRule}, and ${open}. Record a Go or Conditional go to launch.${aheadNote}`,
    openSignOffs,
  );
}

/** The setting's wording, named in refusals so the person knows what holds the beta. */
export const BETA_EXIT_GATE_LABEL = 'A beta moves on only when its exit criteria are met';

/** The beta exit gate's refusal, or null when it lets the move through (or does not apply). */
function betaExitGate(
  ws: Workspace,
  settings: Settings,
  item: LaunchItem,
  fromStageId: string | null,
  targetStageId: string,
): GateResult | null {
  if (settings.betaExitCriteriaGate !== true) return null;
  const isNew = fromStageId === null;
  // Either kind counts: a beta turned into a launch in the edit that moves it on is still a beta
  // leaving its stage (else changing the kind there and back would walk it past its criteria).
  const stored = isNew ? undefined : recordOf(ws.items, item.id);
  if (item.kind !== 'beta' && stored?.kind !== 'beta') return null;
  // A new beta comes in at the first stage: anything later is a step forward with no criteria.
  const from = isNew ? 0 : settings.stages.findIndex((s) => s.id === fromStageId);
  const to = settings.stages.findIndex((s) => s.id === targetStageId);
  // Only onwards: back, within its stage, or from a stage no longer listed is not a step forward.
  if (from < 0 || to <= from) return null;
  const criteria = isNew ? [] : exitCriteriaOf(ws, item.id);
  const unmet = unmetExitCriteria(criteria);
  if (criteria.length > 0 && unmet.length === 0) return null;
  const stageName = settings.stages[to]!.name;
  if (isNew)
    return {
      allowed: false,
      reason: `“${item.title}” cannot be added to ${stageName}: a new beta has no exit criteria yet, so nothing shows it is done. Add it to ${settings.stages[0]!.name}, then add its exit criteria on its Beta tab and meet them (Settings: “${BETA_EXIT_GATE_LABEL}”).`,
      openSignOffs: [],
      decision: null,
      unmetExitCriteria: [],
    };
  const why =
    criteria.length === 0
      ? 'it has no exit criteria, so nothing shows the beta is done. Add its exit criteria on its Beta tab and meet them'
      : `${countOf(unmet.length, 'exit criterion is', 'exit criteria are')} not met — ${unmet
          .slice(0, 5)
          .map((c) => `${c.title} (${c.status === 'missed' ? 'missed' : 'open'})`)
          .join(
            '; ',
          )}${unmet.length > 5 ? `; and ${unmet.length - 5} more` : ''}. Mark them met with their evidence`;
  return {
    allowed: false,
    reason: `“${item.title}” cannot move to ${stageName}: ${why} (Settings: “${BETA_EXIT_GATE_LABEL}”).`,
    openSignOffs: [],
    decision: null,
    unmetExitCriteria: unmet,
  };
}
