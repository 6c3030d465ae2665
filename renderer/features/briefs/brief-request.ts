/**
 * From the brief screen's choices to a brief: the request the brief builder takes, and the
 * built brief or the reason there is none, in words for the screen (an unknown launch, a
 * range that ends before it starts), never a crash.
 */
import type { Day } from '../../../shared/dates/days';
import type { Workspace } from '../../../shared/domain/workspace';
import {
  BriefError,
  buildBrief,
  defaultPortfolioRange,
  type BriefClock,
  type BriefRequest,
  type BuiltBrief,
} from '../../../shared/formats/brief';
import type { BriefScreenState } from '../../state/window';

export type BriefOutcome =
  | { status: 'built'; brief: BuiltBrief; request: BriefRequest; clock: BriefClock }
  /** A launch brief with no launch chosen yet. */
  | { status: 'choose-launch' }
  | { status: 'failed'; message: string };

/** The range the screen shows: the chosen ends, or the default (the next six weeks) for either one left open. */
export function rangeOf(state: BriefScreenState, today: Day): { from: Day; to: Day } {
  const range = defaultPortfolioRange(today);
  return { from: state.from ?? range.from, to: state.to ?? range.to };
}

/** The builder's request for the screen's choices; null while a launch brief has no launch. */
export function requestOf(state: BriefScreenState, today: Day): BriefRequest | null {
  if (state.kind === 'launch')
    return state.itemId ? { kind: 'launch', itemId: state.itemId, audience: state.audience } : null;
  return {
    kind: 'portfolio',
    ...rangeOf(state, today),
    filters: { region: state.region, tier: state.tier, kind: state.itemKind },
  };
}

/** Builds the brief the screen asks for, as of `clock`. */
export function briefFor(ws: Workspace, state: BriefScreenState, clock: BriefClock): BriefOutcome {
  const request = requestOf(state, clock.today);
  if (!request) return { status: 'choose-launch' };
  try {
    return { status: 'built', brief: buildBrief(ws, request, clock), request, clock };
  } catch (error) {
    if (error instanceof BriefError) return { status: 'failed', message: error.message };
    // A fault in the data (a record an older version stored, say) is named, not thrown at React.
    const detail = error instanceof Error ? error.message : String(error);
    return { status: 'failed', message: `The brief could not be written: ${detail}` };
  }
}

/** Whether two workspaces differ at most in their brief records (what recording a brief changes). */
export function sameBesidesBriefs(a: Workspace, b: Workspace): boolean {
  if (a === b) return true;
  const tables = Object.keys(a) as (keyof Workspace)[];
  return tables.every((table) => table === 'briefs' || a[table] === b[table]);
}
