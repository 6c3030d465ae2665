/**
 * The playbooks a new workspace starts with: one per kind and tier (the schema has one of each
 * per playbook). Launches: Tier 1 is the full cross-functional plan (every default readiness
 * function, eight weeks out to the retrospective), Tier 2 a significant feature's, Tier 3
 * release notes and a heads-up. Betas: a public beta (Tier 1), a private beta (Tier 2) and a
 * short early access (Tier 3). Rollouts: one regional wave per tier. Required sign-offs are the
 * lines the go/no-go gate waits for; the rest are tracked but never hold a launch back.
 * Ids stay stable: the sample workspace builds its checklists from them.
 */
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
const required = (functionId: string, title: string, offsetDays: number) =>
  entry(functionId, title, offsetDays, true);

interface DefaultPlaybook {
  name: string;
  entries: PlaybookEntry[];
}

const LAUNCH: Record<Tier, DefaultPlaybook> = {
  1: {
    name: 'Tier 1 launch',
    entries: [
      entry('product-eng', 'Launch goals, tier and success metrics agreed', -56),
      entry('marketing', 'Positioning and messaging approved', -42),
      entry('finance', 'Pricing and packaging approved', -35),
      entry('security', 'Threat model and data-protection assessment done', -35),
      required('product-eng', 'Feature complete and behind a flag', -28),
      entry('training', 'Enablement plan and materials drafted', -28),
      entry('docs', 'Docs plan reviewed with product', -28),
      required('security', 'Security and privacy review signed off', -21),
      required('legal', 'Terms, claims and compliance review', -21),
      required('finance', 'Pricing and billing configured', -14),
      required('docs', 'Public docs and changelog published', -14),
      entry('sales', 'Sales playbook and FAQ published', -14),
      entry('localisation', 'UI and docs localised for launch regions', -10),
      entry('regional-gtm', 'Regional go-to-market leads confirmed dates', -10),
      required('support', 'Support macros and escalation path ready', -7),
      entry('training', 'Sales and support trained', -7),
      entry('sales', 'Account teams briefed on target accounts', -7),
      entry('marketing', 'Launch post, e-mail and social scheduled', -3),
      required('product-eng', 'Launch-day monitoring and rollback plan', -1),
      entry('marketing', 'Launch metrics reviewed', 7),
      entry('product-eng', 'Retrospective held', 14),
    ],
  },
  2: {
    name: 'Tier 2 launch',
    entries: [
      required('product-eng', 'Feature complete and behind a flag', -14),
      entry('security', 'Security review of changed data handling', -14),
      required('docs', 'Docs and changelog published', -7),
      required('support', 'Support briefed; macros updated', -5),
      entry('training', 'Enablement notes shared with sales and support', -5),
      entry('sales', 'Account teams briefed', -5),
      entry('marketing', 'Announcement drafted', -3),
      entry('product-eng', 'Retrospective held', 14),
    ],
  },
  3: {
    name: 'Tier 3 launch',
    entries: [
      required('docs', 'Release notes written', -3),
      entry('support', 'Support told what changed', -1),
      entry('marketing', 'In-app announcement shown', 0),
    ],
  },
};

const BETA: Record<Tier, DefaultPlaybook> = {
  1: {
    name: 'Public beta',
    entries: [
      entry('security', 'Preview security review', -21),
      required('product-eng', 'Beta exit criteria agreed', -14),
      entry('product-eng', 'Usage metrics and feedback tagging in place', -10),
      entry('sales', 'Beta participants recruited', -10),
      entry('docs', 'Preview docs published with known limitations', -5),
      required('legal', 'Beta terms accepted by participants', -3),
      entry('support', 'Beta feedback channel open', -1),
      entry('marketing', 'Public preview announced', 0),
      entry('product-eng', 'Exit review: go to GA or extend', 28),
    ],
  },
  2: {
    name: 'Private beta',
    entries: [
      required('product-eng', 'Beta exit criteria agreed', -14),
      entry('sales', 'Beta participants recruited', -10),
      required('legal', 'Beta terms accepted by participants', -3),
      entry('support', 'Beta feedback channel open', -1),
      entry('product-eng', 'Exit review: go to GA or extend', 21),
    ],
  },
  3: {
    name: 'Early access',
    entries: [
      required('product-eng', 'Beta exit criteria agreed', -14),
      entry('sales', 'Beta participants recruited', -10),
    ],
  },
};

const ROLLOUT: Record<Tier, DefaultPlaybook> = {
  1: {
    name: 'Regional rollout · Tier 1',
    entries: [
      required('regional-gtm', 'Regional launch plan confirmed', -14),
      entry('product-eng', 'Ramp plan and rollback criteria agreed (1 → 5 → 25 → 100 %)', -10),
      entry('localisation', 'Localised content reviewed in-market', -7),
      entry('sales', 'Regional account teams briefed', -5),
      required('support', 'Regional support staffed for launch week', -3),
      entry('marketing', 'Regional announcement scheduled', -2),
      entry('product-eng', 'Wave reviewed: metrics and incidents', 7),
    ],
  },
  2: {
    name: 'Regional rollout · Tier 2',
    entries: [
      required('regional-gtm', 'Regional launch plan confirmed', -14),
      entry('product-eng', 'Ramp plan and rollback criteria agreed (1 → 5 → 25 → 100 %)', -10),
      entry('localisation', 'Localised content reviewed in-market', -7),
      required('support', 'Regional support staffed for launch week', -3),
    ],
  },
  3: {
    name: 'Regional rollout · Tier 3',
    entries: [required('regional-gtm', 'Regional launch plan confirmed', -14)],
  },
};

const BY_KIND: [Kind, Record<Tier, DefaultPlaybook>][] = [
  ['launch', LAUNCH],
  ['beta', BETA],
  ['rollout', ROLLOUT],
];

/** Fresh copies each time: a workspace may edit its own. */
export function defaultPlaybooks(): Playbook[] {
  return BY_KIND.flatMap(([kind, byTier]) =>
    ([1, 2, 3] as const).map((tier) => ({
      id: `playbook-${kind}-t${tier}`,
      name: byTier[tier].name,
      kind,
      tier,
      entries: byTier[tier].entries.map((e) => ({ ...e })),
    })),
  );
}
