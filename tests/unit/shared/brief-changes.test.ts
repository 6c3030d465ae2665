/**
 * "What changed since the last brief", across edits made with the real domain commands: each
 * change appears once, worded for a stakeholder; briefs number themselves per scope; a scope
 * keeps its latest ten records.
 */
import { describe, expect, it } from 'vitest';
import { briefRecordSchema, type BriefRecord } from '../../../shared/domain/briefs/schema';
import { activityOf } from '../../../shared/domain/activity';
import { applyChange } from '../../../shared/domain/change';
import { runDomainCommand } from '../../../shared/domain/commands';
import { integrityProblems } from '../../../shared/domain/integrity';
import type { Workspace } from '../../../shared/domain/workspace';
import {
  buildBrief,
  defaultPortfolioRange,
  recordBrief,
  type BriefRequest,
} from '../../../shared/formats/brief';
import { NOW, sample, testContext, TODAY } from '../../fixtures/workspace';

const clock = { today: TODAY, now: NOW };
const ITEM = 'sample-payment-links';
const team: BriefRequest = { kind: 'launch', itemId: ITEM, audience: 'team' };
const exec: BriefRequest = { kind: 'launch', itemId: ITEM, audience: 'exec' };
const portfolio: BriefRequest = {
  kind: 'portfolio',
  ...defaultPortfolioRange(TODAY),
  filters: { region: null, tier: null, kind: null },
};

/** A workspace that edits itself through named commands, as the app and the CLI do. */
function session(start: Workspace = sample()) {
  const ctx = { ...testContext('s'), today: TODAY };
  let ws = start;
  return {
    get ws() {
      return ws;
    },
    run(name: string, args: unknown) {
      ws = applyChange(ws, runDomainCommand(ws, name, args, ctx));
    },
    record(request: BriefRequest) {
      ws = applyChange(ws, recordBrief(ws, request, clock, ctx));
    },
  };
}

/** The bullets under "Changed since the last brief". */
function changesOf(markdown: string): string[] {
  const section = markdown.split('## Changed since the last brief\n')[1]!.split('\n## ')[0]!;
  return section.split('\n').filter((line) => line.startsWith('- '));
}

/** The launch's first open readiness line of a function. */
function lineOf(ws: Workspace, functionId: string) {
  return Object.values(ws.readiness).find(
    (r) => r.itemId === ITEM && r.functionId === functionId && r.status !== 'done',
  )!;
}

