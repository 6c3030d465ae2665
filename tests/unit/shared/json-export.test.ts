import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { emptyTables } from '../../../shared/domain/workspace';
import {
  WORKSPACE_FORMAT_VERSION,
  exportWorkspaceJson,
  parseWorkspaceJson,
  replaceWorkspace,
  summariseChange,
} from '../../../shared/formats/workspace-json';
import { baseWorkspace, sample, NOW } from '../../fixtures/workspace';

describe('JSON workspace file', () => {
  it('round-trips a workspace exactly and exports deterministically', () => {
    const ws = sample();
    const text = exportWorkspaceJson(ws, NOW);
    const parsed = parseWorkspaceJson(text);
    expect(parsed.ok && parsed.workspace).toEqual(ws);
    expect(exportWorkspaceJson(structuredClone(ws), NOW)).toBe(text);
  });

  it('explains why a file cannot be imported', () => {
    expect(parseWorkspaceJson('{ not json')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^This is not a JSON file/)],
    });
    expect(parseWorkspaceJson('[]')).toMatchObject({ ok: false });
    expect(parseWorkspaceJson('{"format":"other"}')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/not a Launch Control workspace/)],
    });
    const newer = JSON.stringify({
      format: 'launch-control.workspace',
      version: WORKSPACE_FORMAT_VERSION + 1,
      tables: {},
    });
    expect(parseWorkspaceJson(newer)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/newer version of Launch Control/)],
    });
  });

  it('reports bad records, duplicate ids and broken references', () => {
    const file = JSON.parse(exportWorkspaceJson(sample(), NOW));
    file.tables.items[0].launchDate = '2026-02-31';
    file.tables.people.push({ ...file.tables.people[0] });
    const result = parseWorkspaceJson(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContainEqual(
        expect.stringMatching(
          /^Launch item “Dashboard dark mode” \(launchDate\): Enter a real calendar date/,
        ),
      );
      expect(result.errors).toContainEqual(
        expect.stringMatching(/the id "sample-aisha" appears twice in people/),
      );
    }
    const orphan = JSON.parse(exportWorkspaceJson(sample(), NOW));
    orphan.tables.readiness[0].itemId = 'missing';
    const broken = parseWorkspaceJson(JSON.stringify(orphan));
    expect(broken.ok === false && broken.errors[0]).toMatch(/belongs to a missing launch item \(missing\)/);
  });

  it('a file without settings is refused', () => {
    expect(parseWorkspaceJson(exportWorkspaceJson(emptyTables(), NOW))).toMatchObject({
      ok: false,
      errors: ['The workspace file has no workspace settings.'],
    });
  });

  it('replaceWorkspace turns the current workspace into the incoming one, summarised per table', () => {
    const current = baseWorkspace();
    const incoming = sample();
    const change = replaceWorkspace(current, incoming);
    expect(applyChange(current, change)).toEqual(incoming);
    const summary = summariseChange(change);
    expect(summary.find((d) => d.table === 'items')).toEqual({
      table: 'items',
      added: 14,
      changed: 0,
      removed: 0,
    });
    expect(summary.find((d) => d.table === 'people')).toMatchObject({ added: 8, removed: 2 });
    expect(summary.find((d) => d.table === 'settings')).toMatchObject({ changed: 1 });
    expect(replaceWorkspace(incoming, structuredClone(incoming)).ops).toEqual([]);
  });
});
