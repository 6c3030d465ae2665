/**
 * The import corpus (tests/fixtures/imports, written by generate.mjs): every file is read as
 * the app reads it (bytes decoded by the platform, then parsed) and must produce exactly the
 * messages expected.json gives it, or import when it is valid.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { integrityProblems } from '../../../shared/domain/integrity';
import { exportWorkspaceJson, parseWorkspaceJson } from '../../../shared/formats/workspace-json';
import { decodeText } from '../../../shared/formats/text-decode';

const DIR = join(__dirname, '../../fixtures/imports');

type Expected = { ok: true; warning?: string } | { ok: false; errors: string[]; warning?: string };
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const files = readdirSync(DIR).filter((name) => name.endsWith('.json') && name !== 'expected.json');

function importFile(name: string) {
  const { text, warning } = decodeText(new Uint8Array(readFileSync(join(DIR, name))));
  return { parsed: parseWorkspaceJson(text), warning };
}

describe('import corpus', () => {
  it('has at least 40 files, each with its expected outcome', () => {
    const corpus = files.filter((name) => name !== 'sample-export.json');
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus)).toEqual(new Set(Object.keys(expected)));
  });

  for (const [name, outcome] of Object.entries(expected))
    it(`${name}: ${outcome.ok ? 'imports' : outcome.errors[0]}`, () => {
      const { parsed, warning } = importFile(name);
      expect(warning).toBe(outcome.warning ?? null);
      if (outcome.ok) {
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        if (parsed.ok) expect(integrityProblems(parsed.workspace)).toEqual([]);
      } else expect(parsed.ok ? [] : parsed.errors).toEqual(outcome.errors);
    });

  it('a Windows-1252 file keeps its accented names (no replacement characters)', () => {
    const { parsed } = importFile('valid-windows-1252.json');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.workspace.people['sample-tomas']!.name).toBe('Tomás Alvarez');
    expect(exportWorkspaceJson(parsed.workspace, '2026-11-26T12:00:00.000Z')).not.toContain('\uFFFD');
  });

  it('ids named like Object members are ordinary records once imported', () => {
    const { parsed } = importFile('valid-ids-named-like-object-members.json');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(Object.keys(parsed.workspace.items)).toContain('__proto__');
    expect(parsed.workspace.items['__proto__']!.title).toBe('Payment Links v2 — NA wave');
    expect(parsed.workspace.people['constructor']!.name).toBe('Sam Patel');
    expect(parsed.workspace.items['toString']).toBeUndefined();
  });
});
