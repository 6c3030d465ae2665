/**
 * The briefs on the sample workspace, with a fixed clock, against golden files in
 * tests/fixtures/briefs/ (read them as a stakeholder would). `UPDATE_GOLDEN=1 npx vitest run
 * tests/unit/shared/brief-golden.test.ts` rewrites them; without it a difference fails.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { runDomainCommand } from '../../../shared/domain/commands';
import type { Workspace } from '../../../shared/domain/workspace';
import {
  buildBrief,
  defaultPortfolioRange,
  recordBrief,
  type BriefRequest,
} from '../../../shared/formats/brief';
import { NOW, sample, testContext, TODAY } from '../../fixtures/workspace';

const GOLDEN_DIR = join(__dirname, '../../fixtures/briefs');
const clock = { today: TODAY, now: NOW };
const range = defaultPortfolioRange(TODAY);
const allFilters = { region: null, tier: null, kind: null };

function expectGolden(name: string, markdown: string) {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, markdown);
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(markdown).toBe(readFileSync(file, 'utf8'));
}

/** The sample after a brief of each scope was recorded and a few things changed. */
function secondRound(): Workspace {
  const ctx = { ...testContext('golden'), today: TODAY };
  let ws = sample();
  const record = (request: BriefRequest) => (ws = applyChange(ws, recordBrief(ws, request, clock, ctx)));
  const run = (name: string, args: unknown) => (ws = applyChange(ws, runDomainCommand(ws, name, args, ctx)));
  record({ kind: 'launch', itemId: 'sample-payment-links', audience: 'exec' });
  record({ kind: 'portfolio', ...range, filters: allFilters });
  run('items.update', { id: 'sample-payment-links', fields: { launchDate: '2026-12-22' } });
  const legal = Object.values(ws.readiness).find(
    (r) => r.itemId === 'sample-payment-links' && r.functionId === 'legal',
  )!;
  run('readiness.setStatus', { ids: [legal.id], status: 'done', evidence: 'https://wiki.example.com/legal' });
  run('decisions.record', {
    itemId: 'sample-payment-links',
    fields: {
      outcome: 'conditional-go',
      decidedBy: 'Tomás Alvarez',
      decidedOn: TODAY,
      conditions: 'EU wave waits for the VAT receipts fix',
      riskAcceptedBy: 'Maya Chen',
      reevaluateOn: null,
      notes: '',
    },
  });
  return ws;
}

describe('brief golden files (the sample, a fixed clock)', () => {
  it('executive launch brief', () => {
    const brief = buildBrief(
      sample(),
      { kind: 'launch', itemId: 'sample-payment-links', audience: 'exec' },
      clock,
    );
    expect(brief).toMatchObject({
      title: 'Launch brief — Payment Links v2',
      number: 1,
      scopeKey: 'launch:sample-payment-links',
      fileName: 'brief-payment-links-v2-1.md',
    });
    expectGolden('launch-exec.md', brief.markdown);
  });

  it('full team launch brief', () => {
    const brief = buildBrief(
      sample(),
      { kind: 'launch', itemId: 'sample-payment-links', audience: 'team' },
      clock,
    );
    expectGolden('launch-team.md', brief.markdown);
  });

  it('portfolio brief for the default six weeks', () => {
    const brief = buildBrief(sample(), { kind: 'portfolio', ...range, filters: allFilters }, clock);
    expect(brief).toMatchObject({
      title: 'Portfolio brief — 26 Nov 2026 – 7 Jan 2027',
      scopeKey: 'portfolio:region=all;tier=all;kind=all',
      fileName: 'portfolio-brief-2026-11-26-to-2027-01-07-1.md',
    });
    expectGolden('portfolio.md', brief.markdown);
  });

  it('portfolio brief for one region (a regional go-to-market version)', () => {
    const filters = { region: 'EU', tier: null, kind: null };
    const brief = buildBrief(sample(), { kind: 'portfolio', ...range, filters }, clock);
    expect(brief.title).toBe('Portfolio brief (EU) — 26 Nov 2026 – 7 Jan 2027');
    expect(brief.scopeKey).toBe('portfolio:region=EU;tier=all;kind=all');
    expectGolden('portfolio-eu.md', brief.markdown);
  });

  it('second executive and portfolio briefs, after a date move, a sign-off and a conditional go', () => {
    const ws = secondRound();
    const exec = buildBrief(ws, { kind: 'launch', itemId: 'sample-payment-links', audience: 'exec' }, clock);
    expect(exec.number).toBe(2);
    expectGolden('launch-exec-second.md', exec.markdown);
    const portfolio = buildBrief(ws, { kind: 'portfolio', ...range, filters: allFilters }, clock);
    expect(portfolio.number).toBe(2);
    expectGolden('portfolio-second.md', portfolio.markdown);
  });
});
