/**
 * Readiness briefs in Markdown: a launch brief (for executives or the full team) and a
 * portfolio brief for a date range. Each is built as an mdast tree (the app previews that tree;
 * the Markdown is its serialisation), numbered per scope, and says what changed since the last
 * brief of its scope, read from the `briefs` table that recordBrief writes when a person
 * copies, saves or prints one. Deterministic: the clock is passed in, nothing reads the time
 * or the machine's locale, so the app and the command line give the same bytes.
 */
import type { Root, RootContent } from 'mdast';
import type { Day } from '../../dates/days';
import { BRIEFS_KEPT_PER_SCOPE, type BriefFacts, type BriefRecord } from '../../domain/briefs/schema';
import { ChangeBuilder, type Change } from '../../domain/change';
import type { CommandContext } from '../../domain/context';
import type { Collision } from '../../domain/items/collisions';
import type { LaunchItem } from '../../domain/items/schema';
import { KIND_LABELS } from '../../domain/primitives';
import { countOf } from '../../domain/text';
import { recordOf, type Workspace } from '../../domain/workspace';
import { rowsById } from '../../views/launch-rows';
import { compareFacts, type BriefChangeLine, type CompareOptions } from './changes';
import { collisionsTouching, launchBriefFacts, launchFamily, portfolioBriefFacts } from './facts';
import { header, keyDates, launchContext, readinessByFunction, statusLine, topRisks } from './launch';
import { betaResults } from './beta';
import { collisions, decisionLog, dependencies, openLines, waves } from './launch-team';
import { launchFeedback, portfolioFeedback } from './feedback';
import { bullets, heading, paragraph, root, serialise } from './markdown';
import {
  atRisk,
  decisionsNeeded,
  filterWords,
  launchesByWeek,
  portfolioCollisions,
  portfolioCollisionsOf,
  portfolioSummary,
  readinessTable,
  type PortfolioInput,
} from './portfolio';
import {
  briefsByScope,
  checkPortfolioRequest,
  latestBriefOf,
  launchOf,
  portfolioLaunches,
  scopeKeyOf,
  type BriefClock,
  type BriefRequest,
} from './scope';
import { BriefError, dayWords, instantWords, rangeWords, slug } from './words';

export { BriefError } from './words';
export { defaultPortfolioRange } from './scope';
export type { BriefAudience, BriefClock, BriefRequest, LaunchKind, PortfolioFilters } from './scope';

export interface BuiltBrief {
  /** The mdast syntax tree: the app previews this through mdast-util-to-hast. */
  tree: Root;
  /** The tree serialised with fixed options (GitHub-flavoured tables). */
  markdown: string;
  /** "Launch brief — Payment links" / "Portfolio brief — 30 Nov – 10 Jan 2027". */
  title: string;
  /** Brief #N of this scope. */
  number: number;
  /** 'launch:<itemId>' or 'portfolio:region=…;tier=…;kind=…' (dates are not part of it). */
  scopeKey: string;
  /** A suggested file name without a path, e.g. 'brief-payment-links-v2-3.md'. */
  fileName: string;
}

/** Changes the executive brief lists before "and N more". */
export const EXEC_CHANGES = 5;
/** Risks the executive brief lists. */
export const EXEC_RISKS = 3;

/** What a brief is about, worked out once for building and for recording it. */
interface Scoped {
  scopeKey: string;
  number: number;
  previous: BriefRecord | null;
  title: string;
  fileName: string;
  /** The facts it shows, worked out when asked: only a brief with a predecessor or a record needs them. */
  facts: () => BriefFacts;
  /** The collisions the brief shows, by key (keyText). */
  collisions: ReadonlyMap<string, Collision>;
  /** The launch (launch briefs) or the portfolio's launches. */
  item: LaunchItem | null;
  launches: readonly LaunchItem[];
}

