/**
 * The brief a command line asks for (brief, and export --format md): the launch or portfolio
 * request, and the clock — today from --today or the machine, "data as of" from the file's own
 * export time, since the data is only as fresh as the export — then buildBrief, the function
 * the app's brief screen calls, so the bytes are the app's.
 */
import type { Day } from '../shared/dates/days';
import { KINDS, TIERS, type Kind, type Tier } from '../shared/domain/primitives';
import type { Workspace } from '../shared/domain/workspace';
import {
  BriefError,
  buildBrief,
  defaultPortfolioRange,
  findLaunchByIdOrTitle,
  type BriefAudience,
  type BriefClock,
  type BriefRequest,
  type BuiltBrief,
} from '../shared/formats/brief';
import { choiceOption, dayOption, requireWith, stringOption } from './args';
import { UsageError, type OptionsConfig, type ParsedArgs } from './command';
import { dataAsOf, type CliIo, type LoadedWorkspace } from './io';

export const BRIEF_OPTIONS: OptionsConfig = {
  launch: { type: 'string' },
  audience: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  region: { type: 'string' },
  tier: { type: 'string' },
  kind: { type: 'string' },
};

export const AUDIENCES: readonly BriefAudience[] = ['exec', 'team'];
const TIER_CHOICES = TIERS.map(String);

export const BRIEF_OPTION_LINES = `  --launch ID|TITLE    A launch brief for this launch item (its id, or its exact title in
                       any case)
  --audience WHO       With --launch: exec, the one-page executive brief (default), or
                       team, the full team brief
  --from YYYY-MM-DD    Portfolio: the first launch day covered (default: today)
  --to YYYY-MM-DD      Portfolio: the last launch day covered (default: 6 weeks after --from)
  --region CODE        Portfolio: only launches planned in this region (e.g. EU)
  --tier 1|2|3         Portfolio: only launches of this tier
  --kind KIND          Portfolio: only betas, launches or rollouts (beta, launch, rollout)`;

export const DATA_AS_OF_NOTE = `"Data as of" is when FILE was exported (its exportedAt), not when the brief is
made: the brief is only as fresh as the file. The brief's number follows the briefs
recorded in FILE; the command line does not change FILE.`;

/** The launch named by --launch (id, else exact title in any case); a wrong name is a usage error. */
export function launchIdOf(ws: Workspace, text: string): string {
  let item;
  try {
    item = findLaunchByIdOrTitle(ws, text);
  } catch (error) {
    if (error instanceof BriefError) throw new UsageError(`--launch: ${sentence(error.message)}`);
    throw error;
  }
  if (!item) throw new UsageError(`--launch '${text}' is neither the id nor the title of a launch item`);
  return item.id;
}

/** A BriefError's sentence as part of one usage line (its final full stop is added by the caller). */
const sentence = (message: string) => message.replace(/\.$/, '');

/**
 * The request the options describe: a launch brief with --launch, otherwise a portfolio brief.
 * Options of the other kind are refused rather than ignored. Everything about the command line
 * is checked at once, before FILE is read (a wrong option is exit 2 even when FILE is missing);
 * only finding the launch needs the workspace, so the request comes back as a function of it.
 */
export function briefRequestOf(args: ParsedArgs, today: Day): (ws: Workspace) => BriefRequest {
  const launch = stringOption(args, 'launch');
  if (launch !== undefined) {
    requireWith(args, ['from', 'to', 'region', 'tier', 'kind'], 'without --launch', 'a portfolio brief');
    const audience = choiceOption(args, 'audience', AUDIENCES) ?? 'exec';
    return (ws) => ({ kind: 'launch', itemId: launchIdOf(ws, launch), audience });
  }
  requireWith(args, ['audience'], '--launch', 'a launch brief');
  const from = dayOption(args, 'from') ?? defaultPortfolioRange(today).from;
  const to = dayOption(args, 'to') ?? defaultPortfolioRange(from).to;
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const tier = choiceOption(args, 'tier', TIER_CHOICES);
  const filters = {
    region: stringOption(args, 'region') ?? null,
    tier: tier === undefined ? null : (Number(tier) as Tier),
    kind: choiceOption<Kind>(args, 'kind', KINDS) ?? null,
  };
  return () => ({ kind: 'portfolio', from, to, filters });
}

/** The brief's clock: `today` as given, and "data as of" when the file's data was exported. */
export async function briefClockOf(
  file: string,
  loaded: LoadedWorkspace,
  today: Day,
  io: CliIo,
): Promise<BriefClock> {
  return { today, now: await dataAsOf(file, loaded, io) };
}

/** buildBrief, with a refusal (an unknown region…) as a usage error: it is the request that is wrong. */
export function renderBrief(ws: Workspace, request: BriefRequest, clock: BriefClock): BuiltBrief {
  try {
    return buildBrief(ws, request, clock);
  } catch (error) {
    if (error instanceof BriefError) throw new UsageError(sentence(error.message));
    throw error;
  }
}
