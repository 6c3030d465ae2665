/** The playbooks a new workspace starts with: default readiness checklists per kind and tier. */
import type { Kind, Tier } from '../primitives';
import type { Playbook, PlaybookEntry } from './schema';

const entry = (
  functionId: string,
  title: string,
  offsetDays: number,
  requiredSignOff = false,
): PlaybookEntry => ({
  functionId,
  title,
  offsetDays,
  requiredSignOff,
});

/** Readiness lines every launch of a tier needs; lower tiers take a subset. */
const LAUNCH_ENTRIES: Record<Tier, PlaybookEntry[]> = {
  1: [
    entry('product-eng', 'Feature complete and behind a flag', -28, true),
    entry('security', 'Security and privacy review signed off', -21, true),
    entry('legal', 'Terms, claims and compliance review', -21, true),
    entry('finance', 'Pricing and billing configured', -14, true),
    entry('docs', 'Public docs and changelog published', -14, true),
    entry('support', 'Support macros and escalation path ready', -7, true),
    entry('training', 'Sales and support trained', -7),
    entry('sales', 'Account teams briefed on target accounts', -7),
    entry('marketing', 'Launch post, e-mail and social scheduled', -3),
    entry('localisation', 'UI and docs localised for launch regions', -10),
    entry('regional-gtm', 'Regional go-to-market leads confirmed dates', -10),
    entry('product-eng', 'Launch-day monitoring and rollback plan', -1, true),
    entry('product-eng', 'Retrospective held', 14),
  ],
  2: [
    entry('product-eng', 'Feature complete and behind a flag', -14, true),
    entry('docs', 'Docs and changelog published', -7, true),
    entry('support', 'Support briefed; macros updated', -5, true),
    entry('sales', 'Account teams briefed', -5),
    entry('marketing', 'Announcement drafted', -3),
    entry('product-eng', 'Retrospective held', 14),
  ],
  3: [entry('docs', 'Release notes written', -3, true), entry('support', 'Support told what changed', -1)],
};

const BETA_ENTRIES: PlaybookEntry[] = [
  entry('product-eng', 'Beta exit criteria agreed', -14, true),
  entry('sales', 'Beta participants recruited', -10),
  entry('legal', 'Beta terms accepted by participants', -3, true),
  entry('support', 'Beta feedback channel open', -1),
];

const ROLLOUT_ENTRIES: PlaybookEntry[] = [
  entry('regional-gtm', 'Regional launch plan confirmed', -14, true),
  entry('localisation', 'Localised content reviewed in-market', -7),
  entry('support', 'Regional support staffed for launch week', -3, true),
];

export function defaultPlaybooks(): Playbook[] {
  const playbooks: Playbook[] = [];
  const kinds: [Kind, (tier: Tier) => PlaybookEntry[]][] = [
    ['launch', (tier) => LAUNCH_ENTRIES[tier]],
    ['beta', (tier) => (tier === 3 ? BETA_ENTRIES.slice(0, 2) : BETA_ENTRIES)],
    ['rollout', (tier) => (tier === 3 ? ROLLOUT_ENTRIES.slice(0, 1) : ROLLOUT_ENTRIES)],
  ];
  for (const [kind, entriesFor] of kinds)
    for (const tier of [1, 2, 3] as const)
      playbooks.push({
        id: `playbook-${kind}-t${tier}`,
        name: `${kind[0]!.toUpperCase()}${kind.slice(1)} · Tier ${tier}`,
        kind,
        tier,
        entries: entriesFor(tier).map((e) => ({ ...e })),
      });
  return playbooks;
}