function scoped(ws: Workspace, request: BriefRequest, today: Day): Scoped {
  const scopeKey = scopeKeyOf(request);
  const previous = latestBriefOf(ws, scopeKey);
  const number = (previous?.number ?? 0) + 1;
  if (request.kind === 'launch') {
    const item = launchOf(ws, request.itemId);
    const family = launchFamily(ws, item);
    const collisions = collisionsTouching(ws, family);
    return {
      scopeKey,
      number,
      previous,
      title: `Launch brief — ${item.title}`,
      fileName: `brief-${slug(item.title)}-${number}.md`,
      facts: () => launchBriefFacts(ws, family, today, collisions),
      collisions,
      item,
      launches: family,
    };
  }
  const { from, to, filters } = request;
  checkPortfolioRequest(ws, from, to, filters);
  const launches = portfolioLaunches(ws, from, to, filters);
  const collisions = portfolioCollisionsOf(ws, launches, filters.region);
  const filterTag = [
    filters.region,
    filters.tier ? `Tier ${filters.tier}` : null,
    filters.kind ? KIND_LABELS[filters.kind] : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
  return {
    scopeKey,
    number,
    previous,
    title: `Portfolio brief${filterTag ? ` (${filterTag})` : ''} — ${rangeWords(from, to)}`,
    fileName: `portfolio-brief-${filterTag ? `${slug(filterTag)}-` : ''}${from}-to-${to}-${number}.md`,
    facts: () => portfolioBriefFacts(ws, launches, today, collisions),
    collisions,
    item: null,
    launches,
  };
}

/** "Changed since the last brief": every change for the team, at most five for executives. */
function changesSection(
  ws: Workspace,
  scope: Scoped,
  options: Omit<CompareOptions, 'order' | 'collisions'>,
  limit: number,
  firstText: string,
): RootContent[] {
  const title = heading(2, 'Changed since the last brief');
  const previous = scope.previous;
  if (!previous) return [title, paragraph(firstText)];
  const order = new Map(scope.launches.map((item, index) => [item.id, index]));
  const changes: BriefChangeLine[] = compareFacts(ws, previous.facts, scope.facts(), {
    ...options,
    order,
    collisions: scope.collisions,
  });
  const since = `Since Brief #${previous.number} (${instantWords(previous.asOf)})`;
  if (!changes.length) return [title, paragraph(`${since}: nothing changed.`)];
  const shown = changes.slice(0, limit);
  const more = changes.length - shown.length;
  return [
    title,
    paragraph(`${since}:`),
    bullets(shown.map((c) => c.parts)),
    ...(more > 0 ? [paragraph(`And ${countOf(more, 'more change')}.`)] : []),
  ];
}

/** Builds a brief; throws BriefError (with a message for people) when it cannot. */
export function buildBrief(ws: Workspace, request: BriefRequest, clock: BriefClock): BuiltBrief {
  const asOf = instantWords(clock.now);
  const scope = scoped(ws, request, clock.today);
  const children: RootContent[] = [];
  if (request.kind === 'launch') {
    const ctx = launchContext(ws, scope.item!, clock.today);
    const team = request.audience === 'team';
    const changeOptions = {
      today: clock.today,
      range: null,
      joinedText: 'New in this launch',
      leftText: 'No longer part of this launch',
    };
    children.push(
      ...header(ctx, scope.number, asOf),
      statusLine(ctx),
      ...keyDates(ctx, team),
      ...readinessByFunction(ctx),
      ...changesSection(
        ws,
        scope,
        changeOptions,
        team ? Infinity : EXEC_CHANGES,
        'First brief for this launch.',
      ),
      ...topRisks(ctx, team ? Infinity : EXEC_RISKS),
    );
    if (team)
      children.push(
        ...openLines(ctx),
        ...dependencies(ctx),
        ...waves(ctx),
        ...betaResults(ctx),
        ...collisions(ctx),
        ...decisionLog(ctx),
        ...launchFeedback(ctx),
      );
  } else {
    const input: PortfolioInput = {
      ws,
      launches: scope.launches,
      from: request.from,
      to: request.to,
      filters: request.filters,
      today: clock.today,
      rows: rowsById(ws, clock.today),
      collisions: scope.collisions,
    };
    const filters = filterWords(ws, request.filters);
    children.push(
      heading(1, scope.title),
      paragraph(
        [
          ...(request.filters.region
            ? [`Regional go-to-market version: ${filters[0]}`, ...filters.slice(1)]
            : filters.length
              ? filters
              : ['All regions, tiers and kinds']),
          `Brief #${scope.number}`,
          `Data as of ${asOf}`,
        ].join(' · '),
      ),
      portfolioSummary(input),
      ...launchesByWeek(input),
      ...atRisk(input),
      ...portfolioCollisions(input),
      ...readinessTable(input),
      ...portfolioFeedback(input),
      ...decisionsNeeded(input),
      ...changesSection(
        ws,
        scope,
        {
          today: clock.today,
          range: { from: request.from, to: request.to },
          joinedText: 'Added',
          leftText: 'No longer in this brief',
        },
        Infinity,
        'First brief for this portfolio.',
      ),
    );
  }
  const tree = root(children);
  return {
    tree,
    markdown: serialise(tree),
    title: scope.title,
    number: scope.number,
    scopeKey: scope.scopeKey,
    fileName: scope.fileName,
  };
}

/**
 * Records that this brief was generated (scope, time, a compact snapshot of the facts it
 * showed), so the next brief of the same scope says what changed and numbers itself. One
 * undoable Change on the `briefs` table, which also deletes the scope's records beyond the
 * latest ten (the numbers keep counting). Call it when the person copies, saves or prints.
 * `expectedNumber` is the number on the brief handed out: when another window recorded that
 * number meanwhile, the brief is refused (a BriefError) rather than recorded under another one.
 */
export function recordBrief(
  ws: Workspace,
  request: BriefRequest,
  clock: BriefClock,
  ctx: CommandContext,
  expectedNumber?: number,
): Change {
  instantWords(clock.now); // refuses a clock that is not a UTC instant, as buildBrief does
  const scope = scoped(ws, request, clock.today);
  if (expectedNumber !== undefined && expectedNumber !== scope.number)
    throw new BriefError(
      `Brief #${expectedNumber} cannot be recorded: the briefs recorded for its scope changed meanwhile, and this brief is now #${scope.number}.`,
    );
  const record: BriefRecord = {
    id: ctx.newId(),
    scopeKey: scope.scopeKey,
    number: scope.number,
    kind: request.kind,
    audience: request.kind === 'launch' ? request.audience : null,
    itemId: request.kind === 'launch' ? request.itemId : null,
    from: request.kind === 'portfolio' ? request.from : null,
    to: request.kind === 'portfolio' ? request.to : null,
    filters: request.kind === 'portfolio' ? { ...request.filters } : null,
    title: scope.title,
    generatedAt: ctx.now,
    asOf: clock.now,
    facts: scope.facts(),
  };
  const builder = new ChangeBuilder(ws).put('briefs', record);
  const older = briefsByScope(ws).get(scope.scopeKey) ?? [];
  for (const old of older.slice(BRIEFS_KEPT_PER_SCOPE - 1)) builder.delete('briefs', old.id);
  return builder.build(`Record brief #${scope.number}: ${scope.title}`);
}

/** The number the next brief of the request's scope takes: one more than the latest recorded. */
export function nextBriefNumber(ws: Pick<Workspace, 'briefs'>, request: BriefRequest): number {
  return (latestBriefOf(ws, scopeKeyOf(request))?.number ?? 0) + 1;
}

/**
 * The launch item named by `text`: its id exactly, else its title in any case (trimmed), else
 * null. Two items with that title are ambiguous: a BriefError names them with their ids.
 */
export function findLaunchByIdOrTitle(ws: Workspace, text: string): LaunchItem | null {
  const byId = recordOf(ws.items, text);
  if (byId) return byId;
  const wanted = text.trim().toLowerCase();
  if (!wanted) return null;
  const matches = Object.values(ws.items)
    .filter((item) => item.title.trim().toLowerCase() === wanted)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  if (matches.length > 1)
    throw new BriefError(
      `${matches.length} launch items are called “${text.trim()}”: ${matches
        .map((m) => `${m.id} (${m.launchDate ? dayWords(m.launchDate) : 'no launch date'})`)
        .join(', ')}. Give the id instead.`,
    );
  return matches[0] ?? null;
}
