import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { DOMAIN_COMMANDS, isDomainCommand, runDomainCommand } from '../../../shared/domain/commands';
import { ValidationError } from '../../../shared/domain/errors';
import { NOW, sample } from '../../fixtures/workspace';

const ctx = { now: '2026-11-26T10:00:00.000Z', newId: () => 'new-id' };

describe('domain commands by name', () => {
  it('runs a command given as data, the same as calling it', () => {
    const ws = sample();
    const change = runDomainCommand(
      ws,
      'items.update',
      { id: 'sample-dark-mode', fields: { title: 'Dark' } },
      ctx,
    );
    expect(applyChange(ws, change).items['sample-dark-mode']!.title).toBe('Dark');
    const created = runDomainCommand(ws, 'items.create', { fields: { title: 'From the CLI' } }, ctx);
    expect(applyChange(ws, created).items['new-id']!.title).toBe('From the CLI');
  });

  it('moves a card by name, with its target checked', () => {
    const ws = sample();
    const item = ws.items['sample-dark-mode']!;
    const target = Object.values(ws.settings.workspace!.stages).find(
      (s) => s.id !== item.stageId && s.id !== 'launched' && s.id !== 'retrospective',
    )!;
    const change = runDomainCommand(
      ws,
      'items.move',
      { id: item.id, stageId: target.id, afterId: null, beforeId: null },
      ctx,
    );
    expect(applyChange(ws, change).items[item.id]!.stageId).toBe(target.id);
    expect(() => runDomainCommand(ws, 'items.move', { id: item.id, stageId: 7 }, ctx)).toThrow(
      ValidationError,
    );
  });

  it('refuses an unknown name and bad arguments before anything runs', () => {
    expect(isDomainCommand('items.update')).toBe(true);
    expect(isDomainCommand('toString')).toBe(false);
    expect(() => runDomainCommand(sample(), 'items.explode', {}, ctx)).toThrow(/Unknown command/);
    expect(() => runDomainCommand(sample(), 'settings.addStage', { name: 42 }, ctx)).toThrow(ValidationError);
  });

  it('names every command area.verb', () => {
    // The area is a table's name, camelCase when it has two words ("exitCriteria.add").
    for (const name of Object.keys(DOMAIN_COMMANDS)) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/);
  });

  it('refuses fields a command does not take', () => {
    const ws = sample();
    const update = (fields: object) => () =>
      runDomainCommand(ws, 'items.update', { id: 'sample-dark-mode', fields }, ctx);
    expect(update({ rank: 'a0' })).toThrow(ValidationError);
    expect(update({ createdAt: '2020-01-01T00:00:00.000Z' })).toThrow(ValidationError);
    // The stage list changes only through the stage commands, which move items out first.
    expect(() => runDomainCommand(ws, 'settings.update', { fields: { stages: [] } }, ctx)).toThrow(
      ValidationError,
    );
    expect(() =>
      runDomainCommand(
        ws,
        'blackouts.create',
        {
          fields: { title: 'X', start: '2026-12-01', end: '2026-12-02', regions: [], reason: '', id: 'mine' },
        },
        ctx,
      ),
    ).toThrow(ValidationError);
  });

  it('runs every command in the table on the sample', () => {
    const ws = sample();
    // The sample's real capacity clash, acknowledged, for the commands that edit or reopen it.
    const clash = 'capacity:NA:2027-W04';
    ws.acknowledgements[clash] = {
      id: clash,
      note: 'Support is staffed',
      fingerprint: '',
      acknowledgedBy: null,
      acknowledgedAt: NOW,
    };
    const stage = ws.settings.workspace!.stages[1]!;
    const fn = ws.settings.workspace!.functions[0]!;
    const decision = Object.values(ws.decisions)[0]!;
    const blackout = Object.values(ws.blackouts)[0]!;
    const args: Record<string, unknown> = {
      'items.create': { fields: { title: 'New' } },
      'items.update': { id: 'sample-dark-mode', fields: { summary: 'Changed' } },
      'items.move': { id: 'sample-dark-mode', stageId: 'planning', afterId: null, beforeId: null },
      'items.archive': { id: 'sample-dark-mode', archived: true },
      'items.delete': { id: 'sample-dark-mode' },
      'items.shiftWithDependants': {
        id: 'sample-payment-links',
        dates: { startDate: '2026-10-15', launchDate: '2026-12-15', endDate: null },
        withDependants: true,
      },
      'milestones.create': { fields: { itemId: 'sample-dark-mode', title: 'Press day', date: '2026-12-01' } },
      'milestones.update': { id: 'sample-m1', fields: { title: 'Renamed milestone' } },
      'milestones.delete': { id: 'sample-m1' },
      'decisions.record': {
        itemId: 'sample-dark-mode',
        fields: {
          outcome: 'go',
          decidedBy: 'Ana',
          decidedOn: '2026-11-26',
          conditions: '',
          riskAcceptedBy: '',
          reevaluateOn: null,
          notes: '',
        },
      },
      'decisions.delete': { id: decision.id },
      'blackouts.create': {
        fields: { title: 'Freeze', start: '2026-12-20', end: '2026-12-31', regions: [], reason: '' },
      },
      'blackouts.update': { id: blackout.id, fields: { title: 'Renamed' } },
      'blackouts.delete': { id: blackout.id },
      'settings.update': { fields: { name: 'Renamed workspace' } },
      'settings.addStage': { name: 'Hypercare' },
      'settings.renameStage': { id: stage.id, name: 'Preview' },
      'settings.reorderStage': { id: stage.id, toIndex: 0 },
      'settings.removeStage': { id: stage.id, moveTo: 'planning' },
      'settings.addRegion': { code: 'mx', name: 'Mexico' },
      'settings.renameRegion': { code: 'JP', name: 'Nippon' },
      'settings.removeRegion': { code: 'ZZ' },
      'settings.setRegionCapacity': { code: 'NA', capacity: 2 },
      'settings.addFunction': { name: 'Partnerships' },
      'settings.renameFunction': { id: fn.id, name: 'Product' },
      'settings.removeFunction': { id: 'unused-function' },
      'people.create': { fields: { name: 'Dee', areas: ['Tax'] } },
      'people.update': { id: 'sample-maya', fields: { role: 'Director' } },
      'people.remove': { id: 'sample-maya', handToId: 'sample-sam' },
      'playbooks.apply': { itemId: 'sample-dark-mode', playbookId: 'playbook-launch-t1' },
      'playbooks.createItem': { fields: { title: 'New' }, playbookId: 'playbook-launch-t2' },
      'playbooks.create': { fields: { name: 'Partner launch' } },
      'playbooks.update': { id: 'playbook-launch-t3', fields: { name: 'Small launch' } },
      'playbooks.duplicate': { id: 'playbook-launch-t3' },
      'playbooks.delete': { id: 'playbook-launch-t3' },
      'readiness.add': { itemId: 'sample-dark-mode', fields: { functionId: 'docs', title: 'New line' } },
      'readiness.update': { id: 'sample-r1', fields: { title: 'Renamed line' } },
      'readiness.setStatus': { ids: ['sample-r1'], status: 'not-needed' },
      'readiness.setOwner': { ids: ['sample-r1'], ownerId: null },
      'readiness.delete': { ids: ['sample-r1'] },
      'readiness.move': { id: 'sample-r1', functionId: 'localisation', afterId: null, beforeId: null },
      'participants.add': { itemId: 'sample-usage-billing-beta', fields: { account: 'Trey Research' } },
      'participants.update': { id: 'sample-usage-billing-beta-participant-4', fields: { status: 'active' } },
      'participants.remove': { id: 'sample-usage-billing-beta-participant-4' },
      'exitCriteria.add': { itemId: 'sample-usage-billing-beta', fields: { title: 'NPS at least 40' } },
      'exitCriteria.update': {
        id: 'sample-usage-billing-beta-criterion-1',
        fields: { status: 'met', evidence: 'Reconciliation report' },
      },
      'exitCriteria.remove': { id: 'sample-usage-billing-beta-criterion-1' },
      'exitCriteria.reorder': { id: 'sample-usage-billing-beta-criterion-1', direction: 'down' },
      'briefs.record': { request: { kind: 'launch', itemId: 'sample-dark-mode', audience: 'exec' } },
      'rollouts.fromTemplate': { launchId: 'sample-usage-billing', templateId: 'na-eu-apac' },
      'rollouts.reorder': { id: 'sample-usage-billing-apac', direction: 'up' },
      'acknowledgements.acknowledge': { key: clash, note: 'Support is staffed', by: 'sample-maya' },
      'acknowledgements.editNote': { key: clash, note: 'Extra support staff booked' },
      'acknowledgements.reopen': { key: clash },
      'feedback.capture': {
        fields: { title: 'Slow export', itemId: 'sample-payment-links', tags: ['Exports'] },
      },
      'feedback.update': { id: 'sample-f1', fields: { severity: 4 } },
      'feedback.setStatus': { ids: ['sample-f1', 'sample-f2'], status: 'planned' },
      'feedback.link': { ids: ['sample-f5'], itemId: 'sample-payment-links' },
      'feedback.delete': { ids: ['sample-f5'] },
      'feedback.merge': { keepId: 'sample-f1', duplicateIds: ['sample-f6'] },
      'feedback.import': { rows: [{ title: 'Imported', region: 'EU' }] },
    };
    expect(Object.keys(args).sort()).toEqual(Object.keys(DOMAIN_COMMANDS).sort());
    for (const [name, a] of Object.entries(args)) {
      let change;
      try {
        change = runDomainCommand(ws, name, a, ctx);
      } catch (error) {
        // A refusal by the command itself (a region or function that does not exist) is fine
        // here; a refusal of the arguments is not.
        expect(error, name).not.toBeInstanceOf(ValidationError);
        continue;
      }
      // Removing a region or function that does not exist changes nothing.
      if (!['settings.removeRegion', 'settings.removeFunction'].includes(name))
        expect(change.ops.length, name).toBeGreaterThan(0);
    }
    const added = applyChange(
      ws,
      runDomainCommand(ws, 'settings.addRegion', { code: 'mx', name: 'Mexico' }, ctx),
    );
    expect(added.settings.workspace!.regions.map((r) => r.code)).toContain('MX');
  });
});
