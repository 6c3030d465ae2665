/**
 * Built-in regional rollout templates: the usual shapes of a rollout plan, each wave a set of
 * regions going live a number of days after the launch's T-0, at a ramp, with the criteria
 * that must hold before the next wave starts. A template names region codes; a workspace may
 * lack some of them, which the preview says and the command skips (rollouts/commands.ts).
 */

/** "The launch's own regions" (or every region of the workspace when the launch lists none). */
export const LAUNCH_REGIONS = 'launch-regions';

export interface WaveTemplateStep {
  /** Region codes, or the launch's own regions. */
  regions: readonly string[] | typeof LAUNCH_REGIONS;
  /** Days after the launch's T-0 that the wave goes live. */
  offsetDays: number;
  /** Share of traffic or accounts switched on in the wave's regions. */
  rampPercent: number;
  /** What must hold before the next wave starts ('' for the last wave). */
  gateCriteria: string;
}

export interface WaveTemplate {
  id: string;
  name: string;
  description: string;
  waves: readonly WaveTemplateStep[];
}

const HEALTHY =
  'Error rate and latency at or below baseline for 7 days; no open Sev-1 or Sev-2; support ticket volume within forecast';

export const WAVE_TEMPLATES: readonly WaveTemplate[] = [
  {
    id: 'na-eu-apac',
    name: 'NA first, then EU & UK, then APAC',
    description:
      'North America goes first at a canary ramp; Europe and the UK follow two weeks later, Asia-Pacific two weeks after that.',
    waves: [
      { regions: ['NA'], offsetDays: 0, rampPercent: 10, gateCriteria: HEALTHY },
      {
        regions: ['EU', 'UK'],
        offsetDays: 14,
        rampPercent: 50,
        gateCriteria: `${HEALTHY}; VAT and data residency verified in production`,
      },
      { regions: ['APAC'], offsetDays: 28, rampPercent: 100, gateCriteria: '' },
    ],
  },
  {
    id: 'all-at-once',
    name: 'All regions at once',
    description: 'One wave: every region of the launch goes live on T-0 at full ramp.',
    waves: [{ regions: LAUNCH_REGIONS, offsetDays: 0, rampPercent: 100, gateCriteria: '' }],
  },
  {
    id: 'americas-emea-apac',
    name: 'Americas, then EMEA, then Asia-Pacific & Japan',
    description:
      'Follow the sun by business day: the Americas on T-0, Europe and the UK a week later, Asia-Pacific and Japan three weeks after T-0.',
    waves: [
      { regions: ['NA', 'LATAM'], offsetDays: 0, rampPercent: 25, gateCriteria: HEALTHY },
      { regions: ['EU', 'UK'], offsetDays: 7, rampPercent: 50, gateCriteria: HEALTHY },
      { regions: ['APAC', 'JP'], offsetDays: 21, rampPercent: 100, gateCriteria: '' },
    ],
  },
  {
    id: 'percentage-ramp',
    name: 'Percentage ramp in the launch’s regions (5 → 25 → 100 %)',
    description:
      'Every region of the launch at once, ramped by share of traffic: 5 % on T-0, 25 % after three days, everyone after a week.',
    waves: [
      {
        regions: LAUNCH_REGIONS,
        offsetDays: 0,
        rampPercent: 5,
        gateCriteria: 'No increase in errors or support contacts at 5 % for 3 days',
      },
      { regions: LAUNCH_REGIONS, offsetDays: 3, rampPercent: 25, gateCriteria: HEALTHY },
      { regions: LAUNCH_REGIONS, offsetDays: 7, rampPercent: 100, gateCriteria: '' },
    ],
  },
];

export function waveTemplateOf(id: string): WaveTemplate | null {
  return WAVE_TEMPLATES.find((t) => t.id === id) ?? null;
}

/**
 * The readiness every wave carries for its own regions. Each line is put on the workspace's
 * function that answers for it — matched by id, then by name — because a regional wave is
 * signed off by the same teams as its launch, not by new ones:
 * - localisation → Localisation (translations, local formats);
 * - payments → Finance & Pricing (local payment methods, currencies and tax are priced and
 *   reconciled there);
 * - data residency → Legal & Compliance (where data may live is a regulatory commitment,
 *   signed off by counsel);
 * - support hours → Support (staffing the region's business hours);
 * - regional marketing → Regional go-to-market (the regional team runs local campaigns).
 * Dues are T-offsets from the wave's own go-live day, so they follow the wave when it moves.
 * A line whose function the workspace lacks is left out, and the preview says so.
 */
export interface WaveReadinessLine {
  /** What the line is about, in words ("payments"). */
  topic: string;
  functionIds: readonly string[];
  functionNames: readonly string[];
  /** The line's title for the wave's regions ("NA", "EU & UK"). */
  title: (regions: string) => string;
  offsetDays: number;
  requiredSignOff: boolean;
}

export const WAVE_READINESS: readonly WaveReadinessLine[] = [
  {
    topic: 'localisation',
    functionIds: ['localisation'],
    functionNames: ['Localisation', 'Localization'],
    title: (regions) => `Localisation ready for ${regions}`,
    offsetDays: -14,
    requiredSignOff: false,
  },
  {
    topic: 'payments',
    functionIds: ['finance'],
    functionNames: ['Finance & Pricing', 'Finance', 'Payments'],
    title: (regions) => `Local payment methods, currencies and tax ready for ${regions}`,
    offsetDays: -14,
    requiredSignOff: true,
  },
  {
    topic: 'data residency',
    functionIds: ['legal'],
    functionNames: ['Legal & Compliance', 'Legal', 'Compliance'],
    title: (regions) => `Data residency confirmed for ${regions}`,
    offsetDays: -21,
    requiredSignOff: true,
  },
  {
    topic: 'support hours',
    functionIds: ['support'],
    functionNames: ['Support'],
    title: (regions) => `Support hours cover ${regions}`,
    offsetDays: -7,
    requiredSignOff: false,
  },
  {
    topic: 'regional marketing',
    functionIds: ['regional-gtm'],
    functionNames: ['Regional go-to-market', 'Regional marketing', 'Marketing'],
    title: (regions) => `Regional marketing ready for ${regions}`,
    offsetDays: -7,
    requiredSignOff: false,
  },
];
