import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { DOMAIN_COMMANDS, isDomainCommand, runDomainCommand } from '../../../shared/domain/commands';
import { ValidationError } from '../../../shared/domain/errors';
import { sample } from '../../fixtures/workspace';

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
    for (const name of Object.keys(DOMAIN_COMMANDS)) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });
});
