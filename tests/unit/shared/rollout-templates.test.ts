/**
 * Rollout waves from a template: go-live days from the launch's T-0, numbering after the
 * launch's existing waves, each wave's regional readiness on the right functions due as
 * T-offsets, regions and functions the workspace lacks, refusals (no launch day, not a
 * launch), one Change that undoes cleanly, and moving a wave up or down the plan.
 */
import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import { runDomainCommand } from '../../../shared/domain/commands';
import { CommandError } from '../../../shared/domain/errors';
import { waveOf } from '../../../shared/domain/items/schema';
import {
  createWavesFromTemplate,
  moveWave,
  nextWaveNumber,
  previewWaves,
  wavesOfLaunch,
} from '../../../shared/domain/rollouts/commands';
import { WAVE_TEMPLATES } from '../../../shared/domain/rollouts/templates';
import { readinessOf } from '../../../shared/views/readiness';
import { dueDay } from '../../../shared/domain/readiness/rules';
import type { Workspace } from '../../../shared/domain/workspace';
import { add, item, laterContext } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

const THREE_REGIONS = 'na-eu-apac';

function withLaunch(fields: Parameters<typeof item>[1] = {}): Workspace {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('L', {
      title: 'Checkout',
      tier: 1,
      productArea: 'Payments',
      launchDate: '2027-03-01',
      regions: ['NA', 'EU', 'UK', 'APAC'],
      ...fields,
    }),
  );
  return ws;
}

const create = (ws: Workspace, template = THREE_REGIONS) =>
  applyChange(ws, createWavesFromTemplate(ws, 'L', template, laterContext()));