describe('what changed since the last brief', () => {
  it('says it is the first brief of its scope when none was recorded', () => {
    expect(buildBrief(sample(), exec, clock).markdown).toContain('First brief for this launch.');
    expect(buildBrief(sample(), portfolio, clock).markdown).toContain('First brief for this portfolio.');
  });

  it('lists each change once, worded, after a sequence of edits', () => {
    const s = session();
    s.record(team);
    const marketing = lineOf(s.ws, 'marketing');
    const support = lineOf(s.ws, 'support');
    s.run('items.update', { id: ITEM, fields: { launchDate: '2026-12-22', stageId: 'planning' } });
    s.run('readiness.setStatus', {
      ids: [marketing.id],
      status: 'done',
      evidence: 'https://wiki.example.com/m',
    });
    s.run('readiness.setStatus', { ids: [support.id], status: 'blocked' });
    s.run('decisions.record', {
      itemId: ITEM,
      fields: {
        outcome: 'conditional-go',
        decidedBy: 'Tomás Alvarez',
        decidedOn: TODAY,
        conditions: 'Support staffed',
        riskAcceptedBy: 'Maya Chen',
        reevaluateOn: null,
        notes: '',
      },
    });
    s.run('blackouts.create', {
      fields: {
        title: 'Holiday freeze',
        start: '2026-12-21',
        end: '2026-12-23',
        regions: ['EU'],
        reason: '',
      },
    });

    const brief = buildBrief(s.ws, team, clock);
    expect(brief.number).toBe(2);
    const changes = changesOf(brief.markdown);
    const once = (text: string) =>
      expect(
        changes.filter((c) => c.includes(text)),
        text,
      ).toHaveLength(1);
    once('**Payment Links v2**: launch day moved from Thu 17 Dec 2026 to Tue 22 Dec 2026 (5 days later)');
    once('**Payment Links v2**: moved from Readiness to Planning');
    once(`Readiness **${marketing.title}** (Marketing) completed`);
    once(`Readiness **${support.title}** (Support) newly blocked`);
    once('**Payment Links v2**: Conditional go decided on Thu 26 Nov 2026 by Tomás Alvarez');
    once(
      'New collision: “Payment Links v2” launches on Tue 22 Dec 2026, inside “Holiday freeze” (Mon 21 Dec 2026 – Wed 23 Dec 2026, EU).',
    );
    // The NA wave did not move with its launch: it now goes live first. Its day is still NA's
    // go-live day, so no capacity collision appears or goes.
    once(
      'New collision: “Payment Links v2 — NA wave” (wave 1) goes live on Thu 17 Dec 2026, before its launch “Payment Links v2” on Tue 22 Dec 2026.',
    );
    expect(changes.filter((c) => c.includes('Collision resolved'))).toEqual([]);
    expect(changes).toHaveLength(7);

    // Executives get the five most telling and a count of the rest.
    const execChanges = changesOf(buildBrief(s.ws, exec, clock).markdown);
    expect(execChanges).toHaveLength(5);
    expect(buildBrief(s.ws, exec, clock).markdown).toContain('And 2 more changes.');
  });

  it('names readiness lines added since (blocked, overdue) and removed', () => {
    const s = session();
    s.record(team);
    const gone = lineOf(s.ws, 'marketing');
    s.run('readiness.delete', { ids: [gone.id] });
    s.run('readiness.add', { itemId: ITEM, fields: { functionId: 'legal', title: 'DPA signed' } });
    s.run('readiness.add', {
      itemId: ITEM,
      fields: {
        functionId: 'support',
        title: 'Macros',
        status: 'blocked',
        due: { type: 'date', date: '2026-11-01' },
      },
    });
    const changes = changesOf(buildBrief(s.ws, team, clock).markdown);
    expect(changes).toEqual(
      expect.arrayContaining([
        '- Readiness **Macros** (Support) added, blocked, overdue',
        '- Readiness **DPA signed** (Legal & Compliance) added',
        '- **Payment Links v2**: 1 readiness line removed',
      ]),
    );
    expect(changes).toHaveLength(3);
  });

  it('names a health change, and says when nothing changed', () => {
    const s = session();
    s.record(exec);
    expect(buildBrief(s.ws, exec, clock).markdown).toContain(
      'Since Brief #1 (Thu 26 Nov 2026, 12:00 UTC): nothing changed.',
    );
    const legal = lineOf(s.ws, 'legal');
    s.run('readiness.setStatus', { ids: [legal.id], status: 'done', evidence: 'https://wiki.example.com/l' });
    // Payment Links v2 was off track for its blocked legal line; now at risk (sign-offs due soon).
    expect(changesOf(buildBrief(s.ws, exec, clock).markdown)[0]).toBe(
      '- **Payment Links v2**: now At risk (was Off track)',
    );
  });

  it('tells a portfolio which launches joined and left it, and readiness by counts', () => {
    const s = session();
    s.record(portfolio);
    s.run('items.update', { id: 'sample-dark-mode', fields: { launchDate: '2027-03-01', endDate: null } });
    s.run('items.update', { id: 'sample-usage-billing', fields: { launchDate: '2026-12-30' } });
    const dashboardLines = Object.values(s.ws.readiness).filter(
      (r) => r.itemId === 'sample-team-workspaces-latam',
    );
    s.run('readiness.setStatus', {
      ids: dashboardLines.filter((r) => r.status !== 'done').map((r) => r.id),
      status: 'done',
      evidence: 'https://wiki.example.com/latam',
    });
    const changes = changesOf(buildBrief(s.ws, portfolio, clock).markdown);
    expect(changes).toContain('- Added: **Usage-based billing**, launch day Wed 30 Dec 2026');
    expect(changes).toContain(
      '- No longer in this brief: **Dashboard dark mode** (launch day now Mon 1 Mar 2027)',
    );
    expect(
      changes.some((c) =>
        /^- \*\*Team workspaces — LATAM wave\*\*: 2 readiness items completed \(4 of 4 done\)$/.test(c),
      ),
    ).toBe(true);
  });
});

