// @vitest-environment jsdom
/**
 * The timeline's dependency arrows: one from each drawn prerequisite's end to its dependant's
 * start; a late one (the dependant starts before the prerequisite ends) is red and thicker with a
 * red head of its own (timeline-arrows.css; timeline.spec checks it is drawn solid, not dashed).
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DependencyArrows } from '../../../renderer/features/timeline/DependencyArrows';
import { makeScale } from '../../../renderer/features/timeline/scale';
import { item } from '../../fixtures/records';

const scale = makeScale('2026-01-01', '2026-12-31', 'month');
const ROW = 36;
const rows = [
  { item: item('a', { startDate: '2026-03-01', launchDate: '2026-04-01' }), y: 100 },
  { item: item('b', { startDate: '2026-05-01', launchDate: '2026-06-01', dependsOn: ['a'] }), y: 136 },
  { item: item('c', { startDate: '2026-03-15', launchDate: '2026-06-01', dependsOn: ['a'] }), y: 172 },
  // Its prerequisite is not drawn: no arrow.
  { item: item('d', { startDate: '2026-05-01', launchDate: '2026-06-01', dependsOn: ['zz'] }), y: 208 },
];

afterEach(cleanup);

function draw(late: ReadonlySet<string>) {
  const { container } = render(
    <DependencyArrows rows={rows} scale={scale} rowHeight={ROW} width={4000} late={late} />,
  );
  return container.querySelector('svg')!;
}

describe('DependencyArrows', () => {
  it('draws an arrow per drawn dependency, a late one with its class and its own head', () => {
    const svg = draw(new Set(['c+a']));
    const arrows = [...svg.querySelectorAll('path.tl-arrow')];
    expect(arrows).toHaveLength(2);
    const [onTime, late] = arrows;
    expect(onTime!.getAttribute('class')).toBe('tl-arrow');
    expect(onTime!.getAttribute('marker-end')).toBe('url(#tl-arrowhead)');
    expect(late!.getAttribute('class')).toBe('tl-arrow tl-arrow--late');
    expect(late!.getAttribute('marker-end')).toBe('url(#tl-arrowhead-late)');
    // Both heads are defined in the drawing, the late one styled red by its class.
    expect(svg.querySelector('marker#tl-arrowhead')).not.toBeNull();
    expect(svg.querySelector('marker#tl-arrowhead-late')?.getAttribute('class')).toBe('tl-arrowhead--late');
  });

  it('draws an item drawn twice (under two regions) from its first row only', () => {
    const twice = [...rows, { item: rows[1]!.item, y: 244 }];
    const { container } = render(
      <DependencyArrows rows={twice} scale={scale} rowHeight={ROW} width={4000} late={new Set()} />,
    );
    const arrows = [...container.querySelectorAll('path.tl-arrow')].map((p) => p.getAttribute('d'));
    expect(arrows).toHaveLength(2);
    // b's arrow ends in its first row (y 136 + half a row), not the second (244).
    expect(arrows.some((d) => d!.endsWith(`,${136 + ROW / 2}`))).toBe(true);
    expect(arrows.some((d) => d!.endsWith(`,${244 + ROW / 2}`))).toBe(false);
  });

  it('spans only the drawn rows', () => {
    const svg = draw(new Set());
    expect(svg.getAttribute('viewBox')).toBe(`0 100 4000 ${208 + ROW - 100}`);
    expect(svg.getAttribute('height')).toBe(String(208 + ROW - 100));
  });
});
