import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { updateItem } from '../../../shared/domain/items/commands';
import { calendarEvents, isGoNoGoTitle } from '../../../shared/formats/calendar-events';
import { calendarIcs, foldLines } from '../../../shared/formats/ics';
import type { ExportFilters } from '../../../shared/formats/filters';
import { add, decision, item, laterContext } from '../../fixtures/records';
import { SETTINGS_ID } from '../../../shared/domain/settings/schema';
import { baseWorkspace, NOW, sample } from '../../fixtures/workspace';

const CLOCK = { now: NOW };

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: ICAL.Time;
  end: ICAL.Time;
  categories: string;
  stamp: string;
}

function parse(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const value = (name: string) => vevent.getFirstPropertyValue(name);
    return {
      uid: String(value('uid')),
      summary: String(value('summary')),
      description: String(value('description')),
      start: value('dtstart') as ICAL.Time,
      end: value('dtend') as ICAL.Time,
      categories: String(value('categories')),
      stamp: String(value('dtstamp')),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

const day = (time: ICAL.Time) => time.toString();

function workspace() {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('launch', {
      title: 'Payments',
      tier: 1,
      stageId: 'beta',
      launchDate: '2026-12-10',
      startDate: '2026-12-01',
      regions: ['EU', 'NA'],
    }),
    item('beta', {
      kind: 'beta',
      title: 'Payments beta',
      parentId: 'launch',
      launchDate: '2026-11-20',
      regions: ['NA'],
    }),
    item('wave-eu', {
      kind: 'rollout',
      title: 'EU wave',
      parentId: 'launch',
      startDate: '2026-12-10',
      launchDate: '2026-12-10',
      endDate: '2026-12-18',
      regions: ['EU'],
    }),
    item('wave-jp', {
      kind: 'rollout',
      title: 'JP wave',
      parentId: 'launch',
      launchDate: '2027-01-12',
      regions: ['JP'],
    }),
    item('other', { title: 'Search', launchDate: '2027-02-01', regions: ['APAC'] }),
    item('old', { title: 'Archived thing', launchDate: '2026-12-05', archived: true }),
    item('undated', { title: 'Someday' }),
  );
  add(
    ws,
    'milestones',
    { id: 'm-review', itemId: 'launch', title: 'Pricing review', date: '2026-12-02' },
    { id: 'm-gate', itemId: 'launch', title: 'Go/no-go meeting', date: '2026-12-08' },
    { id: 'm-other', itemId: 'other', title: 'Go-No-Go', date: '2027-01-25' },
  );
  add(
    ws,
    'decisions',
    decision('d-old', 'other', {
      outcome: 'no-go',
      decidedOn: '2026-10-01',
      reevaluateOn: '2026-10-15',
      recordedAt: '2026-10-01T10:00:00.000Z',
    }),
    decision('d-now', 'other', {
      outcome: 'no-go',
      decidedOn: '2026-11-20',
      reevaluateOn: '2027-01-05',
      notes: 'Latency too high',
      recordedAt: '2026-11-20T10:00:00.000Z',
    }),
    decision('d-go', 'launch', { outcome: 'go', decidedOn: '2026-11-21' }),
  );
  add(
    ws,
    'blackouts',
    {
      id: 'b-eu',
      title: 'EU holidays',
      start: '2026-12-24',
      end: '2027-01-01',
      regions: ['EU'],
      reason: 'Low staffing',
    },
    { id: 'b-all', title: 'Code freeze', start: '2026-12-09', end: '2026-12-09', regions: [], reason: '' },
    { id: 'b-jp', title: 'Golden week', start: '2027-04-29', end: '2027-05-05', regions: ['JP'], reason: '' },
  );
  return ws;
}

const uids = (text: string) => parse(text).events.map((e) => e.uid);

describe('calendar (.ics)', () => {
  it('has one all-day event per launch day, wave, milestone, meeting, re-evaluation and blackout', () => {
    const { name, events } = parse(calendarIcs(workspace(), {}, CLOCK));
    expect(name).toBe('Launch calendar: Test');
    const byKind = new Map<string, string[]>();
    for (const e of events) byKind.set(e.categories, [...(byKind.get(e.categories) ?? []), e.uid]);
    expect(Object.fromEntries([...byKind].map(([kind, list]) => [kind, list.sort()]))).toEqual({
      'Launch day': [
        'launch-beta@launch-control',
        'launch-launch@launch-control',
        'launch-other@launch-control',
      ],
      'Rollout wave': ['launch-wave-eu@launch-control', 'launch-wave-jp@launch-control'],
      Milestone: ['milestone-m-review@launch-control'],
      'Go/no-go meeting': ['milestone-m-gate@launch-control', 'milestone-m-other@launch-control'],
      'No-go re-evaluation': ['reevaluate-d-now@launch-control'],
      'Blackout window': [
        'blackout-b-all@launch-control',
        'blackout-b-eu@launch-control',
        'blackout-b-jp@launch-control',
      ],
    });
    // Every value is a DATE (no time): an all-day event on the same calendar day everywhere.
    for (const e of events) {
      expect(e.start.isDate).toBe(true);
      expect(e.end.isDate).toBe(true);
      expect(e.stamp).toBe('2026-11-26T12:00:00Z');
    }
  });

  it('ends all-day events on the day after their last day (RFC 5545), for one day and for spans', () => {
    const events = new Map(parse(calendarIcs(workspace(), {}, CLOCK)).events.map((e) => [e.uid, e]));
    const launch = events.get('launch-launch@launch-control')!;
    expect([day(launch.start), day(launch.end)]).toEqual(['2026-12-10', '2026-12-11']);
    const wave = events.get('launch-wave-eu@launch-control')!;
    expect([day(wave.start), day(wave.end)]).toEqual(['2026-12-10', '2026-12-19']);
    const holidays = events.get('blackout-b-eu@launch-control')!;
    expect([day(holidays.start), day(holidays.end)]).toEqual(['2026-12-24', '2027-01-02']);
    const freeze = events.get('blackout-b-all@launch-control')!;
    expect([day(freeze.start), day(freeze.end)]).toEqual(['2026-12-09', '2026-12-10']);
  });

  it('says what each event is about: launch title, tier, stage and regions', () => {
    const events = new Map(parse(calendarIcs(workspace(), {}, CLOCK)).events.map((e) => [e.uid, e]));
    const launch = events.get('launch-launch@launch-control')!;
    expect(launch.summary).toBe('Launch: Payments');
    expect(launch.description).toContain('Launch: Payments');
    expect(launch.description).toContain('Tier: Tier 1');
    expect(launch.description).toContain('Stage: Beta');
    expect(launch.description).toContain('Regions: European Union, North America');
    expect(events.get('milestone-m-gate@launch-control')!.summary).toBe(
      'Go/no-go: Go/no-go meeting (Payments)',
    );
    const reevaluation = events.get('reevaluate-d-now@launch-control')!;
    expect(reevaluation.summary).toBe('Re-evaluate No-go: Search');
    expect(reevaluation.description).toContain('Latency too high');
    expect(events.get('blackout-b-all@launch-control')!.description).toContain('every region');
  });

  it('exports the same bytes twice, and keeps UIDs when unrelated records change', () => {
    const ws = workspace();
    const first = calendarIcs(ws, {}, CLOCK);
    expect(calendarIcs(structuredClone(ws), {}, CLOCK)).toBe(first);
    // Moving one launch changes its event's days, not anyone's UID.
    const moved = applyChange(ws, updateItem(ws, 'other', { launchDate: '2027-02-03' }, laterContext()));
    const after = calendarIcs(moved, {}, CLOCK);
    expect(new Set(uids(after))).toEqual(new Set(uids(first)));
    const unchanged = (text: string) =>
      parse(text).events.filter((e) => e.uid !== 'launch-other@launch-control');
    expect(unchanged(after)).toEqual(unchanged(first));
    // A retitled milestone turning into the go/no-go meeting keeps its UID too.
    add(ws, 'milestones', { id: 'm-review', itemId: 'launch', title: 'Go / no go', date: '2026-12-02' });
    expect(uids(calendarIcs(ws, {}, CLOCK))).toContain('milestone-m-review@launch-control');
  });

  it('filters like the CSV: a launch with its betas and waves, a region, a range of days', () => {
    const ws = workspace();
    const with_ = (filters: ExportFilters) => uids(calendarIcs(ws, filters, CLOCK)).sort();
    expect(with_({ itemIds: ['launch'] })).toEqual(
      [
        // The EU holidays touch none of these launches' days: left out.
        'blackout-b-all@launch-control',
        'launch-beta@launch-control',
        'launch-launch@launch-control',
        'launch-wave-eu@launch-control',
        'launch-wave-jp@launch-control',
        'milestone-m-gate@launch-control',
        'milestone-m-review@launch-control',
      ].sort(),
    );
    expect(with_({ region: 'JP' })).toEqual([
      'blackout-b-all@launch-control',
      'blackout-b-jp@launch-control',
      'launch-wave-jp@launch-control',
    ]);
    expect(with_({ from: '2026-12-09', to: '2026-12-10' })).toEqual(
      [
        'blackout-b-all@launch-control',
        'launch-launch@launch-control',
        'launch-wave-eu@launch-control',
      ].sort(),
    );
    expect(with_({ itemIds: [] })).toEqual([]);
    expect(parse(calendarIcs(ws, { region: 'EU' }, CLOCK)).name).toBe(
      'Launch calendar: Test (European Union)',
    );
  });

  it('leaves out archived items, and No-go decisions a later one replaced', () => {
    const all = uids(calendarIcs(workspace(), {}, CLOCK));
    expect(all).not.toContain('launch-old@launch-control');
    expect(all).not.toContain('reevaluate-d-old@launch-control');
    const ws = workspace();
    add(ws, 'decisions', decision('d-later', 'other', { outcome: 'go', decidedOn: '2026-11-25' }));
    expect(uids(calendarIcs(ws, {}, CLOCK))).not.toContain('reevaluate-d-now@launch-control');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    const line = `DESCRIPTION:${'Préparation — ünïcode ✓ 🚀 '.repeat(12)}`;
    const folded = foldLines(`SUMMARY:short\r\n${line}`);
    const octets = (text: string) => new TextEncoder().encode(text).length;
    const lines = folded.split('\r\n');
    expect(lines[0]).toBe('SUMMARY:short');
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => octets(l) >= 72)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:short\r\n${line}`);
    const ws = workspace();
    add(ws, 'items', item('long', { title: `Lancement ${'é🚀'.repeat(40)}`, launchDate: '2026-12-01' }));
    const event = parse(calendarIcs(ws, {}, CLOCK)).events.find(
      (e) => e.uid === 'launch-long@launch-control',
    )!;
    expect(event.summary).toBe(`Launch: Lancement ${'é🚀'.repeat(40)}`);
  });

  it('knows a go/no-go meeting by its title', () => {
    for (const title of ['Go/no-go', 'go-no-go review', 'Go / No Go', 'GoNoGo', 'Final go no-go'])
      expect(isGoNoGoTitle(title), title).toBe(true);
    for (const title of ['Gone nowhere', 'Go live', 'No-go']) expect(isGoNoGoTitle(title), title).toBe(false);
  });

  it('keeps hostile ids and text inside their own lines: the event count stays and text reads back', () => {
    const ws = workspace();
    const hostile = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil;a,b\\c@d';
    add(ws, 'milestones', { id: hostile, itemId: 'launch', title: hostile, date: '2026-12-03' });
    add(ws, 'blackouts', {
      id: `b${hostile}`,
      title: hostile,
      start: '2026-12-04',
      end: '2026-12-04',
      regions: [],
      reason: hostile,
    });
    const settings = ws.settings[SETTINGS_ID]!;
    ws.settings[SETTINGS_ID] = { ...settings, name: `Ops${hostile}` };
    const text = calendarIcs(ws, {}, CLOCK);
    const { name, events } = parse(text);
    // iCalendar text has one kind of line break: CRLF reads back as LF.
    const readBack = hostile.replaceAll('\r\n', '\n');
    expect(events).toHaveLength(calendarEvents(ws).length);
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(calendarEvents(ws).length);
    // ical.js reads an X- property raw; calendar apps read it as TEXT, escaped here as RFC 5545 says.
    expect(name).toBe('Launch calendar: Opsx\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:evil\\;a\\,b\\\\c@d');
    const milestone = events.find((e) => e.uid === `milestone-${encodeURIComponent(hostile)}@launch-control`);
    expect(milestone?.summary).toBe(`Milestone: ${readBack} (Payments)`);
    const blackout = events.find(
      (e) => e.uid === `blackout-${encodeURIComponent(`b${hostile}`)}@launch-control`,
    );
    expect(blackout?.summary).toBe(`Blackout: ${readBack}`);
    expect(blackout?.description).toContain(readBack);
    // Ids the app makes keep their UID as they were.
    expect(uids(text)).toContain('launch-wave-eu@launch-control');
  });

  it('ranges each event by its own day: a milestone outside its item’s dates, an undated item’s milestone', () => {
    const ws = workspace();
    add(
      ws,
      'milestones',
      { id: 'm-late', itemId: 'launch', title: 'Retrospective', date: '2027-03-01' },
      { id: 'm-someday', itemId: 'undated', title: 'Kick-off', date: '2027-03-02' },
    );
    const ranged = uids(calendarIcs(ws, { from: '2027-03-01', to: '2027-03-31' }, CLOCK)).sort();
    expect(ranged).toEqual(['milestone-m-late@launch-control', 'milestone-m-someday@launch-control']);
    // The No-go's re-evaluation is in range although its launch day (2027-02-01) is not.
    expect(uids(calendarIcs(ws, { from: '2027-01-05', to: '2027-01-05' }, CLOCK))).toEqual([
      'reevaluate-d-now@launch-control',
    ]);
    // Launch and region filters still choose the items.
    expect(uids(calendarIcs(ws, { from: '2027-03-01', region: 'EU' }, CLOCK))).toEqual([
      'milestone-m-late@launch-control',
    ]);
  });

  it('exports the sample workspace into a calendar ical.js reads', () => {
    const ws = sample();
    const { events } = parse(calendarIcs(ws, {}, CLOCK));
    expect(events).toHaveLength(calendarEvents(ws).length);
    expect(events.length).toBeGreaterThan(10);
    expect(() => calendarIcs(ws, {}, { now: 'soon' })).toThrow(/Not a timestamp/);
  });
});
