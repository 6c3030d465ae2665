/** Per-region Tier-1 capacity in settings: set, cleared back to the default, dropped with its region. */
import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import { CommandError, ValidationError } from '../../../shared/domain/errors';
import { capacityOf } from '../../../shared/domain/settings/schema';
import { removeRegion, setRegionCapacity, updateSettings } from '../../../shared/domain/settings/commands';
import { settingsOf } from '../../../shared/domain/workspace';
import { baseWorkspace } from '../../fixtures/workspace';

describe('region capacity', () => {
  it('sets a region’s figure; the others keep the default, and follow it', () => {
    let ws = baseWorkspace();
    const change = setRegionCapacity(ws, 'NA', 3);
    expect(change.label).toBe('Set NA Tier-1 capacity to 3');
    ws = applyChange(ws, change);
    expect(capacityOf(settingsOf(ws), 'NA')).toBe(3);
    expect(capacityOf(settingsOf(ws), 'EU')).toBe(1);
    ws = applyChange(ws, updateSettings(ws, { tier1CapacityPerRegionWeek: 2 }));
    expect([capacityOf(settingsOf(ws), 'NA'), capacityOf(settingsOf(ws), 'EU')]).toEqual([3, 2]);
  });

  it('clearing a figure returns the region to the default; undo puts it back', () => {
    let ws = applyChange(baseWorkspace(), setRegionCapacity(baseWorkspace(), 'NA', 3));
    const clear = setRegionCapacity(ws, 'NA', null);
    expect(clear.label).toBe('Use the default Tier-1 capacity for NA');
    const cleared = applyChange(ws, clear);
    expect(settingsOf(cleared).tier1CapacityByRegion).toEqual({});
    expect(capacityOf(settingsOf(cleared), 'NA')).toBe(1);
    ws = applyChange(cleared, invert(clear));
    expect(capacityOf(settingsOf(ws), 'NA')).toBe(3);
  });

  it('refuses figures outside 1–50 and unknown regions, saying which', () => {
    const ws = baseWorkspace();
    for (const bad of [0, 51, 1.5, Number.NaN])
      expect(() => setRegionCapacity(ws, 'NA', bad)).toThrow(
        new ValidationError([
          {
            path: 'capacity',
            message: 'NA capacity is a whole number from 1 to 50 (or empty for the default)',
          },
        ]),
      );
    expect(() => setRegionCapacity(ws, 'XX', 2)).toThrow(new CommandError('Region XX no longer exists.'));
  });

  it('removing a region drops its figure', () => {
    let ws = baseWorkspace();
    ws = applyChange(ws, setRegionCapacity(ws, 'JP', 4));
    ws = applyChange(ws, setRegionCapacity(ws, 'NA', 2));
    ws = applyChange(ws, removeRegion(ws, 'JP'));
    expect(settingsOf(ws).tier1CapacityByRegion).toEqual({ NA: 2 });
    // A region without a figure is removed as before.
    ws = applyChange(ws, removeRegion(ws, 'LATAM'));
    expect(settingsOf(ws).tier1CapacityByRegion).toEqual({ NA: 2 });
  });
});
