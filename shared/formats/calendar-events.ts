/**
 * What a calendar export holds, as plain data (ics.ts writes it as iCalendar; the export
 * dialog counts it): launch days, rollout waves, milestones, go/no-go meetings, No-go
 * re-evaluation days and blackout windows, each a run of whole days.
 *
 * Every event's UID is derived from the id of the record it comes from (`launch-<id>`,
 * `milestone-<id>`, …), never from its title, kind or day, so importing a newer export into a
 * calendar updates the events it already has instead of adding copies. Archived launch items
 * are left out: a calendar is for what is coming.
 */
import { addDays, type Day } from '../dates/days';
import { DECISION_LABELS } from '../domain/decisions/schema';
import type { LaunchItem } from '../domain/items/schema';
import { KIND_LABELS } from '../domain/primitives';
import { settingsOf, type Workspace } from '../domain/workspace';
import { decisionsByItem, milestonesByItem, NONE } from '../views/indexes';
import { filteredItems, itemSpan, spanInRange, type DaySpan, type ExportFilters } from './filters';

export const CALENDAR_EVENT_KINDS = [
  'launch',
  'rollout',
  'milestone',
  'go-no-go',
  'reevaluation',
  'blackout',
] as const;
export type CalendarEventKind = (typeof CALENDAR_EVENT_KINDS)[number];

/** Each kind in words: its calendar category, and how the export dialog counts it. */
export const CALENDAR_EVENT_LABELS: Record<
  CalendarEventKind,
  { category: string; singular: string; plural: string }
> = {
  launch: { category: 'Launch day', singular: 'launch day', plural: 'launch days' },
  rollout: { category: 'Rollout wave', singular: 'rollout wave', plural: 'rollout waves' },
  milestone: { category: 'Milestone', singular: 'milestone', plural: 'milestones' },
  'go-no-go': { category: 'Go/no-go meeting', singular: 'go/no-go meeting', plural: 'go/no-go meetings' },
  reevaluation: {
    category: 'No-go re-evaluation',
    singular: 'No-go re-evaluation',
    plural: 'No-go re-evaluations',
  },
  blackout: { category: 'Blackout window', singular: 'blackout window', plural: 'blackout windows' },
};

export interface CalendarEvent {
  /** Stable across exports: derived from the record's id. */
  uid: string;
  kind: CalendarEventKind;
  /** First and last day, both included (the iCalendar end is the day after `last`). */
  first: Day;
  last: Day;
  summary: string;
  description: string;
  /** When the record behind it last changed, where the record keeps that. */
  lastModified: string | null;
}

const UID_DOMAIN = 'launch-control';
/**
 * Ids are any text up to 100 characters (an imported file may hold a line break, a ';' or
 * an '@'), and ical-generator writes the UID as given: the id is percent-encoded, which leaves
 * ids of letters, digits and '-_.!~*'()' (every id the app makes) as they are, so their UIDs
 * stay the same from one export to the next.
 */
export const eventUid = (prefix: string, id: string) => `${prefix}-${encodeURIComponent(id)}@${UID_DOMAIN}`;

/** "Go/no-go", "go-no-go", "Go / No Go", "gonogo": a milestone that is the decision meeting. */
const GO_NO_GO = /\bgo\s*[/-]?\s*no[\s-]?go\b/i;

export function isGoNoGoTitle(title: string): boolean {
  return GO_NO_GO.test(title);
}

/** Names for the codes and ids events mention, built once per export. */
function describer(ws: Workspace) {
  const settings = settingsOf(ws);
  const regionNames = new Map(settings.regions.map((r) => [r.code, r.name]));
  const stageNames = new Map(settings.stages.map((s) => [s.id, s.name]));
  const tierNames = new Map(settings.tiers.map((t) => [t.tier, t.name]));
  const regions = (codes: readonly string[]) => codes.map((c) => regionNames.get(c) ?? c).join(', ');
  /** The launch item in the lines every item-linked event's description starts with. */
  const item = (i: LaunchItem) =>
    [
      `${KIND_LABELS[i.kind]}: ${i.title}`,
      `Tier: ${tierNames.get(i.tier) ?? `Tier ${i.tier}`}`,
      `Stage: ${stageNames.get(i.stageId) ?? i.stageId}`,
      `Regions: ${i.regions.length ? regions(i.regions) : 'none set'}`,
    ].join('\n');
  return { settings, regions, item };
}

/** Whether a blackout applies to an item's regions (a blackout without regions applies everywhere). */
function sharesRegion(blackoutRegions: readonly string[], item: LaunchItem): boolean {
  return blackoutRegions.length === 0 || item.regions.some((r) => blackoutRegions.includes(r));
}

const oneDay = (day: Day): DaySpan => ({ first: day, last: day });

