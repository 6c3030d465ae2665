/**
 * Health from evidence: one rule, never stored, with its reasons in words. Off track when a
 * required item is overdue or blocked, the launch day passed before the item reached the gate
 * stage, or a No-go stands; at risk when required items are due within the next 7 days and not
 * done, no decision exists from T-5 to T-0 (before the gate stage), or an open collision touches
 * the item; otherwise on track. An acknowledged collision (accepted with a note, its dates
 * unchanged since) does not count: a lead has looked at it and taken the risk, and keeping the
 * launch At risk for it would hide the collisions nobody has looked at yet. It comes back the
 * moment its dates change (views/collisions.ts). A manual override wins on screen, with its reason, but the
 * computed verdict travels with it, so a green override over red evidence ("watermelon") shows.
 */
import { addDays, daysBetween, formatShortDay, tMinusLabel, type Day } from '../../dates/days';
import type { BlackoutWindow } from '../blackouts/schema';
import type { Decision } from '../decisions/schema';
import { HEALTH_LABELS, type Health } from '../primitives';
import { byRank } from '../ranks';
import { dueDay, openSignOffsOf } from '../readiness/rules';
import type { ReadinessItem } from '../readiness/schema';
import { countOf } from '../text';
import { recordOf } from '../workspace';
import type { Collision } from './collisions';
import type { LaunchItem } from './schema';

/** Days ahead in which an open required item counts as due soon. */
export const DUE_SOON_DAYS = 7;
/** Days before T-0 from which a launch without a decision is at risk. */
export const DECISION_DUE_DAYS = 5;
/** Items named in one reason; the rest are counted. */
const NAMED = 3;

export interface HealthVerdict {
  health: Health;
  reasons: string[];
}

export interface HealthResult extends HealthVerdict {
  /** True when a manual override decides `health` (its reason is then the only reason). */
  overridden: boolean;
  /** What the evidence says, override or not. */
  computed: HealthVerdict;
}

/** Everything the rule reads about one launch item. */
export interface HealthEvidence {
  item: LaunchItem;
  readiness: readonly ReadinessItem[];
  today: Day;
  /** The decision standing today (the latest dated today or earlier), or null. */
  decision: Decision | null;
  /** Each open (unacknowledged) collision touching the item, in words (collisionReason). */
  collisions: readonly string[];
  /** The name of the item's stage, for "still in Planning". */
  stageName: string;
  /** At or after the gate stage; true when the workspace has no gate stage (nothing to reach). */
  reachedGate: boolean;
}

/** "12 Nov" this year, "12 Nov 2025" in another. */
function dayInWords(day: Day, today: Day): string {
  const text = formatShortDay(day);
  return day.slice(0, 4) === today.slice(0, 4) ? text.replace(/ \d+$/, '') : text;
}

/** "Docs published, Security review, Pricing and 2 more". */
function nameSome(names: string[]): string {
  const shown = names.slice(0, NAMED).join(', ');
  return names.length > NAMED ? `${shown} and ${names.length - NAMED} more` : shown;
}

