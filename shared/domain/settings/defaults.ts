/** The lists a new workspace starts with; every one is editable in Settings. */
import { SETTINGS_ID, type Settings } from './schema';

export const DEFAULT_STAGES = [
  { id: 'planning', name: 'Planning' },
  { id: 'beta', name: 'Beta' },
  { id: 'readiness', name: 'Readiness' },
  { id: 'rolling-out', name: 'Rolling out' },
  { id: 'launched', name: 'Launched' },
  { id: 'retrospective', name: 'Retrospective' },
];

export const DEFAULT_FUNCTIONS = [
  { id: 'product-eng', name: 'Product & Engineering' },
  { id: 'support', name: 'Support' },
  { id: 'docs', name: 'Documentation' },
  { id: 'sales', name: 'Sales & Account management' },
  { id: 'marketing', name: 'Marketing' },
  { id: 'legal', name: 'Legal & Compliance' },
  { id: 'security', name: 'Security & Privacy' },
  { id: 'finance', name: 'Finance & Pricing' },
  { id: 'training', name: 'Training & Enablement' },
  { id: 'localisation', name: 'Localisation' },
  { id: 'regional-gtm', name: 'Regional go-to-market' },
];

export const DEFAULT_REGIONS = [
  { code: 'NA', name: 'North America' },
  { code: 'EU', name: 'European Union' },
  { code: 'UK', name: 'United Kingdom' },
  { code: 'APAC', name: 'Asia-Pacific' },
  { code: 'LATAM', name: 'Latin America' },
  { code: 'JP', name: 'Japan' },
];

export function defaultSettings(name = 'My launches'): Settings {
  return {
    id: SETTINGS_ID,
    name,
    stages: DEFAULT_STAGES.map((s) => ({ ...s })),
    launchedStageId: 'launched',
    regions: DEFAULT_REGIONS.map((r) => ({ ...r })),
    functions: DEFAULT_FUNCTIONS.map((f) => ({ ...f })),
    tiers: [
      {
        tier: 1,
        name: 'Tier 1',
        description: 'New product, market or repositioning; full cross-functional sign-off.',
        planningWeeks: 10,
      },
      {
        tier: 2,
        name: 'Tier 2',
        description: 'Significant feature, integration or pricing change.',
        planningWeeks: 5,
      },
      {
        tier: 3,
        name: 'Tier 3',
        description: 'Minor enhancement; release notes and in-app.',
        planningWeeks: 1,
      },
    ],
    tier1CapacityPerRegionWeek: 1,
    weekStartsOn: 1,
    fiscalYearStartMonth: 1,
  };
}
