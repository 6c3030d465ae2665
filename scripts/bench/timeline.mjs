// Timeline: where a user looks. The workspace (2,000 dependencies) has launches in flight across
// today at the top of the chart; it is opened as a user opens it (#/timeline: today near the
// left, the chart at its top) in the desktop app's default window. Measured: first render cold
// and warm, zoom (toolbar buttons and Ctrl+wheel) and scroll frames with the bars in view
// counted, the JS heap next to the JSON export's size, and heap growth over 100 zoom/scroll cycles.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  heapAfterGc,
  mb,
  requireInView,
  runsStats,
  settle,
  stats,
  VIEWPORT,
  viewportLabel,
} from './common.mjs';
import { firstRender, profileWith } from './first-render.mjs';
import {
  FRAMES_AFTER_ZOOM,
  barUnder,
  barsInView,
  chartMiddle,
  framesAfter,
  position,
  pressedZoom,
  restore,
} from './timeline-frames.mjs';

/** Runs of each frame figure (each zoom run is 8 zoom changes; each scroll run 4 × 40 frames). */
const RUNS = 5;
const CYCLES = 100;
/** A window tall enough for 30+ rows (36 px each), for the zoom target's "30+ bars in view". */
const TALL = { width: VIEWPORT.width, height: 1300 };
// Button samples: each leaves Months and comes back, every one starting at today at the top.
const BUTTON_PAIRS = [
  ['Weeks', 'Months'],
  ['Quarters', 'Months'],
];
// Wheel samples: deltaY < 0 zooms in (towards Weeks), > 0 out; each pair returns to Months.
const WHEEL_PAIRS = [
  [-100, 100],
  [100, -100],
];

/** One zoom change: its frames, the bars in view before and after, and the zoom it reached. */
async function zoomSample(page, action) {
  const before = await barsInView(page);
  const frames = await framesAfter(page, action, FRAMES_AFTER_ZOOM);
  const after = await barsInView(page);
  return { frames, before, after, zoom: await pressedZoom(page) };
}

/**
 * RUNS runs of 8 zoom changes (4 by button, 4 by Ctrl+wheel over the middle of the chart), back
 * to `start` between pairs. Checks every change reached the zoom asked for, and for the wheel
 * that the bar under the pointer is still under it at the same point along it (the day under
 * the pointer stays put); the largest drift is reported in px.
 */
async function zoomRuns(page, start) {
  const runs = [];
  const changeFrames = [];
  const bars = [];
  let drift = 0;
  let anchorsChecked = 0;
  for (let run = 0; run < RUNS; run++) {
    const frames = [];
    const record = (sample) => {
      frames.push(...sample.frames);
      changeFrames.push(Math.max(...sample.frames));
      bars.push(sample.before, sample.after);
    };
    for (const pair of BUTTON_PAIRS) {
      for (const label of pair) {
        const sample = await zoomSample(page, { kind: 'click', label });
        if (sample.zoom !== label) throw new Error(`zoom button ${label} left the zoom at ${sample.zoom}`);
        record(sample);
        await settle(page, 150);
      }
      await restore(page, start);
    }
    for (const pair of WHEEL_PAIRS) {
      const point = await chartMiddle(page);
      for (const deltaY of pair) {
        const was = await pressedZoom(page);
        const under = await barUnder(page, point);
        const sample = await zoomSample(page, { kind: 'wheel', deltaY, ...point });
        if (sample.zoom === was) throw new Error(`Ctrl+wheel (deltaY ${deltaY}) did not change the zoom`);
        record(sample);
        const still = under && (await barUnder(page, point, under.label));
        if (still) {
          drift = Math.max(drift, Math.abs(still.fraction - under.fraction) * still.width);
          anchorsChecked += 1;
        }
        await settle(page, 150);
      }
      await restore(page, start);
    }
    runs.push(frames);
  }
  requireInView(Math.min(...bars), 'timeline zoom, bars before or after a change');
  return {
    ...runsStats(runs),
    changeFrameMs: stats(changeFrames),
    barsInView: Math.min(...bars),
    barsInViewMax: Math.max(...bars),
    wheelAnchorDriftPx: Math.round(drift),
    wheelAnchorsChecked: anchorsChecked,
  };
}

