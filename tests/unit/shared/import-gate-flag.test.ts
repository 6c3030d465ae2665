/**
 * An import is exempt from the go/no-go gate (it restores a workspace as it was), so its
 * preview lists the items it brings in at or after the gate stage without a Go or Conditional
 * go standing: none at all, a No-go, or a Go dated after today.
 */
import { describe, expect, it } from 'vitest';
import { itemsPastGateWithoutGo } from '../../../shared/formats/workspace-json';
import { add, decision, item } from '../../fixtures/records';
import { TODAY, baseWorkspace } from '../../fixtures/workspace';

describe('itemsPastGateWithoutGo', () => {
  const ws = () =>
    add(
      baseWorkspace(),
      'items',
      item('retro', { title: 'Alpha', stageId: 'retrospective' }),
      item('bare', { title: 'Zulu', stageId: 'launched' }),
      item('nogo', { title: 'Bravo', stageId: 'launched' }),
      item('go', { title: 'Charlie', stageId: 'launched' }),
      item('cond', { title: 'Delta', stageId: 'retrospective' }),
      item('ahead', { title: 'Echo', stageId: 'launched' }),
      item('before', { title: 'Foxtrot', stageId: 'rolling-out' }),
    );

  it('lists items at or after the gate stage without a standing Go, by stage then title', () => {
    const workspace = add(
      ws(),
      'decisions',
      decision('n', 'nogo', { outcome: 'no-go', reevaluateOn: '2026-12-01' }),
      decision('g', 'go', { outcome: 'go' }),
      decision('c', 'cond', { outcome: 'conditional-go', riskAcceptedBy: 'Ben' }),
      decision('a', 'ahead', { outcome: 'go', decidedOn: '2027-01-01' }),
    );
    expect(itemsPastGateWithoutGo(workspace, TODAY)).toEqual([
      { id: 'nogo', title: 'Bravo', stageName: 'Launched' },
      { id: 'ahead', title: 'Echo', stageName: 'Launched' },
      { id: 'bare', title: 'Zulu', stageName: 'Launched' },
      { id: 'retro', title: 'Alpha', stageName: 'Retrospective' },
    ]);
  });

  it('lists nothing when the workspace has no gate stage', () => {
    const workspace = ws();
    add(workspace, 'settings', { ...workspace.settings.workspace!, launchedStageId: null });
    expect(itemsPastGateWithoutGo(workspace, TODAY)).toEqual([]);
  });
});
