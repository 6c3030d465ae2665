import { describe, expect, it } from 'vitest';
import { launchItemSchema } from '../../../shared/domain/items/schema';
import { blackoutSchema } from '../../../shared/domain/blackouts/schema';
import { decisionSchema } from '../../../shared/domain/decisions/schema';
import { personSchema } from '../../../shared/domain/people/schema';
import { readinessItemSchema } from '../../../shared/domain/readiness/schema';
import { settingsSchema } from '../../../shared/domain/settings/schema';
import { integrityProblems } from '../../../shared/domain/integrity';
import { TABLES, TABLE_SCHEMAS } from '../../../shared/domain/workspace';
import { sample, NOW } from '../../fixtures/workspace';

const validItem = () => structuredClone(sample().items['sample-payment-links']!);

function messages(result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) {
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

describe('record schemas', () => {
  it('accept every record of the sample workspace', () => {
    const ws = sample();
    for (const table of TABLES)
      for (const record of Object.values(ws[table])) {
        const result = TABLE_SCHEMAS[table].safeParse(record);
        expect(messages(result), `${table} ${(record as { id: string }).id}`).toEqual([]);
      }
    expect(integrityProblems(ws)).toEqual([]);
  });

  it('reject a launch item with an impossible date, dates out of order, or a bad link', () => {
    expect(messages(launchItemSchema.safeParse({ ...validItem(), launchDate: '2026-02-30' }))).toEqual([
      'launchDate: Enter a real calendar date (yyyy-mm-dd)',
    ]);
    expect(
      messages(
        launchItemSchema.safeParse({ ...validItem(), startDate: '2027-01-01', launchDate: '2026-12-01' }),
      ),
    ).toEqual(['startDate: The start date must be on or before the launch date']);
    expect(
      messages(
        launchItemSchema.safeParse({ ...validItem(), launchDate: '2026-12-01', endDate: '2026-11-01' }),
      ),
    ).toEqual(['endDate: The end date must be on or after the launch date']);
    expect(
      messages(
        launchItemSchema.safeParse({ ...validItem(), links: [{ label: 'x', url: 'javascript:alert(1)' }] }),
      )[0],
    ).toMatch(/^links\.0\.url: Enter a full web address/);
  });

  it('reject wrong kinds, tiers, empty titles and missing fields', () => {
    expect(launchItemSchema.safeParse({ ...validItem(), kind: 'epic' }).success).toBe(false);
    expect(launchItemSchema.safeParse({ ...validItem(), tier: 4 }).success).toBe(false);
    expect(messages(launchItemSchema.safeParse({ ...validItem(), title: '   ' }))).toEqual([
      'title: Enter a title',
    ]);
    const { rank: _rank, ...withoutRank } = validItem();
    expect(launchItemSchema.safeParse(withoutRank).success).toBe(false);
    expect(launchItemSchema.safeParse({ ...validItem(), createdAt: 'yesterday' }).success).toBe(false);
  });

  it('reject an item that is its own parent or dependency', () => {
    const item = validItem();
    expect(messages(launchItemSchema.safeParse({ ...item, parentId: item.id }))).toEqual([
      'parentId: An item cannot be its own parent',
    ]);
    expect(messages(launchItemSchema.safeParse({ ...item, dependsOn: [item.id] }))).toEqual([
      'dependsOn: An item cannot depend on itself',
    ]);
  });

  it('enforce readiness, decision, blackout and person rules', () => {
    const readiness = {
      id: 'r',
      itemId: 'i',
      functionId: 'docs',
      title: 'Docs',
      ownerId: null,
      due: { type: 'offset', days: -14 },
      status: 'done',
      evidence: '',
      requiredSignOff: true,
      rank: 'a0',
      updatedAt: NOW,
    };
    expect(messages(readinessItemSchema.safeParse(readiness))).toEqual([
      'evidence: Add an evidence link or note before marking this done',
    ]);
    expect(readinessItemSchema.safeParse({ ...readiness, evidence: 'https://docs' }).success).toBe(true);
    expect(
      readinessItemSchema.safeParse({
        ...readiness,
        evidence: 'x',
        due: { type: 'date', date: '2026-02-31' },
      }).success,
    ).toBe(false);

    const decision = {
      id: 'd',
      itemId: 'i',
      outcome: 'conditional-go',
      decidedBy: 'Ana',
      decidedOn: '2026-11-20',
      conditions: 'Docs follow within a week',
      riskAcceptedBy: '',
      reevaluateOn: null,
      notes: '',
      recordedAt: NOW,
    };
    expect(messages(decisionSchema.safeParse(decision))).toEqual([
      'riskAcceptedBy: A conditional go names the person who accepts the risk',
    ]);
    expect(messages(decisionSchema.safeParse({ ...decision, outcome: 'no-go' }))).toEqual([
      'reevaluateOn: A no-go gives a date to re-evaluate',
    ]);

    expect(
      blackoutSchema.safeParse({
        id: 'b',
        title: 'Freeze',
        start: '2026-12-20',
        end: '2026-12-10',
        regions: [],
        reason: '',
      }).success,
    ).toBe(false);
    expect(
      personSchema.safeParse({ id: 'p', name: 'P', team: '', role: '', region: null, email: 'not-an-email' })
        .success,
    ).toBe(false);
  });

  it('reject settings with duplicate stages or regions and an unknown launched stage', () => {
    const settings = sample().settings.workspace!;
    expect(
      settingsSchema.safeParse({ ...settings, stages: [...settings.stages, { id: 'x', name: 'beta' }] })
        .success,
    ).toBe(false);
    expect(
      settingsSchema.safeParse({ ...settings, regions: [...settings.regions, { code: 'EU', name: 'Again' }] })
        .success,
    ).toBe(false);
    expect(settingsSchema.safeParse({ ...settings, launchedStageId: 'nope' }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...settings, stages: [] }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...settings, regions: [{ code: 'eu', name: 'lower' }] }).success).toBe(
      false,
    );
  });
});
