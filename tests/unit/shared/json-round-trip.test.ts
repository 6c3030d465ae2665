/**
 * Export → import → export gives the same file apart from its exportedAt, for the sample and
 * for a generated workspace of 10,000 launch items with 100,000 readiness lines.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/domain/workspace';
import { exportWorkspaceJson, parseWorkspaceJson } from '../../../shared/formats/workspace-json';
import { generateWorkspace } from '../../bench/generate';
import { NOW, TODAY, sample } from '../../fixtures/workspace';

const LATER = '2026-11-27T08:15:00.000Z';

function roundTrip(ws: Workspace): { first: string; second: string } {
  const first = exportWorkspaceJson(ws, NOW);
  const parsed = parseWorkspaceJson(first);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return { first, second: exportWorkspaceJson(parsed.workspace, LATER) };
}

/** The file's text with its exportedAt blanked: what must be identical. */
const withoutStamp = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

describe('JSON round trip', () => {
  it('the sample workspace comes back byte for byte, apart from exportedAt', () => {
    const { first, second } = roundTrip(sample());
    expect(second).not.toBe(first);
    expect(withoutStamp(second)).toBe(withoutStamp(first));
  });

  it(
    '10,000 generated launch items and their readiness lines come back byte for byte',
    { timeout: 120_000 },
    () => {
      const ws = generateWorkspace({
        items: 10_000,
        readinessPerItem: 10,
        dependencies: 2_000,
        seed: 11,
        today: TODAY,
      });
      expect(Object.keys(ws.items)).toHaveLength(10_000);
      const { first, second } = roundTrip(ws);
      expect(withoutStamp(second) === withoutStamp(first)).toBe(true);
      expect(JSON.parse(second).tables.readiness).toHaveLength(Object.keys(ws.readiness).length);
    },
  );
});