/** RUNS runs of 40 frames right then back (24 px a frame) and 40 down then back (36 px). */
async function scrollRuns(page, start) {
  const x = [];
  const y = [];
  const bars = { start: [], turnX: [], turnY: [], end: [] };
  for (let run = 0; run < RUNS; run++) {
    bars.start.push(await barsInView(page));
    const right = await framesAfter(page, { kind: 'scroll', dx: 24, dy: 0, steps: 40 }, 2);
    bars.turnX.push(await barsInView(page));
    const left = await framesAfter(page, { kind: 'scroll', dx: -24, dy: 0, steps: 40 }, 2);
    const down = await framesAfter(page, { kind: 'scroll', dx: 0, dy: 36, steps: 40 }, 2);
    bars.turnY.push(await barsInView(page));
    const up = await framesAfter(page, { kind: 'scroll', dx: 0, dy: -36, steps: 40 }, 2);
    bars.end.push(await barsInView(page));
    x.push([...right, ...left]);
    y.push([...down, ...up]);
    await restore(page, start);
  }
  const fewest = (list) => Math.min(...list);
  requireInView(fewest(bars.start), 'timeline scroll, bars at the start');
  requireInView(fewest(bars.end), 'timeline scroll, bars at the end');
  const counts = {
    start: fewest(bars.start),
    turnX: fewest(bars.turnX),
    turnY: fewest(bars.turnY),
    end: fewest(bars.end),
  };
  return { x: { ...runsStats(x), bars: counts }, y: { ...runsStats(y), bars: counts } };
}

/** Heap after GC before and after CYCLES cycles of zoom in and out and a short scroll. */
async function leakCheck(page, start) {
  const before = await heapAfterGc(page);
  for (let i = 0; i < CYCLES; i++) {
    await framesAfter(page, { kind: 'click', label: i % 2 ? 'Quarters' : 'Weeks' }, 2);
    await framesAfter(page, { kind: 'click', label: 'Months' }, 2);
    await framesAfter(page, { kind: 'scroll', dx: 24, dy: 36, steps: 5 }, 1);
    await framesAfter(page, { kind: 'scroll', dx: -24, dy: -36, steps: 5 }, 1);
  }
  await restore(page, start);
  const after = await heapAfterGc(page);
  return {
    cycles: CYCLES,
    beforeBytes: before,
    afterBytes: after,
    growthPct: Math.round(((after - before) / before) * 1000) / 10,
  };
}

/** Waits for the opened chart and returns where it is (the start of every sample). */
async function opened(page, what) {
  await page.locator('.tl-bar').first().waitFor({ timeout: 60_000 });
  await settle(page, 600);
  requireInView(await barsInView(page), `timeline ${what}, bars when opened`);
  return position(page);
}