describe('createWavesFromTemplate', () => {
  it('creates the three waves under the launch, dated from its T-0, in the first stage', () => {
    const ws = create(withLaunch());
    const waves = wavesOfLaunch(ws, 'L');
    expect(
      waves.map((w) => [w.title, w.regions, w.launchDate, waveOf(w)?.number, waveOf(w)?.rampPercent]),
    ).toEqual([
      ['Checkout — NA wave', ['NA'], '2027-03-01', 1, 10],
      ['Checkout — EU & UK wave', ['EU', 'UK'], '2027-03-15', 2, 50],
      ['Checkout — APAC wave', ['APAC'], '2027-03-29', 3, 100],
    ]);
    for (const w of waves) {
      expect(w).toMatchObject({ kind: 'rollout', parentId: 'L', tier: 1, productArea: 'Payments' });
      expect(w.stageId).toBe('planning');
      expect(waveOf(w)?.status).toBe('planned');
    }
    expect(waveOf(waves[0]!)?.gateCriteria).toMatch(/Sev-1/);
    expect(waveOf(waves[2]!)?.gateCriteria).toBe('');
  });

  it('places the waves one after another at the end of their stage, each line at the foot of its function', () => {
    const before = withLaunch();
    const ws = create(before);
    const waves = wavesOfLaunch(ws, 'L');
    const ranks = waves.map((w) => w.rank);
    // Distinct and rising in wave order, after everything already in the stage.
    expect([...ranks].sort()).toEqual(ranks);
    expect(new Set(ranks).size).toBe(3);
    const highest = Object.values(before.items)
      .filter((i) => i.stageId === 'planning')
      .map((i) => i.rank)
      .sort()
      .at(-1);
    if (highest !== undefined) expect(ranks[0]! > highest).toBe(true);
    for (const wave of waves) {
      const lines = readinessOf(ws, wave.id);
      for (const functionId of new Set(lines.map((r) => r.functionId))) {
        const own = lines.filter((r) => r.functionId === functionId).map((r) => r.rank);
        expect(new Set(own).size).toBe(own.length);
      }
    }
  });

  it('gives each wave its regional readiness on the matching functions, due as T-offsets from its own day', () => {
    const ws = create(withLaunch());
    const eu = wavesOfLaunch(ws, 'L')[1]!;
    const lines = readinessOf(ws, eu.id);
    expect(lines.map((r) => [r.functionId, r.title, r.due, r.requiredSignOff]).sort()).toEqual(
      [
        [
          'finance',
          'Local payment methods, currencies and tax ready for EU & UK',
          { type: 'offset', days: -14 },
          true,
        ],
        ['legal', 'Data residency confirmed for EU & UK', { type: 'offset', days: -21 }, true],
        ['localisation', 'Localisation ready for EU & UK', { type: 'offset', days: -14 }, false],
        ['regional-gtm', 'Regional marketing ready for EU & UK', { type: 'offset', days: -7 }, false],
        ['support', 'Support hours cover EU & UK', { type: 'offset', days: -7 }, false],
      ].sort(),
    );
    // The day follows the wave: T-21 of 15 March.
    const residency = lines.find((r) => r.functionId === 'legal')!;
    expect(dueDay(residency, eu)).toBe('2027-02-22');
    expect(lines.every((r) => r.status === 'not-started' && r.ownerId === null)).toBe(true);
  });

  it('numbers new waves after the launch’s existing ones', () => {
    const ws = withLaunch();
    add(
      ws,
      'items',
      item('w', {
        kind: 'rollout',
        parentId: 'L',
        launchDate: '2027-02-01',
        wave: { number: 4, rampPercent: 1, status: 'live', gateCriteria: '' },
      }),
    );
    const after = create(ws);
    expect(wavesOfLaunch(after, 'L').map((w) => waveOf(w)?.number)).toEqual([4, 5, 6, 7]);
  });

  it('numbers new waves after archived ones too (restoring one never gives two waves one number)', () => {
    const ws = withLaunch();
    add(
      ws,
      'items',
      item('old', {
        kind: 'rollout',
        parentId: 'L',
        archived: true,
        launchDate: '2027-02-01',
        wave: { number: 2, rampPercent: 1, status: 'rolled-back', gateCriteria: '' },
      }),
    );
    expect(nextWaveNumber(ws, 'L')).toBe(3);
    expect(wavesOfLaunch(create(ws), 'L').map((w) => waveOf(w)?.number)).toEqual([3, 4, 5]);
  });

  it('is one Change that undoes cleanly, and runs by name', () => {
    const ws = withLaunch();
    const change = runDomainCommand(
      ws,
      'rollouts.fromTemplate',
      { launchId: 'L', templateId: THREE_REGIONS },
      laterContext(),
    );
    expect(change.label).toBe('Add 3 rollout waves (“NA first, then EU & UK, then APAC”) to “Checkout”');
    // Three waves with five lines each.
    expect(change.ops.filter((op) => op.table === 'items')).toHaveLength(3);
    expect(change.ops.filter((op) => op.table === 'readiness')).toHaveLength(15);
    expect(change.ops.every((op) => op.before === null)).toBe(true);
    const undone = applyChange(applyChange(ws, change), invert(change));
    expect(undone.items).toEqual(ws.items);
    expect(undone.readiness).toEqual(ws.readiness);
  });

  it('skips regions the workspace lacks and says so; refuses when none is left', () => {
    const ws = withLaunch();
    const settings = ws.settings.workspace!;
    ws.settings = {
      workspace: {
        ...settings,
        regions: settings.regions.filter((r) => r.code !== 'APAC' && r.code !== 'UK'),
      },
    };
    const preview = previewWaves(ws, 'L', THREE_REGIONS);
    expect(preview.problem).toBeNull();
    expect(preview.waves.map((w) => w.regions)).toEqual([['NA'], ['EU']]);
    expect(preview.warnings).toEqual([
      'UK is not a region of this workspace: left out of the EU wave. Add the region in Settings to include it.',
      'APAC is not a region of this workspace: the wave for APAC is skipped. Add the region in Settings to include it.',
    ]);
    const waves = wavesOfLaunch(create(ws), 'L');
    expect(waves.flatMap((w) => w.regions)).toEqual(['NA', 'EU']);

    ws.settings = { workspace: { ...settings, regions: [{ code: 'MARS', name: 'Mars' }] } };
    expect(previewWaves(ws, 'L', THREE_REGIONS).problem).toBe(
      'None of the template’s regions is a region of this workspace.',
    );
    expect(() => create(ws)).toThrow(CommandError);
  });

  it('leaves out a readiness line whose function the workspace lacks, and says so', () => {
    const ws = withLaunch();
    const settings = ws.settings.workspace!;
    ws.settings = {
      workspace: {
        ...settings,
        // Finance renamed and re-id'd: found by name. Legal gone: no data residency line.
        functions: settings.functions
          .filter((f) => f.id !== 'legal')
          .map((f) => (f.id === 'finance' ? { id: 'fin-2', name: 'Payments' } : f)),
      },
    };
    const preview = previewWaves(ws, 'L', THREE_REGIONS);
    expect(preview.readiness.map((p) => p.functionId)).toEqual([
      'localisation',
      'fin-2',
      'support',
      'regional-gtm',
    ]);
    expect(preview.warnings).toEqual([
      'No readiness function for data residency: that line is left out of each wave. Add a function in Settings to include it.',
    ]);
    const after = create(ws);
    expect(readinessOf(after, wavesOfLaunch(after, 'L')[0]!.id)).toHaveLength(4);
  });

  it('refuses a launch without a launch day, an item that is not a launch, and an unknown template', () => {
    expect(() => create(withLaunch({ launchDate: null }))).toThrow(
      '“Checkout” has no launch day (T-0) yet: set it first, and the waves follow from it.',
    );
    expect(() => create(withLaunch({ kind: 'beta' }))).toThrow('“Checkout” is a beta, not a launch');
    expect(() => create(withLaunch(), 'nope')).toThrow('That rollout template does not exist.');
    expect(() => createWavesFromTemplate(withLaunch(), 'gone', THREE_REGIONS, laterContext())).toThrow(
      /no longer exists/,
    );
  });

  it('names the wave whose day falls outside the supported range', () => {
    const ws = withLaunch({ launchDate: '2100-12-20' });
    expect(() => create(ws)).toThrow(/^Wave 2 \(EU & UK\): /);
  });

  it('uses the launch’s regions for “All regions at once”, and ramps tell same-region waves apart', () => {
    const all = wavesOfLaunch(create(withLaunch(), 'all-at-once'), 'L');
    expect(all.map((w) => [w.title, w.regions, w.launchDate])).toEqual([
      ['Checkout — NA, EU, UK & APAC wave', ['NA', 'EU', 'UK', 'APAC'], '2027-03-01'],
    ]);
    const ramp = wavesOfLaunch(create(withLaunch({ regions: ['JP'] }), 'percentage-ramp'), 'L');
    expect(ramp.map((w) => w.title)).toEqual([
      'Checkout — JP 5 % wave',
      'Checkout — JP 25 % wave',
      'Checkout — JP 100 % wave',
    ]);
  });

  it('every built-in template has waves in day order and ramps within 0–100 %', () => {
    for (const template of WAVE_TEMPLATES) {
      const offsets = template.waves.map((w) => w.offsetDays);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      expect(template.waves.every((w) => w.rampPercent > 0 && w.rampPercent <= 100)).toBe(true);
      expect(template.waves.at(-1)!.gateCriteria).toBe('');
    }
  });
});

