/** The feedback inbox read model: scores, filters, orders, groups with totals, merged duplicates hidden. */
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { mergeFeedback } from '../../../shared/domain/feedback/commands';
import type { Workspace } from '../../../shared/domain/workspace';
import {
  feedbackByItemId,
  feedbackEntries,
  feedbackItemLinks,
  feedbackThemes,
  inboxOf,
  launchFamilyIds,
  linkOf,
  NO_FEEDBACK_FILTER,
} from '../../../shared/views/feedback';
import { feedback } from '../../fixtures/feedback';
import { add, item, laterContext } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

function workspace(): Workspace {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('pay', { title: 'Payment Links' }),
    item('beta', { title: 'Payment Links beta', kind: 'beta', parentId: 'pay' }),
    item('usage', { title: 'Usage billing' }),
  );
  add(
    ws,
    'feedback',
    feedback('a', {
      title: 'Links expire',
      account: 'Northwind',
      source: 'beta',
      region: 'NA',
      severity: 3,
      accountCount: 14,
      revenueAtStake: 120000,
      itemId: 'beta',
      tags: ['Expiry'],
      createdAt: '2026-11-01T00:00:00.000Z',
    }),
    feedback('b', {
      title: 'VAT on receipts',
      account: 'Contoso',
      source: 'sales',
      region: 'EU',
      severity: 4,
      accountCount: 9,
      revenueAtStake: 450000,
      itemId: 'pay',
      tags: ['Tax', 'Receipts'],
      createdAt: '2026-11-02T00:00:00.000Z',
    }),
    feedback('c', {
      title: 'Alerts late',
      detail: 'Usage ALERTS arrive a day late',
      account: 'Fabrikam',
      region: 'NA',
      severity: 3,
      accountCount: 5,
      revenueAtStake: 80000,
      itemId: 'usage',
      status: 'triaged',
      createdAt: '2026-11-03T00:00:00.000Z',
    }),
    feedback('d', {
      title: 'Expired link',
      account: 'Adventure Works',
      source: 'beta',
      severity: 4,
      accountCount: 6,
      revenueAtStake: 90000,
      itemId: 'beta',
      tags: ['expiry'],
      createdAt: '2026-11-04T00:00:00.000Z',
    }),
  );
  return ws;
}

const titles = (ws: Workspace, filter = {}, sort?: Parameters<typeof inboxOf>[2]) =>
  inboxOf(ws, { ...NO_FEEDBACK_FILTER, ...filter }, sort).entries.map((e) => e.f.title);

