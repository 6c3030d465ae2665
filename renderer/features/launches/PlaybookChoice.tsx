/**
 * Which readiness checklist a new launch item starts with: the playbook for its kind and tier
 * (followed as the person changes kind or tier, until they pick one themselves), another
 * playbook, or none. Also: after an edit that changed an item's tier, the offer to add the new
 * tier's lines its checklist lacks, as a toast action (its own undoable change).
 */
import {
  applyPlaybook,
  playbookFor,
  playbooksInOrder,
  tierChangeAdditions,
} from '../../../shared/domain/playbooks/commands';
import { KIND_LABELS, TIERS, type Kind, type Tier } from '../../../shared/domain/primitives';
import { countOf } from '../../../shared/domain/text';
import type { Workspace } from '../../../shared/domain/workspace';
import { run, undo } from '../../state/changes';
import { useDocument } from '../../state/document';
import { showToast } from '../../state/window';
import { SelectField } from '../../ui/Select';

/** Follow kind and tier (the default), no checklist, or the playbook the person picked. */
export type PlaybookChoiceValue = { mode: 'follow' } | { mode: 'none' } | { mode: 'picked'; id: string };

export const FOLLOW_KIND_AND_TIER: PlaybookChoiceValue = { mode: 'follow' };

const asTier = (tier: Tier | string): Tier | null => {
  const n = Number(tier);
  return (TIERS as readonly number[]).includes(n) ? (n as Tier) : null;
};

/** The playbook a choice comes to for an item of `kind` and `tier` (null: an empty checklist). */
export function chosenPlaybookId(
  ws: Pick<Workspace, 'playbooks'>,
  choice: PlaybookChoiceValue,
  kind: Kind,
  tier: Tier | string,
): string | null {
  if (choice.mode === 'none') return null;
  if (choice.mode === 'picked') return Object.hasOwn(ws.playbooks, choice.id) ? choice.id : null;
  const t = asTier(tier);
  return t === null ? null : (playbookFor(ws, kind, t)?.id ?? null);
}

interface Props {
  kind: Kind;
  /** As the form holds it ("1"). */
  tier: string;
  value: PlaybookChoiceValue;
  onChange: (value: PlaybookChoiceValue) => void;
}

export function PlaybookChoice({ kind, tier, value, onChange }: Props) {
  const playbooks = useDocument((s) => s.workspace.playbooks);
  const ordered = playbooksInOrder({ playbooks });
  const id = chosenPlaybookId({ playbooks }, value, kind, tier);
  const chosen = id ? playbooks[id] : undefined;
  const lines = chosen ? countOf(chosen.entries.length, 'readiness line') : '';
  const hint = !chosen
    ? value.mode === 'follow'
      ? `No playbook for a ${KIND_LABELS[kind].toLowerCase()} of this tier: the checklist starts empty.`
      : 'The checklist starts empty; a playbook can be applied later from the launch’s Readiness tab.'
    : value.mode === 'follow'
      ? `The playbook for this kind and tier: ${lines}, due from the launch date.`
      : `${lines}, due from the launch date.`;
  return (
    <SelectField
      label="Readiness checklist"
      hint={hint}
      empty="None — start with an empty checklist"
      options={ordered.map((p) => ({
        value: p.id,
        label: `${p.name} (${KIND_LABELS[p.kind]} · Tier ${p.tier})`,
      }))}
      value={id ?? ''}
      onChange={(picked) => onChange(picked ? { mode: 'picked', id: picked } : { mode: 'none' })}
    />
  );
}

/**
 * After an item's tier changed from `previousTier`: when the new tier's playbook has lines the
 * checklist lacks, a toast offers to add them (one undoable change of their own).
 */
export function offerTierAdditions(itemId: string, previousTier: Tier): void {
  const ws = useDocument.getState().workspace;
  const item = ws.items[itemId];
  if (!item || item.tier === previousTier) return;
  const playbook = playbookFor(ws, item.kind, item.tier);
  const additions = tierChangeAdditions(ws, itemId, item.tier);
  if (!playbook || additions.length === 0) return;
  const lines = countOf(additions.length, 'readiness line');
  showToast(
    {
      tone: 'info',
      message: `Now Tier ${item.tier}: “${playbook.name}” has ${lines} this checklist lacks`,
      action: {
        label: `Add ${additions.length === 1 ? 'it' : `all ${additions.length}`}`,
        run: () =>
          void run((w, ctx) => applyPlaybook(w, itemId, playbook.id, ctx)).then((result) => {
            if (result.ok && result.value.ops.length)
              showToast({ tone: 'info', message: result.value.label, action: { label: 'Undo', run: undo } });
          }),
      },
    },
    15_000,
  );
}