describe('brief records', () => {
  it('numbers briefs per scope 1, 2, 3, whatever the audience', () => {
    const s = session();
    expect(buildBrief(s.ws, exec, clock).number).toBe(1);
    s.record(exec);
    expect(buildBrief(s.ws, team, clock).number).toBe(2);
    s.record(team);
    expect(buildBrief(s.ws, exec, clock)).toMatchObject({
      number: 3,
      fileName: 'brief-payment-links-v2-3.md',
    });
    // Another scope counts on its own.
    expect(buildBrief(s.ws, portfolio, clock).number).toBe(1);
  });

  it('records a valid, compact snapshot in one undoable change', () => {
    const ws = sample();
    const change = recordBrief(ws, portfolio, clock, {
      now: '2026-11-26T12:30:00.000Z',
      newId: () => 'brief-1',
    });
    expect(change.label).toBe('Record brief #1: Portfolio brief — 26 Nov 2026 – 7 Jan 2027');
    expect(change.ops).toHaveLength(1);
    const record = change.ops[0]!.after as BriefRecord;
    expect(briefRecordSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      id: 'brief-1',
      scopeKey: 'portfolio:region=all;tier=all;kind=all',
      number: 1,
      kind: 'portfolio',
      generatedAt: '2026-11-26T12:30:00.000Z',
      asOf: NOW,
      from: '2026-11-26',
      to: '2027-01-07',
    });
    expect(Object.keys(record.facts.launches)).toHaveLength(5);
    expect(record.facts.launches['sample-payment-links']).toEqual({
      d: '2026-12-17',
      s: 'readiness',
      h: 'off-track',
      r: [7, 21, 1],
    });
    expect(integrityProblems(applyChange(ws, change))).toEqual([]);
  });

  it('keeps the latest ten records of a scope; the numbers keep counting', () => {
    const s = session();
    for (let n = 0; n < 12; n++) s.record(exec);
    s.record(portfolio);
    const launchRecords = Object.values(s.ws.briefs).filter((b) => b.scopeKey === `launch:${ITEM}`);
    expect(launchRecords.map((b) => b.number).sort((a, b) => a - b)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(Object.values(s.ws.briefs).filter((b) => b.kind === 'portfolio')).toHaveLength(1);
    expect(buildBrief(s.ws, exec, clock).number).toBe(13);
  });

  it("shows in the launch's Activity when recorded, not when an old record is pruned", () => {
    const s = session();
    for (let n = 0; n < 10; n++) s.record(exec);
    const change = recordBrief(s.ws, exec, clock, { now: NOW, newId: () => 'eleventh' });
    expect(change.ops.map((op) => [op.id, op.after === null])).toEqual([
      ['eleventh', false],
      [expect.any(String), true],
    ]);
    expect(activityOf(change, s.ws, NOW, 'Maya')?.notes).toEqual([
      { itemId: ITEM, text: 'Brief #11 generated' },
    ]);
    const portfolioChange = recordBrief(s.ws, portfolio, clock, { now: NOW, newId: () => 'p' });
    expect(activityOf(portfolioChange, s.ws, NOW, 'Maya')).toBeNull();
  });

  it('is the named command briefs.record, with the command clock as "data as of"', () => {
    const ws = sample();
    const change = runDomainCommand(
      ws,
      'briefs.record',
      { request: exec },
      {
        now: '2026-11-27T08:00:00.000Z',
        today: '2026-11-27',
        newId: () => 'b',
      },
    );
    expect(change.ops[0]!.after).toMatchObject({
      asOf: '2026-11-27T08:00:00.000Z',
      audience: 'exec',
      itemId: ITEM,
    });
    expect(() =>
      runDomainCommand(ws, 'briefs.record', { request: { kind: 'launch' } }, testContext()),
    ).toThrow();
  });
});
