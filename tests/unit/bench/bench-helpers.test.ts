import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import {
  frameStats,
  paintedAt,
  requireInView,
  runsStats,
  stats,
  watchFirstPaint,
  type WatchedContext,
  type WatchedPage,
} from '../../../scripts/bench/common.mjs';
import { heapTable } from '../../../scripts/bench/heap.mjs';
import { targetRows } from '../../../scripts/bench/targets.mjs';

describe('bench statistics', () => {
  it('median, p95 and max of a list, in any order', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(stats(values)).toEqual({ median: 51, p95: 96, max: 100, n: 100 });
  });

  it('counts frames over budget as intervals longer than 17.7 ms', () => {
    expect(frameStats([16.7, 17.7, 17.8, 33.4]).over16_7).toBe(2);
  });

  it('pools the runs for the printed figure and keeps each run p95 beside it', () => {
    const steady = Array.from({ length: 20 }, () => 16.7);
    const janky = [...steady.slice(2), 50, 60];
    const result = runsStats([steady, steady, janky]);
    expect(result.n).toBe(60);
    expect(result.max).toBe(60);
    expect(result.perRunP95).toEqual([16.7, 16.7, 60]);
    expect(result.perRunP95Median).toBe(16.7);
    expect(result.over16_7).toBe(2);
  });

  it('refuses a figure measured with nothing in view', () => {
    expect(() => requireInView(0, 'timeline bars')).toThrow(/timeline bars: 0 in view/);
    expect(() => requireInView(Number.NaN, 'cards')).toThrow(/0 in view/);
    expect(requireInView(19, 'timeline bars')).toBe(19);
  });
});

const frames = (p95: number, max: number, bars: number) => ({
  median: 16.7,
  p95,
  max,
  n: 240,
  over16_7: 3,
  perRunP95Median: p95,
  barsInView: bars,
  bars: { start: bars, turnX: 2, turnY: bars, end: bars },
});
const load = (median: number) => ({ median, p95: median + 20, max: median + 30, n: 5 });
const timeline = {
  items: 10000,
  viewport: '1360×860',
  zoom: frames(12, 20, 19),
  zoomTall: { ...frames(12, 20, 32), viewport: '1360×1300' },
  scrollX: frames(15, 20, 19),
  scrollY: frames(20, 40, 19),
  firstRender: {
    cold: { paintedMs: load(600), loadedMs: load(300) },
    warm: { paintedMs: load(240), loadedMs: load(120), keptLoads: 4 },
  },
  heapBytes: 60e6,
  exportBytes: 50e6,
  leak: { cycles: 100, beforeBytes: 60e6, afterBytes: 64e6, growthPct: 6.7 },
};
const empty = { timeline: [], board: [], matrix: [], heap: [], exports: [] };