export async function timelineBench(env, items, { largest = items >= 10000 } = {}) {
  const { helpers, outDir, today } = env;
  const ws = helpers.generateWorkspace({
    items,
    readinessPerItem: 2,
    dependencies: 2000,
    seed: 11,
    today,
    aroundToday: 12,
  });
  const file = join(outDir, `timeline-${items}.json`);
  writeFileSync(file, helpers.exportWorkspaceJson(ws, new Date().toISOString()));
  const exportBytes = statSync(file).size;
  const dir = await profileWith(env, `timeline-${items}`, file);
  const { cold, warm, context, page } = await firstRender(env, dir, 'timeline', '.tl-bar');
  try {
    const start = await opened(page, `${items} items`);
    const barsAtOpen = await barsInView(page);
    // The real input path once: Ctrl held, the mouse wheel over the chart (the timed samples
    // dispatch the same event in the page, at the start of a frame).
    const point = await chartMiddle(page);
    await page.mouse.move(point.x, point.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await settle(page, 300);
    if ((await pressedZoom(page)) !== 'Weeks') throw new Error('Ctrl+wheel over the chart did not zoom in');
    await restore(page, start);

    const zoom = await zoomRuns(page, start);
    const scroll = await scrollRuns(page, start);
    const heapBytes = await heapAfterGc(page);
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const leak = largest ? await leakCheck(page, start) : null;
    let zoomTall = null;
    if (largest) {
      await page.setViewportSize(TALL);
      await page.goto('about:blank');
      await page.goto(`${env.baseUrl}/#/timeline`);
      const tallStart = await opened(page, `${items} items, ${viewportLabel(TALL)}`);
      zoomTall = { viewport: viewportLabel(TALL), ...(await zoomRuns(page, tallStart)) };
    }
    return {
      items,
      dependencies: 2000,
      viewport: viewportLabel(),
      barsAtOpen,
      firstRender: { cold, warm },
      zoom,
      zoomTall,
      scrollX: scroll.x,
      scrollY: scroll.y,
      heapBytes,
      exportBytes,
      leak,
      domNodes,
    };
  } finally {
    await context.close();
  }
}

const frames = (s) =>
  `${s.median} / ${s.p95} / ${s.max} (${s.over16_7} of ${s.n} over; run p95s median ${s.perRunP95Median})`;
const loads = (s) => `${s.median} / ${s.p95}`;
const kept = (f) => `${f.keptLoads} of ${f.paintedMs.n}`;

export function timelineTable(rows) {
  const r0 = rows[0];
  const lines = [
    `Timeline (${r0.viewport} window, opened at #/timeline: today near the left, the chart at its top; ${RUNS} runs of each frame figure, pooled frames printed: median / p95 / max ms; "over": intervals > 17.7 ms)`,
    '| items | bars in view when opened | first bar painted, cold ms (median / p95) | warm ms | drawn from the kept first screen, cold / warm loads | nav → workspace loaded, cold / warm ms (median) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.items} | ${r.barsAtOpen} | ${loads(r.firstRender.cold.paintedMs)} | ${loads(r.firstRender.warm.paintedMs)} | ${kept(r.firstRender.cold)} / ${kept(r.firstRender.warm)} | ${r.firstRender.cold.loadedMs.median} / ${r.firstRender.warm.loadedMs.median} |`,
    ),
    '',
    '| items | window | zoom frames (8 changes a run, 30 frames after each) | slowest frame per change (median / p95 / max) | bars in view (fewest–most) | wheel anchor drift px (checked) |',
    '| ---: | --- | ---: | ---: | ---: | ---: |',
    ...rows.flatMap((r) =>
      [[r.viewport, r.zoom], ...(r.zoomTall ? [[r.zoomTall.viewport, r.zoomTall]] : [])].map(
        ([size, z]) =>
          `| ${r.items} | ${size} | ${frames(z)} | ${z.changeFrameMs.median} / ${z.changeFrameMs.p95} / ${z.changeFrameMs.max} | ${z.barsInView}–${z.barsInViewMax} | ${z.wheelAnchorDriftPx} (${z.wheelAnchorsChecked}) |`,
      ),
    ),
    '',
    '| items | scroll → frames (40 right, 40 back) | scroll ↓ frames (40 down, 40 up) | bars in view: start / after → / after ↓ / end | DOM nodes | JS heap after GC | JSON export | heap ÷ export | heap growth over 100 zoom/scroll cycles |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const b = r.scrollX.bars;
      const leak = r.leak
        ? `${r.leak.growthPct} % (${mb(r.leak.beforeBytes)} → ${mb(r.leak.afterBytes)} MB)`
        : '–';
      return `| ${r.items} | ${frames(r.scrollX)} | ${frames(r.scrollY)} | ${b.start} / ${b.turnX} / ${b.turnY} / ${b.end} | ${r.domNodes} | ${mb(r.heapBytes)} MB | ${mb(r.exportBytes)} MB | ${Math.round((r.heapBytes / r.exportBytes) * 100) / 100} | ${leak} |`;
    }),
  ];
  return lines.join('\n');
}
