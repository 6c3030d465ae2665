/**
 * The create form's checklist choice and the playbook editor's T-offsets: following kind and
 * tier until a pick, none, a picked playbook that is gone; "T-14" read, a date refused.
 */
import { describe, expect, it } from 'vitest';
import { chosenPlaybookId, FOLLOW_KIND_AND_TIER } from '../../../renderer/features/launches/PlaybookChoice';
import { parseOffset } from '../../../renderer/features/settings/PlaybookEntries';
import { baseWorkspace } from '../../fixtures/workspace';

describe('the checklist a new item starts with', () => {
  it('follows kind and tier until the person picks', () => {
    const ws = baseWorkspace();
    expect(chosenPlaybookId(ws, FOLLOW_KIND_AND_TIER, 'launch', '1')).toBe('playbook-launch-t1');
    expect(chosenPlaybookId(ws, FOLLOW_KIND_AND_TIER, 'beta', 2)).toBe('playbook-beta-t2');
    expect(chosenPlaybookId(ws, FOLLOW_KIND_AND_TIER, 'launch', '')).toBeNull();
    const picked = { mode: 'picked', id: 'playbook-rollout-t3' } as const;
    expect(chosenPlaybookId(ws, picked, 'launch', '1')).toBe('playbook-rollout-t3');
    expect(chosenPlaybookId(ws, { mode: 'none' }, 'launch', '1')).toBeNull();
    // A picked playbook deleted meanwhile (in another window) gives no checklist, not an error.
    expect(chosenPlaybookId(ws, { mode: 'picked', id: 'gone' }, 'launch', '1')).toBeNull();
    expect(chosenPlaybookId({ playbooks: {} }, FOLLOW_KIND_AND_TIER, 'launch', '1')).toBeNull();
  });
});

describe('a playbook line’s due', () => {
  it('reads T-offsets as typed and refuses fixed days and nonsense', () => {
    expect(parseOffset('T-14')).toEqual({ ok: true, days: -14 });
    expect(parseOffset(' t+3 ')).toEqual({ ok: true, days: 3 });
    expect(parseOffset('T-0')).toEqual({ ok: true, days: 0 });
    expect(parseOffset('2026-12-01')).toEqual({
      ok: false,
      message: 'A playbook line is due relative to launch: enter a T-offset such as T-14 or T+3',
    });
    expect(parseOffset('')).toMatchObject({ ok: false });
    expect(parseOffset('soon')).toMatchObject({ ok: false });
    expect(parseOffset('T-900')).toEqual({
      ok: false,
      message: 'A T-offset is at most 730 days before or after launch',
    });
  });
});
