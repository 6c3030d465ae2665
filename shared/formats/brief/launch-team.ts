/**
 * The sections only the full team brief has: every open readiness line per function (owner,
 * due as T-offset and day, status, sign-off, overdue), dependencies both ways, betas and waves
 * with their gate criteria, collisions and the decision log (beta results and feedback: feedback.ts).
 */
import type { RootContent } from 'mdast';
import { DECISION_LABELS } from '../../domain/decisions/schema';
import { collisionReason } from '../../domain/items/health';
import type { LaunchItem } from '../../domain/items/schema';
import { HEALTH_LABELS, KIND_LABELS } from '../../domain/primitives';
import { READINESS_STATUS_LABELS } from '../../domain/readiness/commands';
import { isClosed } from '../../domain/readiness/rules';
import { byRank } from '../../domain/ranks';
import { countOf } from '../../domain/text';
import { recordOf } from '../../domain/workspace';
import { dependantsByItem, NONE } from '../../views/indexes';
import { rolloutOf } from '../../views/launch-page';
import { acknowledgedText, collisionsTouching, launchFamily, rowOf } from './facts';
import { dueWords, isOverdue, type LaunchContext } from './launch';
import { bullets, heading, paragraph, strong, type Inline } from './markdown';
import { compareItems } from '../filters';
import { dayWords, launchDayWords, listWords, personName } from './words';

export function openLines(ctx: LaunchContext): RootContent[] {
  const { ws, item, today } = ctx;
  const out: RootContent[] = [heading(2, 'Open readiness items')];
  if (!ctx.byFunction.length) return [...out, paragraph('No readiness lines yet.')];
  const allDone: string[] = [];
  for (const { name, lines } of ctx.byFunction) {
    const open = lines.filter((r) => !isClosed(r));
    // "No green without evidence": a line marked done with nothing to show is flagged.
    const unproven = lines.filter((r) => r.status === 'done' && r.evidence.trim() === '');
    if (!open.length && !unproven.length) {
      allDone.push(name);
      continue;
    }
    const done = lines.length - open.length;
    out.push(heading(3, `${name} (${done}/${lines.length} done)`));
    out.push(
      bullets([
        ...open.map((r): Inline[] => [
          ...(isOverdue(r, item, today) ? [strong('Overdue'), ' '] : []),
          strong(r.title),
          ' — ',
          personName(ws, r.ownerId),
          `; due ${dueWords(r, item)}; ${READINESS_STATUS_LABELS[r.status]}`,
          r.requiredSignOff ? '; required sign-off' : '',
        ]),
        ...unproven.map((r): Inline[] => [strong(r.title), ' — done without evidence']),
      ]),
    );
  }
  if (allDone.length) out.push(paragraph(`Nothing open in ${listWords(allDone)}.`));
  return out;
}

function itemLine(ctx: LaunchContext, other: LaunchItem): Inline[] {
  const row = rowOf(ctx.ws, other.id, ctx.today);
  return [
    strong(other.title),
    ` — ${row.stageName}; T-0 ${launchDayWords(other, ctx.today)}; ${HEALTH_LABELS[row.health.health]}`,
  ];
}

export function dependencies(ctx: LaunchContext): RootContent[] {
  const { ws, item } = ctx;
  const on = item.dependsOn.map((id) => recordOf(ws.items, id)).filter((d): d is LaunchItem => !!d);
  const waiting = (dependantsByItem(ws).get(item.id) ?? NONE).filter((d) => !d.archived);
  const out: RootContent[] = [heading(2, 'Dependencies')];
  if (!on.length && !waiting.length) return [...out, paragraph('No dependencies either way.')];
  if (on.length) out.push(paragraph('This launch depends on:'), bullets(on.map((d) => itemLine(ctx, d))));
  if (waiting.length)
    out.push(
      paragraph('Waiting on this launch:'),
      bullets([...waiting].sort(compareItems).map((d) => itemLine(ctx, d))),
    );
  return out;
}

export function waves(ctx: LaunchContext): RootContent[] {
  const { ws, item, today } = ctx;
  const rollout = rolloutOf(ws, item.id, today);
  const out: RootContent[] = [heading(2, 'Betas and rollout waves')];
  if (!rollout.length) return [...out, paragraph('No betas or rollout waves under this launch.')];
  return [
    ...out,
    bullets(
      rollout.map(({ row, openSignOffs }): Inline[] => {
        const wave = row.item;
        const where = wave.regions.length ? wave.regions.join(', ') : 'no region';
        const gate = openSignOffs.length
          ? `gate: ${countOf(openSignOffs.length, 'required sign-off')} open (`
          : 'gate: every required sign-off done';
        return [
          strong(wave.title),
          ` — ${KIND_LABELS[wave.kind]}, ${where}; T-0 ${launchDayWords(wave, today)}; ${row.stageName}; ${HEALTH_LABELS[row.health.health]}; ${gate}`,
          ...(openSignOffs.length
            ? [
                [...openSignOffs]
                  .sort(byRank)
                  .map((r) => r.title)
                  .join(', '),
                ')',
              ]
            : []),
        ];
      }),
    ),
  ];
}

export function collisions(ctx: LaunchContext): RootContent[] {
  const family = launchFamily(ctx.ws, ctx.item);
  const found = [...collisionsTouching(ctx.ws, family).values()];
  const out: RootContent[] = [heading(2, 'Collisions')];
  if (!found.length) return [...out, paragraph('No collisions with blackouts, capacity or dependencies.')];
  return [
    ...out,
    bullets(
      found.map((c) => {
        const own = family.find((i) => c.itemIds.includes(i.id)) ?? ctx.item;
        return [
          collisionReason(c, own.id, ctx.ws),
          own.id === ctx.item.id ? '' : ' — ',
          own.id === ctx.item.id ? '' : own.title,
          acknowledgedText(ctx.ws, c),
        ];
      }),
    ),
  ];
}

export function decisionLog(ctx: LaunchContext): RootContent[] {
  const out: RootContent[] = [heading(2, 'Decision log')];
  if (!ctx.decisions.length) return [...out, paragraph('No go/no-go decision recorded yet.')];
  return [
    ...out,
    bullets(
      ctx.decisions.map((d): Inline[] => [
        strong(DECISION_LABELS[d.outcome]),
        ` — ${dayWords(d.decidedOn)}, by `,
        d.decidedBy,
        d.decidedOn > ctx.today ? ' (dated ahead: counts from that day)' : '',
        ...(d.conditions.trim() ? ['. Conditions: ', d.conditions] : []),
        ...(d.riskAcceptedBy.trim() ? ['. Risk accepted by ', d.riskAcceptedBy] : []),
        d.reevaluateOn ? `. Re-evaluate ${dayWords(d.reevaluateOn)}` : '',
        ...(d.notes.trim() ? ['. ', d.notes] : []),
      ]),
    ),
  ];
}
