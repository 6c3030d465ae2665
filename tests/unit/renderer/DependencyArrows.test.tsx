// @vitest-environment jsdom
/**
 * The timeline's dependency arrows: one from each drawn prerequisite's end to its dependant's
 * start; a late one (the dependant starts before the prerequisite ends) is red and thicker with a
 * red head of its own, told apart by its class and head rather than by dashes (see
 * timeline-arrows.css for why it is not dashed).
 */
import { cleanup, render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('spans only the drawn rows', () => {
    const svg = draw(new Set());
    expect(svg.getAttribute('viewBox')).toBe(`0 100 4000 ${208 + ROW - 100}`);
    expect(svg.getAttribute('height')).toBe(String(208 + ROW - 100));
  });

  it('keeps late arrows solid: a dashed curve cost 50–100 ms of rasterising per frame', () => {
    const css = readFileSync(
      join(import.meta.dirname, '../../../renderer/features/timeline/timeline-arrows.css'),
      'utf8',
    );
    expect(css).not.toMatch(/stroke-dasharray/);
    expect(css).toMatch(/\.tl-arrow--late\s*{[^}]*stroke-width:\s*2;/);
  });
});
