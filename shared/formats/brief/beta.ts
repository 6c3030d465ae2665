/**
 * The full team brief's "Beta health": for a beta, its participants by status, each exit
 * criterion with its status and evidence, and what its feedback represents; for a launch, the
 * same for each of its betas. A launch without betas has no such section. Read from the beta
 * read models (views/betas.ts), the figures the beta's tab shows.
 */
import type { RootContent } from 'mdast';
import {
  EXIT_CRITERION_STATUS_LABELS,
  PARTICIPANT_STATUS_LABELS,
  type ParticipantStatus,
} from '../../domain/betas/schema';
import type { LaunchItem } from '../../domain/items/schema';
import { countOf } from '../../domain/text';
import { betaHealth, exitCriteriaOf } from '../../views/betas';
import { childrenByParent, NONE } from '../../views/indexes';
import { moneyWords } from './feedback';
import type { LaunchContext } from './launch';
import { bullets, heading, paragraph, strong, type Inline } from './markdown';
import { compareItems } from '../filters';

/** Who is in the beta now first, then who is coming, then who has left it. */
const STATUS_ORDER: readonly ParticipantStatus[] = ['active', 'invited', 'graduated', 'dropped'];

function betaSection(ctx: LaunchContext, beta: LaunchItem, level: 2 | 3): RootContent[] {
  const health = betaHealth(ctx.ws, beta.id, ctx.today);
  const { participants, criteria, feedback } = health;
  const out: RootContent[] = [heading(level, level === 2 ? 'Beta health' : `Beta health — ${beta.title}`)];
  const byStatus = STATUS_ORDER.filter((s) => participants.byStatus[s] > 0).map(
    (s) => `${participants.byStatus[s]} ${PARTICIPANT_STATUS_LABELS[s].toLowerCase()}`,
  );
  out.push(
    paragraph(
      participants.total
        ? `Participants: ${byStatus.join(', ')} (${participants.total} in all).`
        : 'Participants: none recorded.',
    ),
  );
  const list = exitCriteriaOf(ctx.ws, beta.id);
  out.push(
    paragraph(
      list.length
        ? `Exit criteria: ${criteria.met} of ${criteria.total} met.`
        : 'Exit criteria: none recorded, so nothing shows the beta is done.',
    ),
  );
  if (list.length)
    out.push(
      bullets(
        list.map((c): Inline[] => [
          strong(c.title),
          ` — ${EXIT_CRITERION_STATUS_LABELS[c.status]}`,
          ...(c.evidence.trim() ? ['; evidence: ', c.evidence] : []),
        ]),
      ),
    );
  out.push(
    paragraph(
      `Feedback from the beta: ${countOf(feedback.linked.length, 'item')}, ${countOf(feedback.accounts, 'account')}, ${moneyWords(feedback.revenueAtStake)} at stake; ${countOf(feedback.openCritical.length, 'critical item')} open.`,
    ),
  );
  return out;
}

export function betaResults(ctx: LaunchContext): RootContent[] {
  if (ctx.item.kind === 'beta') return betaSection(ctx, ctx.item, 2);
  const betas = (childrenByParent(ctx.ws).get(ctx.item.id) ?? NONE)
    .filter((child) => child.kind === 'beta' && !child.archived)
    .sort(compareItems);
  return betas.flatMap((beta) => betaSection(ctx, beta, 3));
}
