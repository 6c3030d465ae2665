/**
 * The planning range: every command that writes a day refuses one outside 2000–2100 with the
 * same message, at both edges, and an import bringing one in is refused by record title —
 * while a record stored earlier with such a day still loads, and the timeline's axis stops at
 * the range's edges.
 */
import { describe, expect, it } from 'vitest';
import { PLANNING_RANGE_MESSAGE } from '../../../shared/dates/days';
import { createBlackout } from '../../../shared/domain/blackouts/commands';
import { recordDecision } from '../../../shared/domain/decisions/commands';
import { ValidationError } from '../../../shared/domain/errors';
import { createItem, updateItem } from '../../../shared/domain/items/commands';
import { createMilestone } from '../../../shared/domain/milestones/commands';
import { addReadinessItem } from '../../../shared/domain/readiness/commands';
import { TABLE_SCHEMAS, type Workspace } from '../../../shared/domain/workspace';
import {
  exportWorkspaceJson,
  parseWorkspaceJson,
  replaceProblems,
  replaceWorkspace,
} from '../../../shared/formats/workspace-json';
import { timelineRange } from '../../../shared/views/timeline-rows';
import { NOW, baseWorkspace, sample } from '../../fixtures/workspace';
import { add, item, laterContext } from '../../fixtures/records';

const OUTSIDE = ['1999-12-31', '2101-01-01'];
const EDGES = ['2000-01-01', '2100-12-31'];

function workspace(): Workspace {
  const ws = baseWorkspace();
  add(ws, 'items', item('pay', { title: 'Payment Links', launchDate: '2026-12-01' }));
  return ws;
}

/** The issues a command refused with, or [] when it ran. */
function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
}

const commands: [string, string, (ws: Workspace, day: string) => unknown][] = [
  [
    'a new item’s launch day',
    'launchDate',
    (ws, day) => createItem(ws, { title: 'X', launchDate: day }, laterContext()),
  ],
  [
    'an item’s start',
    'startDate',
    (ws, day) => updateItem(ws, 'pay', { startDate: day, launchDate: null }, laterContext()),
  ],
  [
    'a milestone',
    'date',
    (ws, day) => createMilestone(ws, { itemId: 'pay', title: 'M', date: day }, laterContext()),
  ],
  [
    'a blackout window',
    'start',
    (ws, day) =>
      createBlackout(ws, { title: 'Freeze', start: day, end: day, regions: [], reason: '' }, laterContext()),
  ],
  [
    'a fixed readiness due day',
    'due',
    (ws, day) =>
      addReadinessItem(
        ws,
        'pay',
        { functionId: 'legal', title: 'Check', due: { type: 'date', date: day } },
        laterContext(),
      ),
  ],
];

describe('commands keep days within 2000–2100', () => {
  for (const [what, path, command] of commands) {
    it(`${what}: refuses ${OUTSIDE.join(' and ')}, accepts ${EDGES.join(' and ')}`, () => {
      for (const day of OUTSIDE)
        expect(issuesOf(() => command(workspace(), day))).toContainEqual({
          path,
          message: PLANNING_RANGE_MESSAGE,
        });
      for (const day of EDGES) expect(issuesOf(() => command(workspace(), day))).toEqual([]);
    });
  }

  it('a No-go re-evaluated after 2100 is refused; on its last day, accepted', () => {
    const noGo = (reevaluateOn: string) =>
      issuesOf(() =>
        recordDecision(
          workspace(),
          'pay',
          {
            outcome: 'no-go',
            decidedBy: 'Ana',
            decidedOn: '2026-11-20',
            conditions: '',
            riskAcceptedBy: '',
            reevaluateOn,
            notes: '',
          },
          { ...laterContext(), today: '2026-12-02' },
        ),
      );
    expect(noGo('2101-01-01')).toEqual([{ path: 'reevaluateOn', message: PLANNING_RANGE_MESSAGE }]);
    expect(noGo('2100-12-31')).toEqual([]);
  });

  it('a decision dated before 2000 is refused', () => {
    const issues = issuesOf(() =>
      recordDecision(
        workspace(),
        'pay',
        {
          outcome: 'go',
          decidedBy: 'Ana',
          decidedOn: '1999-12-31',
          conditions: '',
          riskAcceptedBy: '',
          reevaluateOn: null,
          notes: '',
        },
        laterContext(),
      ),
    );
    expect(issues).toEqual([{ path: 'decidedOn', message: PLANNING_RANGE_MESSAGE }]);
  });
});

describe('imports and stored records', () => {
  it('an import file moving a launch to 1990 is read, and its import refused naming the item', () => {
    const file = JSON.parse(exportWorkspaceJson(sample(), NOW)) as {
      tables: { items: Record<string, unknown>[] };
    };
    const first = file.tables.items[0]!;
    first.launchDate = '1990-06-01';
    first.startDate = null;
    first.endDate = null;
    const result = parseWorkspaceJson(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(replaceProblems(replaceWorkspace(sample(), result.workspace))).toContain(
        `Launch item “${String(first.title)}” is dated 1990-06-01, outside 2000–2100.`,
      );
  });

  it('a record stored with a day in 1995 still loads', () => {
    const stored = item('old', { launchDate: '1995-03-01' });
    expect(TABLE_SCHEMAS.items.safeParse(stored).success).toBe(true);
    expect(
      TABLE_SCHEMAS.milestones.safeParse({ id: 'm', itemId: 'old', title: 'Old', date: '1995-02-01' })
        .success,
    ).toBe(true);
  });

  it('the timeline axis stops at the planning range for a stored outlier', () => {
    const ws = workspace();
    add(ws, 'items', item('old', { launchDate: '1975-03-01' }), item('far', { launchDate: '2190-01-01' }));
    const { origin, end } = timelineRange(ws, '2026-12-01');
    expect(origin >= '1999-12-01').toBe(true);
    expect(end <= '2101-03-01').toBe(true);
  });
});
