/**
 * The default playbooks are sound: one per kind and tier, every entry for a default readiness
 * function, Tier 1 launch covering all eleven functions from eight weeks out to the
 * retrospective, and each playbook with at least one required sign-off for the gate to check.
 */
import { describe, expect, it } from 'vitest';
import { integrityProblems } from '../../../shared/domain/integrity';
import { defaultPlaybooks } from '../../../shared/domain/playbooks/defaults';
import { playbookSchema } from '../../../shared/domain/playbooks/schema';
import { KINDS, TIERS } from '../../../shared/domain/primitives';
import { DEFAULT_FUNCTIONS } from '../../../shared/domain/settings/defaults';
import { baseWorkspace } from '../../fixtures/workspace';

const functionIds = DEFAULT_FUNCTIONS.map((f) => f.id);

describe('default playbooks', () => {
  it('one per kind and tier, with unique names and the ids the sample builds from', () => {
    const playbooks = defaultPlaybooks();
    for (const kind of KINDS)
      for (const tier of TIERS)
        expect(playbooks.filter((p) => p.kind === kind && p.tier === tier).map((p) => p.id)).toEqual([
          `playbook-${kind}-t${tier}`,
        ]);
    const names = playbooks.map((p) => p.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(playbooks.find((p) => p.kind === 'beta' && p.tier === 1)!.name).toBe('Public beta');
    expect(playbooks.find((p) => p.kind === 'beta' && p.tier === 2)!.name).toBe('Private beta');
  });

  it('pass their schema, use only default functions, and a workspace holding them is sound', () => {
    for (const playbook of defaultPlaybooks()) {
      expect(playbookSchema.safeParse(playbook).success, playbook.name).toBe(true);
      for (const entry of playbook.entries) expect(functionIds, entry.title).toContain(entry.functionId);
      const titles = playbook.entries.map((e) => `${e.functionId}/${e.title.toLowerCase()}`);
      expect(new Set(titles).size, playbook.name).toBe(titles.length);
      expect(
        playbook.entries.some((e) => e.requiredSignOff),
        playbook.name,
      ).toBe(true);
    }
    expect(integrityProblems(baseWorkspace())).toEqual([]);
  });

  it('Tier 1 launch covers all eleven functions from T-56 to a retrospective at T+14', () => {
    const tier1 = defaultPlaybooks().find((p) => p.id === 'playbook-launch-t1')!;
    expect(new Set(tier1.entries.map((e) => e.functionId))).toEqual(new Set(functionIds));
    expect(functionIds).toHaveLength(11);
    const offsets = tier1.entries.map((e) => e.offsetDays);
    expect(Math.min(...offsets)).toBe(-56);
    expect(Math.max(...offsets)).toBe(14);
    expect(tier1.entries.at(-1)!.title).toBe('Retrospective held');
    // Entries run in time order, as the checklist reads them.
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
  });

  it('lower tiers ask for less', () => {
    const size = (id: string) => defaultPlaybooks().find((p) => p.id === id)!.entries.length;
    for (const kind of KINDS) {
      expect(size(`playbook-${kind}-t1`)).toBeGreaterThan(size(`playbook-${kind}-t2`));
      expect(size(`playbook-${kind}-t2`)).toBeGreaterThan(size(`playbook-${kind}-t3`));
    }
  });

  it('are fresh copies each time', () => {
    const first = defaultPlaybooks();
    first[0]!.entries[0]!.title = 'Changed';
    expect(defaultPlaybooks()[0]!.entries[0]!.title).not.toBe('Changed');
  });
});
