import { describe, expect, it } from 'vitest';
import { exportWorkspaceJson } from '../../../shared/formats/workspace-json';
import { barEnd, barStart } from '../../../shared/domain/items/collisions';
import { generateWorkspace } from '../../bench/generate';
import { NOW, TODAY } from '../../fixtures/workspace';

const options = { items: 400, readinessPerItem: 1, dependencies: 80, seed: 11, today: TODAY };

describe('generateWorkspace aroundToday', () => {
  it('leaves the workspace as the seed draws it when unset or 0', () => {
    const plain = exportWorkspaceJson(generateWorkspace(options), NOW);
    expect(exportWorkspaceJson(generateWorkspace({ ...options, aroundToday: 0 }), NOW)).toBe(plain);
  });

  it('puts launches and their children across today, starting before every other item', () => {
    const ws = generateWorkspace({ ...options, aroundToday: 5 });
    const moved = Array.from({ length: 20 }, (_, n) => ws.items[`item-${n}`]!);
    for (const item of moved) {
      expect(barStart(item)! < TODAY && barEnd(item)! > TODAY).toBe(true);
      expect(item.startDate! <= item.launchDate!).toBe(true);
    }
    const rest = Object.values(ws.items).filter((item) => !moved.includes(item));
    const latestLaunchStart = moved
      .filter((i) => i.kind === 'launch')
      .map((i) => i.startDate!)
      .sort()
      .at(-1)!;
    expect(rest.every((item) => barStart(item)! > latestLaunchStart)).toBe(true);
    // The same seed, the same workspace.
    expect(exportWorkspaceJson(generateWorkspace({ ...options, aroundToday: 5 }), NOW)).toBe(
      exportWorkspaceJson(ws, NOW),
    );
  });
});
