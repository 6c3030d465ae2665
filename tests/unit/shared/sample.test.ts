import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates/days';
import { sampleWorkspace } from '../../../shared/sample/sample';
import { integrityProblems } from '../../../shared/domain/integrity';
import { parseWorkspaceJson, exportWorkspaceJson } from '../../../shared/formats/workspace-json';
import { NOW } from '../../fixtures/workspace';

describe('sample workspace', () => {
  it('has at least 3 launches, each with a beta and at least 2 rollouts', () => {
    const ws = sampleWorkspace('2026-11-26', NOW);
    const launches = Object.values(ws.items).filter(
      (i) => i.kind === 'launch' && Object.values(ws.items).some((c) => c.parentId === i.id),
    );
    expect(launches.length).toBeGreaterThanOrEqual(3);
    for (const launch of launches) {
      const children = Object.values(ws.items).filter((c) => c.parentId === launch.id);
      expect(children.filter((c) => c.kind === 'beta').length).toBeGreaterThanOrEqual(1);
      expect(children.filter((c) => c.kind === 'rollout').length).toBeGreaterThanOrEqual(2);
    }
    const functions = new Set(Object.values(ws.readiness).map((r) => r.functionId));
    expect(functions.size).toBeGreaterThanOrEqual(8);
    expect(Object.keys(ws.milestones).length).toBeGreaterThan(0);
    expect(Object.keys(ws.blackouts).length).toBeGreaterThan(0);
    expect(Object.keys(ws.people).length).toBeGreaterThan(0);
    expect(Object.keys(ws.feedback).length).toBeGreaterThan(0);
    expect(integrityProblems(ws)).toEqual([]);
  });

  it('dates everything relative to today, so it never looks stale', () => {
    const a = sampleWorkspace('2026-11-26', NOW);
    const b = sampleWorkspace('2027-06-01', NOW);
    const shift = (day: string | null) => (day ? addDays(day, 187) : null);
    for (const id of Object.keys(a.items))
      expect(b.items[id]!.launchDate).toBe(shift(a.items[id]!.launchDate));
  });

  it('passes the import validator (it is a valid workspace file)', () => {
    expect(parseWorkspaceJson(exportWorkspaceJson(sampleWorkspace('2026-11-26', NOW), NOW)).ok).toBe(true);
  });
});