describe('the Targets table', () => {
  const rows = targetRows({ ...empty, timeline: [timeline] });
  const met = (start: string) => rows.find(([target]) => target.startsWith(start))?.[2];

  it('judges the default window on its frames and the 30+ bars case in the tall window', () => {
    const [small, tall] = rows.filter(([target]) => target.includes('zoom'));
    expect(small).toEqual([
      expect.stringMatching(/1360×860 \(the default window; 30\+ bars: the 1360×1300 row\)/),
      'p95 12 ms, max 20 ms, 19 bars in view',
      true,
    ]);
    expect(tall).toEqual([expect.stringContaining('1360×1300'), expect.not.stringContaining('fewer'), true]);
    const slowSmall = targetRows({ ...empty, timeline: [{ ...timeline, zoom: frames(12, 50, 19) }] });
    expect(slowSmall.find(([target]) => target.includes('1360×860'))?.[2]).toBe(false);
  });

  it('fails a fast zoom seen with fewer than 30 bars when no window showed 30', () => {
    const zoomRows = (t: object) =>
      targetRows({ ...empty, timeline: [t] }).filter(([target]) => target.includes('zoom'));
    const [only] = zoomRows({ ...timeline, zoomTall: null });
    expect(only).toEqual([
      expect.stringContaining('30+ bars in view'),
      expect.stringContaining('(fewer than 30)'),
      false,
    ]);
    const [, tallFew] = zoomRows({ ...timeline, zoomTall: { ...frames(12, 20, 25), viewport: '1360×1300' } });
    expect(tallFew).toEqual([
      expect.stringContaining('1360×1300'),
      expect.stringContaining('(fewer than 30)'),
      false,
    ]);
  });

  it('judges scroll on the p95, first render on the warm median, heap on 1.5 × and the leak on 5 %', () => {
    expect(met('Timeline 10000 scroll →')).toBe(true);
    expect(met('Timeline 10000 scroll ↓')).toBe(false);
    expect(met('Timeline 10000 navigation')).toBe(true);
    // Says how the first bars were drawn: from the kept first screen, before the read.
    expect(rows.find(([target]) => target.startsWith('Timeline 10000 navigation'))?.[1]).toContain(
      'drawn from the kept first screen in 4 of 5 warm loads, workspace read at 120 ms',
    );
    expect(met('Timeline 10000 JS heap')).toBe(true);
    expect(met('Timeline 10000 heap growth')).toBe(false);
  });

  it('takes a frame interval at the display rate as within budget, one refresh late as over', () => {
    const judged = (zoomP95: number, zoomMax: number, scrollP95: number) =>
      targetRows({
        ...empty,
        timeline: [
          {
            ...timeline,
            zoomTall: { ...frames(zoomP95, zoomMax, 32), viewport: '1360×1300' },
            scrollX: frames(scrollP95, 20, 19),
          },
        ],
      })
        .filter(
          ([target]) => target.startsWith('Timeline 10000 zoom, 1360×1300') || target.includes('scroll →'),
        )
        .map(([, , ok]) => ok);
    expect(judged(16.8, 33.4, 16.8)).toEqual([true, true]);
    expect(judged(33.3, 33.4, 33.3)).toEqual([false, false]);
    expect(judged(16.8, 50, 16.7)).toEqual([false, true]);
  });

  it('holds a smaller workspace to the same frame budgets as the largest', () => {
    const small = (zoom: ReturnType<typeof frames>, scrollY: ReturnType<typeof frames>) =>
      targetRows({ ...empty, timeline: [{ ...timeline, items: 1000, zoom, scrollY }, timeline] }).find(
        ([target]) => target.startsWith('Timeline 1000 '),
      );
    expect(small(frames(16.7, 33.4, 19), frames(16.8, 20, 19))).toEqual([
      expect.stringContaining('no slower than the largest'),
      'zoom p95 16.7 / max 33.4 ms, scroll → p95 15 ms, scroll ↓ p95 16.8 ms (19 bars in view)',
      true,
    ]);
    expect(small(frames(16.7, 200, 19), frames(16.8, 20, 19))?.[2]).toBe(false);
    expect(small(frames(16.7, 33.4, 19), frames(50.1, 83, 19))?.[2]).toBe(false);
    // The largest is judged in full, once.
    const rows = targetRows({ ...empty, timeline: [{ ...timeline, items: 1000 }, timeline] });
    expect(rows.filter(([target]) => target.startsWith('Timeline 10000 zoom'))).toHaveLength(2);
  });

  it('leaves out the targets of benches that did not run', () => {
    expect(targetRows(empty)).toEqual([]);
    const brief = targetRows({
      ...empty,
      exports: [
        { items: 10000, results: [{ name: 'Markdown portfolio brief (…)', median: 900, p95: 1100 }] },
      ],
    });
    expect(brief).toEqual([
      ['Portfolio brief of 10000 items < 1 s (p95)', 'median 900 / p95 1100 ms', false],
    ]);
  });

  it('shows a first heap reading that was higher beside the settled one, and says when none settled', () => {
    const row = {
      items: 10000,
      readinessItems: 100000,
      exportBytes: 50 * 2 ** 20,
      timelineHeapBytes: 40 * 2 ** 20,
      boardHeapBytes: 45 * 2 ** 20,
      firstReadings: { timeline: 40.2 * 2 ** 20, board: 110 * 2 ** 20 },
      settled: true,
    };
    const line = (r: typeof row) => heapTable([r]).split('\n').at(-1);
    expect(line(row)).toBe('| 10000 | 100000 | 50 MB | 40 MB | 45 MB (first reading 110 MB) | 0.9 |');
    expect(line({ ...row, settled: false })).toContain('0.9 (not settled in 15 s) |');
  });
});

describe('the first-paint watch', () => {
  /** A context and its page as Playwright's emit them, without a browser. */
  function fakeContext() {
    const frame = {};
    const page = Object.assign(new EventEmitter(), { mainFrame: () => frame }) as EventEmitter & WatchedPage;
    const context = Object.assign(new EventEmitter(), {
      addInitScript: async () => {},
      pages: () => [page],
    }) as EventEmitter & WatchedContext;
    const say = (text: string) => context.emit('console', { text: () => text, page: () => page });
    const navigate = () => page.emit('framenavigated', frame);
    return { context, page, say, navigate };
  }

  it('gives each load its own paint, whether it came before or after the wait began', async () => {
    const { context, page, say, navigate } = fakeContext();
    await watchFirstPaint(context, '.tl-bar');
    navigate();
    say('lc-bench:painted 221.5');
    expect(await paintedAt(page)).toBe(221.5);
    navigate();
    const next = paintedAt(page);
    say('something else the app logged');
    say('lc-bench:painted 240');
    expect(await next).toBe(240);
  });

  it('forgets a paint of a document the page has left', async () => {
    const { context, page, say, navigate } = fakeContext();
    await watchFirstPaint(context, 'table tbody tr');
    say('lc-bench:painted 90');
    navigate();
    const next = paintedAt(page);
    say('lc-bench:painted 310');
    expect(await next).toBe(310);
  });
});
