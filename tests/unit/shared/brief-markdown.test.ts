/**
 * User text in a brief stays text: random titles, names and notes — Markdown syntax, HTML,
 * newlines, unicode — are written into the briefs, the Markdown is read back (CommonMark + GFM)
 * and every block reads as the tree said, with each user string intact (newlines as spaces).
 * mdast-util-to-markdown, serialising the same trees, reads back the same.
 */
import fc from 'fast-check';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/domain/workspace';
import { buildBrief, defaultPortfolioRange } from '../../../shared/formats/brief';
import { escapeText, serialise } from '../../../shared/formats/brief/markdown';
import { leafBlocks, nodeTypes, parseMarkdown, squeeze } from '../../fixtures/markdown';
import { NOW, sample, TODAY } from '../../fixtures/workspace';

const clock = { today: TODAY, now: NOW };
// Each run builds three briefs and reads them back: seconds, not milliseconds, on a busy machine.
const ITEM = 'sample-payment-links';

const NASTY = [
  '|',
  '*',
  '**',
  '_',
  '#',
  '# ',
  '`',
  '```',
  '<script>alert(1)</script>',
  '\n',
  '\r\n',
  '\u2028',
  '- ',
  '+ ',
  '1. ',
  '2) ',
  '> ',
  '[x] ',
  '[link](http://example.com)',
  '![img](x.png)',
  '&amp;',
  '&#35;',
  '\\',
  '~~',
  '===',
  '---',
  '    ',
  '\t',
  'www.example.com',
  '<http://example.com>',
  '\0',
  'é',
  '漢字',
  '👩🏽‍🚀',
];

/** A non-blank string of Markdown syntax, HTML, newlines, unicode and plain words. */
const userText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...NASTY),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''))
  .filter((text) => text.trim() !== '');

interface Strings {
  title: string;
  owner: string;
  approver: string;
  line: string;
  functionName: string;
  decidedBy: string;
  milestone: string;
  feedback: string;
}

/** The sample with user strings written straight into the records a brief shows. */
function withStrings(s: Strings): Workspace {
  const ws = sample();
  const item = ws.items[ITEM]!;
  ws.items[ITEM] = { ...item, title: s.title };
  ws.people[item.ownerId!] = { ...ws.people[item.ownerId!]!, name: s.owner };
  ws.people[item.approverIds[0]!] = { ...ws.people[item.approverIds[0]!]!, name: s.approver };
  const line = Object.values(ws.readiness).find((r) => r.itemId === ITEM && r.status === 'blocked')!;
  ws.readiness[line.id] = { ...line, title: s.line };
  const settings = ws.settings.workspace!;
  ws.settings.workspace = {
    ...settings,
    functions: settings.functions.map((f) => (f.id === line.functionId ? { ...f, name: s.functionName } : f)),
  };
  ws.decisions.d = {
    id: 'd',
    itemId: ITEM,
    outcome: 'no-go',
    decidedBy: s.decidedBy,
    decidedOn: TODAY,
    conditions: '',
    riskAcceptedBy: '',
    reevaluateOn: '2026-12-01',
    notes: s.title,
    recordedAt: NOW,
  };
  ws.milestones.m = { id: 'm', itemId: ITEM, title: `Go/no-go ${s.milestone}`, date: '2026-12-10' };
  ws.feedback['sample-f2'] = { ...ws.feedback['sample-f2']!, title: s.feedback, account: s.owner };
  return ws;
}

const STRINGS = fc.record({
  title: userText,
  owner: userText,
  approver: userText,
  line: userText,
  functionName: userText,
  decidedBy: userText,
  milestone: userText,
  feedback: userText,
});

const MARKDOWN_NODES = new Set(['root', 'heading', 'paragraph', 'text', 'strong', 'list', 'listItem']);
const TABLE_NODES = new Set(['table', 'tableRow', 'tableCell']);

/** Reads the Markdown back and checks it against the tree that made it. */
function expectReadsAsTree(tree: Root, markdown: string) {
  const parsed = parseMarkdown(markdown);
  // No raw HTML, code, links made of brackets, images or rules came out of user text; a
  // bare www./http address may become a GFM autolink, whose text is the address itself.
  for (const type of nodeTypes(parsed))
    expect(MARKDOWN_NODES.has(type) || TABLE_NODES.has(type) || type === 'link', type).toBe(true);
  expect(leafBlocks(parsed)).toEqual(leafBlocks(tree));
  return parsed;
}

describe('user text in briefs', () => {
  it('reads back as the tree says, every user string intact', () => {
    fc.assert(
      fc.property(STRINGS, (strings) => {
        const ws = withStrings(strings);
        const requests = [
          { kind: 'launch', itemId: ITEM, audience: 'exec' },
          { kind: 'launch', itemId: ITEM, audience: 'team' },
          {
            kind: 'portfolio',
            ...defaultPortfolioRange(TODAY),
            filters: { region: null, tier: null, kind: null },
          },
        ] as const;
        const texts = requests.map((request) => {
          const brief = buildBrief(ws, request, clock);
          const parsed = expectReadsAsTree(brief.tree, brief.markdown);
          return leafBlocks(parsed)
            .map((b) => b.text)
            .join('\n');
        });
        const [exec, team, portfolio] = texts as [string, string, string];
        const intact = (value: string) => squeeze(value.replace(/\0/g, '\ufffd'));
        expect(exec).toContain(intact(strings.title));
        expect(exec).toContain(intact(strings.approver));
        expect(exec).toContain(intact(strings.decidedBy));
        expect(exec).toContain(intact(strings.line));
        expect(exec).toContain(intact(strings.functionName));
        for (const value of Object.values(strings)) expect(team).toContain(intact(value));
        expect(portfolio).toContain(intact(strings.title));
      }),
      { numRuns: 30 },
    );
  }, 300_000);

  it('mdast-util-to-markdown reads back the same from the same trees', () => {
    fc.assert(
      fc.property(STRINGS, (strings) => {
        const brief = buildBrief(
          withStrings(strings),
          { kind: 'launch', itemId: ITEM, audience: 'team' },
          clock,
        );
        const reference = toMarkdown(brief.tree, { extensions: [gfmToMarkdown()] });
        expect(leafBlocks(parseMarkdown(serialise(brief.tree)))).toEqual(
          leafBlocks(parseMarkdown(reference)),
        );
      }),
      { numRuns: 10 },
    );
  }, 300_000);

  it('escapes only what Markdown would read as syntax, so plain titles stay readable', () => {
    expect(escapeText('Sales & Account management — Usage-based billing (v2)', 'inline')).toBe(
      'Sales & Account management — Usage-based billing (v2)',
    );
    expect(escapeText('a|b *c* _d_ `e` <f> [g] ~h~ &amp; \\', 'inline')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\`e\\` \\<f> \\[g\\] \\~h\\~ \\&amp; \\\\',
    );
    expect(escapeText('C# #1', 'inline')).toBe('C# #1');
    expect(escapeText('C# #1', 'heading')).toBe('C\\# \\#1');
    expect(escapeText('- item', 'line-start')).toBe('\\- item');
    expect(escapeText('2026. A year', 'line-start')).toBe('2026\\. A year');
    expect(escapeText('> quoted', 'line-start')).toBe('\\> quoted');
    expect(escapeText('    code?', 'line-start')).toBe('code?');
  });
});
