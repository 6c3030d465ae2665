// @vitest-environment jsdom
/**
 * The timeline's capacity strip is one Tab stop: only one week marker is in the Tab order (the
 * last focused while drawn, else the first), and ←/→ Home End move between the markers.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CapacityLane } from '../../../renderer/features/timeline/CapacityLane';
import { makeScale } from '../../../renderer/features/timeline/scale';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { add, item } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

const launch = (id: string, launchDate: string) =>
  item(id, { title: `Launch ${id}`, tier: 1, launchDate, regions: ['NA'] });

beforeEach(() => {
  // Capacity 1 a week by default: each of three weeks has one or two Tier-1 go-lives in NA.
  const ws = add(
    baseWorkspace(),
    'items',
    launch('a', '2026-12-01'),
    launch('b', '2026-12-09'),
    launch('c', '2026-12-10'),
    launch('d', '2026-12-16'),
  );
  useDocument.setState({ ...initialDocument, workspace: ws, phase: 'ready' }, true);
  render(
    <CapacityLane
      scale={makeScale('2026-11-01', '2027-01-31', 'month')}
      from="2026-11-01"
      to="2027-01-31"
      left={0}
    />,
  );
});
afterEach(cleanup);

const markers = () => screen.getAllByRole('listitem');
const tabStops = () => markers().filter((m) => m.getAttribute('tabindex') === '0');
const press = (key: string) => act(() => void fireEvent.keyDown(document.activeElement!, { key }));

describe('capacity strip by keyboard', () => {
  it('is one Tab stop that follows the focus, with ← → Home End between the weeks', async () => {
    // The strip is counted after the first paint.
    expect(await screen.findAllByRole('listitem')).toHaveLength(3);
    expect(tabStops()).toEqual([markers()[0]]);
    act(() => markers()[0]!.focus());
    await press('ArrowRight');
    expect(markers()[1]).toHaveFocus();
    expect(markers()[1]).toHaveAccessibleName(/^Week 2026-W50 .*over capacity/);
    expect(tabStops()).toEqual([markers()[1]]);
    await press('End');
    expect(markers()[2]).toHaveFocus();
    await press('ArrowRight'); // stays at the last one
    expect(markers()[2]).toHaveFocus();
    await press('Home');
    expect(markers()[0]).toHaveFocus();
    await press('ArrowLeft');
    expect(markers()[0]).toHaveFocus();
    expect(tabStops()).toEqual([markers()[0]]);
  });
});
