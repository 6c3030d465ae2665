/**
 * The title column's width is known twice: to the code (LEFT_WIDTH: scroll positions, the zoom's
 * anchor, the visible width) and to the stylesheet (--tl-title-width: the corner, the titles,
 * the lanes, the axis's pinned label). A chart with the two apart draws bars under the titles
 * and keeps the wrong day in place on a zoom.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LEFT_WIDTH } from '../../../renderer/features/timeline/TimelineRow';

const timelineCss = join(import.meta.dirname, '../../../renderer/features/timeline');

it('the stylesheet gives the title column the width the code works with', () => {
  const css = readFileSync(join(timelineCss, 'timeline.css'), 'utf8');
  expect(css.match(/--tl-title-width:\s*(\d+)px/)?.[1]).toBe(String(LEFT_WIDTH));
});

it('no timeline stylesheet writes the width out again: only the custom property has it', () => {
  const files = ['timeline.css', 'timeline-axis.css', 'timeline-bars.css', 'capacity-lane.css'];
  const written = files.flatMap((file) =>
    (readFileSync(join(timelineCss, file), 'utf8').match(new RegExp(`\\b${LEFT_WIDTH}px`, 'g')) ?? []).map(
      () => file,
    ),
  );
  expect(written).toEqual(['timeline.css']);
});
