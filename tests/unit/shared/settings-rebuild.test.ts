/** Settings rebuilt for records whose settings record was lost: defaults plus every entry still in use. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FUNCTIONS, DEFAULT_REGIONS, DEFAULT_STAGES } from '../../../shared/domain/settings/defaults';
import { rebuildSettings } from '../../../shared/domain/settings/rebuild';
import { settingsSchema } from '../../../shared/domain/settings/schema';
import { sample } from '../../fixtures/workspace';

describe('rebuildSettings', () => {
  it('is the defaults, named as recovered, when the records use nothing else', () => {
    const ws = sample();
    ws.settings = {};
    const settings = rebuildSettings(ws);
    expect(settings.name).toBe('Recovered workspace');
    expect(settings.stages).toEqual(DEFAULT_STAGES);
    expect(settings.functions).toEqual(DEFAULT_FUNCTIONS);
    expect(settings.regions).toEqual(DEFAULT_REGIONS);
    expect(settingsSchema.safeParse(settings).success).toBe(true);
  });

  it('adds every stage, function and region still in use, once each, with readable unique names', () => {
    const ws = sample();
    ws.settings = {};
    const [a, b] = Object.values(ws.items);
    ws.items[a!.id] = { ...a!, stageId: 'legal_review-2', regions: ['NA', 'MENA'] };
    ws.items[b!.id] = { ...b!, stageId: 'legal_review-2', regions: ['MENA'] };
    // A stage id whose readable name clashes with a default stage's name.
    const c = Object.values(ws.items)[2]!;
    ws.items[c.id] = { ...c, stageId: 'beta_' };
    const blackout = Object.values(ws.blackouts)[0]!;
    ws.blackouts[blackout.id] = { ...blackout, regions: ['ANZ'] };
    const readiness = Object.values(ws.readiness)[0]!;
    ws.readiness[readiness.id] = { ...readiness, functionId: 'field-ops' };
    const settings = rebuildSettings(ws);
    expect(settings.stages.slice(DEFAULT_STAGES.length)).toEqual([
      { id: 'legal_review-2', name: 'Legal review 2' },
      { id: 'beta_', name: 'Beta (beta_)' },
    ]);
    expect(settings.regions.slice(DEFAULT_REGIONS.length)).toEqual([
      { code: 'MENA', name: 'MENA' },
      { code: 'ANZ', name: 'ANZ' },
    ]);
    expect(settings.functions.slice(DEFAULT_FUNCTIONS.length)).toEqual([
      { id: 'field-ops', name: 'Field ops' },
    ]);
    expect(settingsSchema.safeParse(settings).success).toBe(true);
  });

  it('keeps names unique against each other and the defaults, whatever their case', () => {
    const ws = sample();
    ws.settings = {};
    const [a, b, c] = Object.values(ws.items);
    ws.items[a!.id] = { ...a!, stageId: 'Legal' };
    ws.items[b!.id] = { ...b!, stageId: 'legal' };
    ws.items[c!.id] = { ...c!, stageId: 'sign--off' };
    const readiness = Object.values(ws.readiness)[0]!;
    ws.readiness[readiness.id] = { ...readiness, functionId: 'marketing_' };
    const settings = rebuildSettings(ws);
    expect(settings.stages.slice(DEFAULT_STAGES.length)).toEqual([
      { id: 'Legal', name: 'Legal' },
      { id: 'legal', name: 'Legal (legal)' },
      { id: 'sign--off', name: 'Sign off' },
    ]);
    expect(settings.functions.at(-1)).toEqual({ id: 'marketing_', name: 'Marketing (marketing_)' });
  });
});