describe('feedback inbox', () => {
  it('lists by score by default, with totals', () => {
    const inbox = inboxOf(workspace(), NO_FEEDBACK_FILTER);
    expect(inbox.entries.map((e) => e.f.title)).toEqual([
      'VAT on receipts',
      'Expired link',
      'Links expire',
      'Alerts late',
    ]);
    expect(inbox.totals).toEqual({ count: 4, accounts: 34, revenue: 740000 });
    expect(inbox.entries[0]!.score).toBeGreaterThan(inbox.entries[1]!.score);
  });

  it('sorts by newest, revenue, accounts and severity', () => {
    const ws = workspace();
    expect(titles(ws, {}, 'newest')).toEqual([
      'Expired link',
      'Alerts late',
      'VAT on receipts',
      'Links expire',
    ]);
    expect(titles(ws, {}, 'revenue')).toEqual([
      'VAT on receipts',
      'Links expire',
      'Expired link',
      'Alerts late',
    ]);
    expect(titles(ws, {}, 'accounts')).toEqual([
      'Links expire',
      'VAT on receipts',
      'Expired link',
      'Alerts late',
    ]);
    expect(titles(ws, {}, 'severity')).toEqual([
      'VAT on receipts',
      'Expired link',
      'Links expire',
      'Alerts late',
    ]);
  });

  it('searches title, detail and account in any case, every word', () => {
    const ws = workspace();
    expect(titles(ws, { query: 'alerts' })).toEqual(['Alerts late']);
    expect(titles(ws, { query: 'DAY fabrikam' })).toEqual(['Alerts late']);
    expect(titles(ws, { query: 'contoso' })).toEqual(['VAT on receipts']);
    expect(titles(ws, { query: 'nothing like it' })).toEqual([]);
  });

  it('filters by launch (with its betas), source, region, theme, status and severity', () => {
    const ws = workspace();
    expect(titles(ws, { launchId: 'pay' })).toEqual(['VAT on receipts', 'Expired link', 'Links expire']);
    expect(titles(ws, { launchId: 'beta' })).toEqual(['Expired link', 'Links expire']);
    expect(titles(ws, { source: 'beta' })).toEqual(['Expired link', 'Links expire']);
    expect(titles(ws, { region: 'NA' })).toEqual(['Links expire', 'Alerts late']);
    expect(titles(ws, { region: '-' })).toEqual(['Expired link']);
    expect(titles(ws, { tag: 'EXPIRY' })).toEqual(['Expired link', 'Links expire']);
    expect(titles(ws, { status: 'triaged' })).toEqual(['Alerts late']);
    expect(titles(ws, { severity: 4 })).toEqual(['VAT on receipts', 'Expired link']);
  });

  it('groups with totals per group: launches by revenue, unlinked last; themes once each', () => {
    const ws = workspace();
    const byLaunch = inboxOf(ws, NO_FEEDBACK_FILTER, 'score', 'launch').groups;
    expect(byLaunch.map((g) => [g.label, g.count, g.accounts, g.revenue])).toEqual([
      ['Payment Links', 3, 29, 660000],
      ['Usage billing', 1, 5, 80000],
    ]);
    const byTheme = inboxOf(ws, NO_FEEDBACK_FILTER, 'score', 'theme').groups;
    expect(byTheme.map((g) => [g.label, g.count])).toEqual([
      ['Receipts', 1],
      ['Tax', 1],
      ['Expiry', 2],
      ['No theme', 1],
    ]);
    const byStatus = inboxOf(ws, NO_FEEDBACK_FILTER, 'score', 'status').groups;
    expect(byStatus.map((g) => g.label)).toEqual(['New', 'Triaged']);
    expect(feedbackThemes(ws)).toEqual(['Expiry', 'Receipts', 'Tax']);
  });

  it('hides merged duplicates unless asked, and lists them under the record kept', () => {
    const ws = workspace();
    const merged = applyChange(ws, mergeFeedback(ws, 'a', ['d'], laterContext()));
    const inbox = inboxOf(merged, NO_FEEDBACK_FILTER);
    expect(inbox.entries.map((e) => e.f.id)).toEqual(['a', 'b', 'c']);
    expect(inbox.total).toBe(3);
    // Counts kept: the merged record carries both accounts and revenues.
    expect(inbox.totals).toEqual({ count: 3, accounts: 34, revenue: 740000 });
    expect(titles(merged, { showMerged: true })).toHaveLength(4);
    // Shown, the duplicate is a row but its figures are not counted twice, in the totals or its group.
    const shown = inboxOf(merged, { ...NO_FEEDBACK_FILTER, showMerged: true }, 'score', 'launch');
    expect(shown.totals).toEqual({ count: 4, accounts: 34, revenue: 740000 });
    expect(shown.groups.map((g) => [g.label, g.count, g.accounts, g.revenue])).toEqual([
      ['Payment Links', 3, 29, 660000],
      ['Usage billing', 1, 5, 80000],
    ]);
    expect(
      feedbackEntries(merged)
        .duplicatesOf.get('a')!
        .map((e) => e.f.id),
    ).toEqual(['d']);
  });

  it('is the same result for the same workspace and filter (memoised)', () => {
    const ws = workspace();
    expect(inboxOf(ws, NO_FEEDBACK_FILTER)).toBe(inboxOf(ws, { ...NO_FEEDBACK_FILTER }));
  });

  it('a launch’s feedback is the launch and everything under it, nested', () => {
    const ws = add(
      workspace(),
      'items',
      item('wave', { title: 'Payment Links beta, wave 1', kind: 'rollout', parentId: 'beta' }),
    );
    add(ws, 'feedback', feedback('w', { title: 'Wave feedback', itemId: 'wave', accountCount: 1 }));
    expect([...launchFamilyIds(ws, 'pay')].sort()).toEqual(['beta', 'pay', 'wave']);
    expect(titles(ws, { launchId: 'pay' })).toContain('Wave feedback');
    expect(titles(ws, { launchId: 'beta' })).toContain('Wave feedback');
    expect(titles(ws, { launchId: 'usage' })).not.toContain('Wave feedback');
    expect(linkOf(feedbackItemLinks(ws), 'wave')).toEqual({
      itemTitle: 'Payment Links beta, wave 1',
      launchId: 'pay',
      launchTitle: 'Payment Links',
    });
  });

  it('entries and their orders are kept when only an item changes (titles are looked up apart)', () => {
    const ws = workspace();
    const sorted = inboxOf(ws, NO_FEEDBACK_FILTER, 'revenue');
    const renamed = { ...ws, items: { ...ws.items, pay: { ...ws.items.pay!, title: 'Links' } } };
    expect(feedbackEntries(renamed)).toBe(feedbackEntries(ws));
    expect(inboxOf(renamed, NO_FEEDBACK_FILTER, 'revenue').entries).toEqual(sorted.entries);
    expect(linkOf(feedbackItemLinks(renamed), 'beta').launchTitle).toBe('Links');
    const byLaunch = inboxOf(renamed, NO_FEEDBACK_FILTER, 'score', 'launch').groups.map((g) => g.label);
    expect(byLaunch).toEqual(['Links', 'Usage billing']);
  });

  it('feedback by item: merged duplicates left out, by score', () => {
    const ws = workspace();
    const merged = applyChange(ws, mergeFeedback(ws, 'a', ['d'], laterContext()));
    expect(
      feedbackByItemId(merged)
        .get('beta')!
        .map((e) => e.f.id),
    ).toEqual(['a']);
    expect(
      feedbackByItemId(ws)
        .get('beta')!
        .map((e) => e.f.id),
    ).toEqual(['d', 'a']);
    expect(
      feedbackByItemId(ws)
        .get('pay')!
        .map((e) => e.f.id),
    ).toEqual(['b']);
  });
});
