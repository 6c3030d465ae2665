/**
 * The go/no-go gate: a launch item may enter the launched stage only when no required sign-off
 * is open, or when a Go or Conditional go is recorded. A recorded No-go (the latest decision)
 * holds it back until a later decision says otherwise.
 */
import { formatDay } from '../../dates/days';
import { isClosed } from '../readiness/rules';
import { decisionsByItem, NONE } from '../../views/indexes';
import { readinessOf } from '../../views/readiness';
import type { Decision } from '../decisions/schema';
import type { ReadinessItem } from '../readiness/schema';
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
  decision: Decision | null;
}

/** The most recent decision for an item: the one the gate goes by. */
export function latestDecision(ws: Workspace, itemId: string): Decision | null {
  return decisionsFor(ws, itemId)[0] ?? null;
}

/** An item's decisions, the latest first. */
export function decisionsFor(ws: Workspace, itemId: string): readonly Decision[] {
  return decisionsByItem(ws).get(itemId) ?? NONE;
}

export function launchGate(ws: Workspace, itemId: string, targetStageId: string): GateResult {
  const settings = settingsOf(ws);
  const item = recordOf(ws.items, itemId);
  const pass = (decision: Decision | null = null): GateResult => ({
    allowed: true,
    reason: null,
    openSignOffs: [],
    decision,
  });
  if (!item || targetStageId !== settings.launchedStageId || item.stageId === targetStageId) return pass();
  const stageName = settings.stages.find((s) => s.id === targetStageId)?.name ?? 'Launched';
  const decision = latestDecision(ws, itemId);
  if (decision && decision.outcome !== 'no-go') return pass(decision);
  if (decision?.outcome === 'no-go') {
    const again = decision.reevaluateOn ? ` Re-evaluate on ${formatDay(decision.reevaluateOn)}.` : '';
    return {
      allowed: false,
      reason: `“${item.title}” cannot move to ${stageName}: a No-go was recorded on ${formatDay(decision.decidedOn)} by ${decision.decidedBy}.${again}`,
      openSignOffs: [],
      decision,
    };
  }
  const functionName = new Map(settings.functions.map((f) => [f.id, f.name]));
  const openSignOffs = readinessOf(ws, itemId)
    .filter((r) => r.requiredSignOff && !isClosed(r))
    .sort((a, b) => (a.rank < b.rank ? -1 : 1));
  if (openSignOffs.length === 0) return pass();
  const named = openSignOffs
    .slice(0, 5)
    .map((r) => `${r.title} (${functionName.get(r.functionId) ?? r.functionId})`)
    .join('; ');
  const more = openSignOffs.length > 5 ? `; and ${openSignOffs.length - 5} more` : '';
  return {
    allowed: false,
    reason:
      `“${item.title}” cannot move to ${stageName}: ${countOf(openSignOffs.length, 'required sign-off is', 'required sign-offs are')} open — ` +
      `${named}${more}. Complete them, or record a Go or Conditional go to launch anyway.`,
    openSignOffs,
    decision: null,
  };
}
