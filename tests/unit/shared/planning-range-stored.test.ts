/**
 * The planning range judges only what changes: a workspace holding a launch stored in 1999
 * (before the rule) exports, re-imports (replace and merge) and restores its backups, and the
 * launch can be archived; moving it to 1998, or a file bringing in a NEW record dated 1990, is
 * refused by title.
 */
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { runDomainCommand } from '../../../shared/domain/commands';
import { ValidationError } from '../../../shared/domain/errors';
import { setArchived, updateItem } from '../../../shared/domain/items/commands';
import { shiftItemWithDependants } from '../../../shared/domain/items/shift';
import { updateMilestone } from '../../../shared/domain/milestones/commands';
import { planningRangeProblems } from '../../../shared/domain/planning-range';
import type { Workspace } from '../../../shared/domain/workspace';
import {
  exportWorkspaceJson,
  parseWorkspaceJson,
  replaceProblems,
  replaceWorkspace,
} from '../../../shared/formats/workspace-json';
import { mergeWorkspace } from '../../../shared/formats/workspace-merge';
import { NOW, baseWorkspace } from '../../fixtures/workspace';
import { add, item, laterContext } from '../../fixtures/records';

const OLD_TITLE = 'Legacy checkout';

/** A workspace holding a launch (and its milestone) stored in 1999, before the rule. */
function withOldLaunch(): Workspace {
  const ws = baseWorkspace();
  add(ws, 'items', item('old', { title: OLD_TITLE, launchDate: '1999-06-01' }));
  add(ws, 'milestones', { id: 'm-old', itemId: 'old', title: 'Old review', date: '1999-05-01' });
  return ws;
}

function parsed(text: string): Workspace {
  const result = parseWorkspaceJson(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.workspace;
}

/** The workspace's export with one more launch item dated 1990. */
function exportWithNewRecord(ws: Workspace): string {
  const file = JSON.parse(exportWorkspaceJson(ws, NOW)) as { tables: { items: unknown[] } };
  file.tables.items.push(item('ancient', { title: 'Ancient launch', launchDate: '1990-06-01' }));
  return JSON.stringify(file);
}

describe('a record stored outside 2000–2100 stays usable', () => {
  it('the workspace re-imports its own export and restores its backup (replace and merge)', () => {
    const ws = withOldLaunch();
    const incoming = parsed(exportWorkspaceJson(ws, NOW));
    expect(replaceProblems(replaceWorkspace(ws, incoming))).toEqual([]);
    expect(mergeWorkspace(ws, incoming).ok).toBe(true);
    // A backup restored into a workspace that has since lost the launch brings it back as it was.
    const emptied = baseWorkspace();
    expect(replaceProblems(replaceWorkspace(emptied, incoming))).toEqual([
      `Launch item “${OLD_TITLE}” is dated 1999-06-01, outside 2000–2100.`,
      'Milestone “Old review” is dated 1999-05-01, outside 2000–2100.',
    ]);
  });

  it('archiving, restoring and renaming the launch, and renaming its milestone, are allowed', () => {
    const ws = withOldLaunch();
    const archived = applyChange(ws, setArchived(ws, 'old', true, laterContext()));
    expect(archived.items.old!.archived).toBe(true);
    expect(() => setArchived(archived, 'old', false, laterContext())).not.toThrow();
    expect(() => updateItem(ws, 'old', { title: 'Legacy checkout (v1)' }, laterContext())).not.toThrow();
    expect(() => updateMilestone(ws, 'm-old', { title: 'Old review, done' })).not.toThrow();
  });

  it('moving it to another day outside the range is refused; into the range, allowed', () => {
    const ws = withOldLaunch();
    const issues = (run: () => unknown) => {
      try {
        run();
        return [];
      } catch (error) {
        if (error instanceof ValidationError) return error.issues.map((i) => i.path);
        throw error;
      }
    };
    expect(issues(() => updateItem(ws, 'old', { launchDate: '1998-06-01' }, laterContext()))).toEqual([
      'launchDate',
    ]);
    const dates = { startDate: null, launchDate: '1998-06-01', endDate: null };
    expect(() =>
      shiftItemWithDependants(ws, 'old', dates, laterContext(), { withDependants: false }),
    ).toThrow(ValidationError);
    expect(issues(() => updateItem(ws, 'old', { launchDate: '2026-06-01' }, laterContext()))).toEqual([]);
  });

  it('a file bringing in a NEW record dated 1990 is refused by title, in a replace and a merge', () => {
    const ws = withOldLaunch();
    const incoming = parsed(exportWithNewRecord(ws));
    const refusal = 'Launch item “Ancient launch” is dated 1990-06-01, outside 2000–2100.';
    expect(replaceProblems(replaceWorkspace(ws, incoming))).toEqual([refusal]);
    const merged = mergeWorkspace(ws, incoming);
    expect(merged.ok).toBe(false);
    if (!merged.ok) expect(merged.problems).toEqual([refusal]);
    const file = JSON.parse(exportWithNewRecord(ws)) as { tables: { items: { launchDate: string }[] } };
    file.tables.items.at(-1)!.launchDate = '1900-06-01';
    const before1970 = parseWorkspaceJson(JSON.stringify(file));
    expect(before1970.ok ? [] : before1970.errors).toEqual([
      'Launch item “Ancient launch” (launchDate): Enter a date between 2000 and 2100',
    ]);
  });

  it('a file changing a stored record to a day outside the range is refused', () => {
    const ws = withOldLaunch();
    const file = JSON.parse(exportWorkspaceJson(ws, NOW)) as { tables: { items: { launchDate: string }[] } };
    file.tables.items[0]!.launchDate = '1998-01-01';
    expect(replaceProblems(replaceWorkspace(ws, parsed(JSON.stringify(file))))).toEqual([
      `Launch item “${OLD_TITLE}” is dated 1998-01-01, outside 2000–2100.`,
    ]);
  });

  it('every day outside the range, listed against no workspace (the command line’s warnings)', () => {
    expect(planningRangeProblems(withOldLaunch()).map((p) => p.message)).toEqual([
      `Launch item “${OLD_TITLE}” is dated 1999-06-01, outside 2000–2100.`,
      'Milestone “Old review” is dated 1999-05-01, outside 2000–2100.',
    ]);
    expect(planningRangeProblems(withOldLaunch(), withOldLaunch())).toEqual([]);
  });
});

describe('items.shiftWithDependants', () => {
  it('requires all three dates, naming the one missing', () => {
    const ws = withOldLaunch();
    const run = () =>
      runDomainCommand(
        ws,
        'items.shiftWithDependants',
        { id: 'old', dates: { startDate: null, endDate: null }, withDependants: true },
        laterContext(),
      );
    expect(run).toThrow(ValidationError);
    try {
      run();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['dates.launchDate']);
    }
  });
});