export function computeHealth(evidence: HealthEvidence): HealthVerdict {
  const { item, today, decision } = evidence;
  // In checklist order: the reasons then read the same whatever order the lines were loaded in.
  const required = openSignOffsOf(evidence.readiness).sort(byRank);
  /** "Docs published (T-14, 12 Nov)": a line with its due day as the checklist shows it. */
  const withDue = (r: ReadinessItem, due: Day) =>
    `${r.title} (${r.due?.type === 'offset' ? `${tMinusLabel(item.launchDate!, due)}, ` : ''}${dayInWords(due, today)})`;
  const overdue: string[] = [];
  const dueSoon: string[] = [];
  const soonest = addDays(today, DUE_SOON_DAYS);
  for (const r of required) {
    const due = dueDay(r, item);
    if (due === null) continue;
    if (due < today) overdue.push(withDue(r, due));
    else if (due <= soonest) dueSoon.push(withDue(r, due));
  }
  const blocked = required.filter((r) => r.status === 'blocked').map((r) => r.title);

  const offTrack: string[] = [];
  if (overdue.length)
    offTrack.push(`${countOf(overdue.length, 'required item')} overdue: ${nameSome(overdue)}`);
  if (blocked.length)
    offTrack.push(`${countOf(blocked.length, 'required item')} blocked: ${nameSome(blocked)}`);
  const launch = item.launchDate;
  if (launch && launch < today && !evidence.reachedGate)
    offTrack.push(`Launch day ${dayInWords(launch, today)} passed; still in ${evidence.stageName}`);
  if (decision?.outcome === 'no-go')
    offTrack.push(
      `No-go recorded ${dayInWords(decision.decidedOn, today)}` +
        (decision.reevaluateOn ? `; re-evaluate ${dayInWords(decision.reevaluateOn, today)}` : ''),
    );

  const atRisk: string[] = [];
  if (dueSoon.length)
    atRisk.push(
      `${countOf(dueSoon.length, 'required item')} due within ${DUE_SOON_DAYS} days: ${nameSome(dueSoon)}`,
    );
  // From T-5 to T-0; once the day has passed, "launch day passed" above says more.
  const daysToLaunch = launch ? daysBetween(today, launch) : null;
  if (
    launch &&
    !decision &&
    !evidence.reachedGate &&
    daysToLaunch !== null &&
    daysToLaunch >= 0 &&
    daysToLaunch <= DECISION_DUE_DAYS
  )
    atRisk.push(
      `No go/no-go decision yet; launch day is ${tMinusLabel(launch, today)} (${dayInWords(launch, today)})`,
    );
  atRisk.push(...evidence.collisions);

  if (offTrack.length) return { health: 'off-track', reasons: [...offTrack, ...atRisk] };
  if (atRisk.length) return { health: 'at-risk', reasons: atRisk };
  return { health: 'on-track', reasons: [] };
}

/** The health shown: a manual override (with its reason) or the computed one. */
export function healthOf(evidence: HealthEvidence): HealthResult {
  const computed = computeHealth(evidence);
  const override = evidence.item.healthOverride;
  if (override) return { health: override.health, reasons: [override.reason], overridden: true, computed };
  return { ...computed, overridden: false, computed };
}

/**
 * "Override says On track; the evidence says Off track: …" when a manual override and the
 * evidence disagree (green outside, red inside); null when they agree or nothing is overridden.
 */
export function healthDisagreement(result: HealthResult): string | null {
  if (!result.overridden || result.computed.health === result.health) return null;
  const why = result.computed.reasons.length ? `: ${result.computed.reasons.join('; ')}` : '';
  return `Override says ${HEALTH_LABELS[result.health]}; the evidence says ${HEALTH_LABELS[result.computed.health]}${why}`;
}

/** A collision as one short reason, from the side of `itemId` ("Blackout: Holiday freeze (EU)"). */
export function collisionReason(
  collision: Collision,
  itemId: string,
  ws: { items: Record<string, LaunchItem>; blackouts: Record<string, BlackoutWindow> },
): string {
  switch (collision.kind) {
    case 'blackout': {
      const blackout = recordOf(ws.blackouts, collision.blackoutId);
      const item = recordOf(ws.items, itemId);
      if (!blackout) return collision.message;
      const regions = blackout.regions.length
        ? (item?.regions ?? []).filter((r) => blackout.regions.includes(r)).join(', ')
        : 'all regions';
      return `Blackout: ${blackout.title} (${regions})`;
    }
    case 'capacity':
      return `Capacity: ${countOf(collision.launchIds.length, 'Tier-1 launch', 'Tier-1 launches')} going live in ${collision.region} in week ${collision.week} (capacity ${collision.capacity})`;
    case 'dependency': {
      const [dependantId, dependencyId] = collision.itemIds;
      const title = (id: string) => recordOf(ws.items, id)?.title ?? 'a deleted item';
      return dependantId === itemId
        ? `Depends on “${title(dependencyId)}”, which ends after this starts`
        : `“${title(dependantId)}” depends on this and starts before it ends`;
    }
    case 'wave-order': {
      const [waveId, otherId] = collision.itemIds;
      const title = (id: string) => recordOf(ws.items, id)?.title ?? 'a deleted item';
      return waveId === itemId
        ? `Wave order: goes live before “${title(otherId)}”`
        : `Wave order: “${title(waveId)}” goes live before this`;
    }
  }
}
