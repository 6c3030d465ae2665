/**
 * The full team brief of a beta shows its health: participants by status, each exit criterion
 * with its status and evidence, and what its feedback represents. The executive brief does not.
 */
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../../shared/formats/brief';
import { add, item } from '../../fixtures/records';
import { criterion, participant } from '../../fixtures/betas';
import { NOW, TODAY, baseWorkspace, sample } from '../../fixtures/workspace';

const clock = { today: TODAY, now: NOW };

describe('the beta health in the team brief', () => {
  it('lists a beta’s participants, criteria with evidence and feedback', () => {
    const { markdown } = buildBrief(
      sample(),
      { kind: 'launch', itemId: 'sample-usage-billing-beta', audience: 'team' },
      clock,
    );
    expect(markdown).toContain('## Beta health\n\nParticipants: 3 active, 1 invited (4 in all).');
    expect(markdown).toContain('Exit criteria: 0 of 3 met.');
    expect(markdown).toContain('- **Usage alerts arrive within 1 hour** — Missed\n');
    expect(markdown).toMatch(
      /Feedback from the beta: \d+ items?, \d+ accounts?, \$[\d,]+ at stake; 1 critical item open\./,
    );
  });

  it('says when a beta has no participants or criteria; the executive brief leaves it out', () => {
    const ws = add(baseWorkspace(), 'items', item('b', { kind: 'beta', title: 'Lonely beta' }));
    const team = buildBrief(ws, { kind: 'launch', itemId: 'b', audience: 'team' }, clock).markdown;
    expect(team).toContain('Participants: none recorded.');
    expect(team).toContain('Exit criteria: none recorded, so nothing shows the beta is done.');
    add(ws, 'participants', participant('p', 'b', { status: 'graduated' }));
    add(ws, 'exitCriteria', criterion('c', 'b', { title: 'Done', status: 'met', evidence: 'Report' }));
    const again = buildBrief(ws, { kind: 'launch', itemId: 'b', audience: 'team' }, clock).markdown;
    expect(again).toContain('Participants: 1 graduated (1 in all).');
    expect(again).toContain('- **Done** — Met; evidence: Report');
    const exec = buildBrief(ws, { kind: 'launch', itemId: 'b', audience: 'exec' }, clock).markdown;
    expect(exec).not.toContain('Beta health');
  });
});
