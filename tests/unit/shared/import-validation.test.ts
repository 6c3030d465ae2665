/**
 * Import validation says everything wrong with a file at once: field problems and broken
 * references together, on different records and on the same one, each record named by its title.
 */
import { describe, expect, it } from 'vitest';
import { exportWorkspaceJson, parseWorkspaceJson } from '../../../shared/formats/workspace-json';
import { NOW, sample } from '../../fixtures/workspace';

type FileRecord = Record<string, unknown> & { id: string };
type File = { tables: Record<string, FileRecord[]> };

function sampleFile(): File {
  return JSON.parse(exportWorkspaceJson(sample(), NOW)) as File;
}

const find = (file: File, table: string, id: string) => file.tables[table]!.find((r) => r.id === id)!;

function errorsOf(file: File): string[] {
  const result = parseWorkspaceJson(JSON.stringify(file));
  if (result.ok) throw new Error('the file was accepted');
  return result.errors;
}

describe('import validation, every problem in one pass', () => {
  it('a bad date and references to a missing stage and a missing person on other records appear together', () => {
    const file = sampleFile();
    find(file, 'items', 'sample-dark-mode').launchDate = '2026-13-01';
    find(file, 'items', 'sample-team-workspaces').stageId = 'limbo';
    find(file, 'milestones', 'sample-m1').itemId = 'sample-vanished';
    find(file, 'readiness', 'sample-r2').ownerId = 'sample-ghost';
    expect(errorsOf(file)).toEqual([
      'Launch item “Dashboard dark mode” (launchDate): Enter a real calendar date (yyyy-mm-dd)',
      'Launch item “Team workspaces” is in a stage that does not exist (limbo).',
      'Readiness item “Positioning and messaging approved” has an owner who is not in People (sample-ghost).',
      expect.stringMatching(/^Milestone “.+” belongs to a missing launch item \(sample-vanished\)\.$/),
    ]);
  });

  it('a record with a bad field still has its references checked, right after its own problems', () => {
    const file = sampleFile();
    const item = find(file, 'items', 'sample-dark-mode');
    item.launchDate = 'soon';
    item.ownerId = 'sample-ghost';
    item.regions = ['EU', 'MARS'];
    expect(errorsOf(file)).toEqual([
      'Launch item “Dashboard dark mode” (launchDate): Enter a real calendar date (yyyy-mm-dd)',
      'Launch item “Dashboard dark mode” has an owner who is not in People (sample-ghost).',
      'Launch item “Dashboard dark mode” is in an unknown region (MARS).',
    ]);
  });

  it('a field of the wrong shape is reported once, not judged again as a reference', () => {
    const file = sampleFile();
    const item = find(file, 'items', 'sample-dark-mode');
    item.regions = 'EU';
    item.approverIds = null;
    expect(errorsOf(file)).toEqual([
      'Launch item “Dashboard dark mode” (approverIds): Invalid input: expected array, received null',
      'Launch item “Dashboard dark mode” (regions): Invalid input: expected array, received string',
    ]);
  });

  it('unknown region codes are refused with the code and the record named, in every table that holds one', () => {
    const file = sampleFile();
    find(file, 'items', 'sample-dark-mode').regions = ['ATLANTIS'];
    find(file, 'people', 'sample-maya').region = 'MOON';
    find(file, 'feedback', 'sample-f1').region = 'ZZ';
    const errors = errorsOf(file);
    expect(errors).toContain('Launch item “Dashboard dark mode” is in an unknown region (ATLANTIS).');
    expect(errors).toContain('Person “Maya Chen” is in an unknown region (MOON).');
    expect(errors).toContainEqual(
      expect.stringMatching(/^Feedback item “.+” is from an unknown region \(ZZ\)\.$/),
    );
    expect(errors).toHaveLength(3);
  });
});