/** The events the filters cover, by first day and then UID. */
export function calendarEvents(ws: Workspace, filters: ExportFilters = {}): CalendarEvent[] {
  const words = describer(ws);
  // Items by launch and region only: the range applies to each event's own days, so a
  // milestone in range counts even when its launch item's dates (or lack of them) are not.
  const items = filteredItems(ws, { ...filters, from: null, to: null }).filter((i) => !i.archived);
  const milestones = milestonesByItem(ws);
  const decisions = decisionsByItem(ws);
  const events: CalendarEvent[] = [];
  const add = (span: DaySpan, event: Omit<CalendarEvent, 'first' | 'last'>) => {
    if (spanInRange(span, filters)) events.push({ ...event, first: span.first, last: span.last });
  };

  for (const item of items) {
    const about = words.item(item);
    // A wave spans the days it rolls out over; a launch or a beta is its launch day.
    const span = item.kind === 'rollout' ? itemSpan(item) : item.launchDate ? oneDay(item.launchDate) : null;
    if (span) {
      const days =
        span.first === span.last ? `Launch day: ${span.first}` : `From ${span.first} to ${span.last}`;
      add(span, {
        uid: eventUid('launch', item.id),
        kind: item.kind === 'rollout' ? 'rollout' : 'launch',
        summary: `${item.kind === 'rollout' ? 'Rollout wave' : KIND_LABELS[item.kind]}: ${item.title}`,
        description: `${about}\n${days}${item.summary ? `\n\n${item.summary}` : ''}`,
        lastModified: item.updatedAt,
      });
    }
    for (const milestone of milestones.get(item.id) ?? NONE) {
      const goNoGo = isGoNoGoTitle(milestone.title);
      add(oneDay(milestone.date), {
        uid: eventUid('milestone', milestone.id),
        kind: goNoGo ? 'go-no-go' : 'milestone',
        summary: `${goNoGo ? 'Go/no-go' : 'Milestone'}: ${milestone.title} (${item.title})`,
        description: `${milestone.title}\n${about}`,
        lastModified: null,
      });
    }
    // Only the latest decision stands: a No-go since overturned has nothing left to re-evaluate.
    const latest = (decisions.get(item.id) ?? NONE)[0];
    if (latest?.outcome === 'no-go' && latest.reevaluateOn) {
      const notes = [latest.conditions, latest.notes].filter(Boolean).join('\n');
      add(oneDay(latest.reevaluateOn), {
        uid: eventUid('reevaluate', latest.id),
        kind: 'reevaluation',
        summary: `Re-evaluate ${DECISION_LABELS['no-go']}: ${item.title}`,
        description:
          `${DECISION_LABELS['no-go']} recorded ${latest.decidedOn} by ${latest.decidedBy}\n${about}` +
          (notes ? `\n\n${notes}` : ''),
        lastModified: latest.recordedAt,
      });
    }
  }

  const region = filters.region || null;
  const chosenLaunches = filters.itemIds ? items : null;
  for (const blackout of Object.values(ws.blackouts)) {
    if (region !== null && blackout.regions.length > 0 && !blackout.regions.includes(region)) continue;
    const span = { first: blackout.start, last: blackout.end };
    // With launches chosen, only the windows that touch them: overlapping days, a shared region.
    if (
      chosenLaunches &&
      !chosenLaunches.some((item) => {
        const days = itemSpan(item);
        return (
          days && days.first <= span.last && days.last >= span.first && sharesRegion(blackout.regions, item)
        );
      })
    )
      continue;
    add(span, {
      uid: eventUid('blackout', blackout.id),
      kind: 'blackout',
      summary: `Blackout: ${blackout.title}`,
      description:
        `Regions: ${blackout.regions.length ? words.regions(blackout.regions) : 'every region'}` +
        (blackout.reason ? `\n${blackout.reason}` : ''),
      lastModified: null,
    });
  }

  return events.sort((a, b) =>
    a.first !== b.first ? (a.first < b.first ? -1 : 1) : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0,
  );
}

/** The calendar's name: the workspace's, and the region when the export is for one. */
export function calendarName(ws: Workspace, filters: ExportFilters = {}): string {
  const settings = settingsOf(ws);
  const region = filters.region
    ? (settings.regions.find((r) => r.code === filters.region)?.name ?? filters.region)
    : null;
  return `Launch calendar: ${settings.name}${region ? ` (${region})` : ''}`;
}

/** The day after `day`: iCalendar ends all-day events on the first day they no longer cover. */
export const exclusiveEnd = (day: Day): Day => addDays(day, 1);

/** How many events of each kind, for the export dialog ("3 launch days, 2 milestones"). */
export function countByKind(events: readonly CalendarEvent[]): Map<CalendarEventKind, number> {
  const counts = new Map<CalendarEventKind, number>();
  for (const kind of CALENDAR_EVENT_KINDS) {
    const count = events.filter((e) => e.kind === kind).length;
    if (count) counts.set(kind, count);
  }
  return counts;
}