describe('moveWave', () => {
  function plan() {
    const ws = create(withLaunch());
    // A rollout without a number goes after the numbered waves.
    add(
      ws,
      'items',
      item('loose', { kind: 'rollout', parentId: 'L', title: 'Checkout — JP', launchDate: '2027-01-01' }),
    );
    return ws;
  }
  const titles = (ws: Workspace) =>
    wavesOfLaunch(ws, 'L').map((w) => `${waveOf(w)?.number ?? '-'} ${w.title}`);

  it('moves a wave up and renumbers the plan in one Change; undo puts it back', () => {
    const ws = plan();
    const apac = wavesOfLaunch(ws, 'L')[2]!;
    const change = moveWave(ws, apac.id, 'up', laterContext('m'));
    const moved = applyChange(ws, change);
    expect(titles(moved)).toEqual([
      '1 Checkout — NA wave',
      '2 Checkout — APAC wave',
      '3 Checkout — EU & UK wave',
      '4 Checkout — JP',
    ]);
    // The two waves that swapped, and the rollout that had no number yet.
    expect(change.ops).toHaveLength(3);
    expect(change.label).toBe('Move “Checkout — APAC wave” up to wave 2');
    // Dates stay where they were.
    expect(wavesOfLaunch(moved, 'L')[1]!.launchDate).toBe('2027-03-29');
    expect(applyChange(moved, invert(change)).items).toEqual(ws.items);
  });

  it('numbers a rollout without a number when it moves into the plan', () => {
    const ws = plan();
    const moved = applyChange(
      ws,
      runDomainCommand(ws, 'rollouts.reorder', { id: 'loose', direction: 'up' }, laterContext()),
    );
    expect(titles(moved)).toEqual([
      '1 Checkout — NA wave',
      '2 Checkout — EU & UK wave',
      '3 Checkout — JP',
      '4 Checkout — APAC wave',
    ]);
    expect(waveOf(moved.items.loose!)).toEqual({
      number: 3,
      rampPercent: null,
      status: 'planned',
      gateCriteria: '',
    });
  });

  it('refuses moving past either end, and an item that is not a wave', () => {
    const ws = plan();
    const [na] = wavesOfLaunch(ws, 'L');
    expect(() => moveWave(ws, na!.id, 'up', laterContext())).toThrow(
      '“Checkout — NA wave” is already the first wave.',
    );
    expect(() => moveWave(ws, 'loose', 'down', laterContext())).toThrow(
      '“Checkout — JP” is already the last wave.',
    );
    expect(() => moveWave(ws, 'L', 'down', laterContext())).toThrow(
      '“Checkout” is not a rollout wave of a launch.',
    );
  });
});
