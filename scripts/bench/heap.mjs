// JS heap with the storage bench's workspace (10,000 launch items, 100,000 readiness items,
// 2,000 dependencies) open on the timeline and on the board, after a forced garbage collection,
// next to the byte size of that workspace's JSON export as the app writes it
// (exportWorkspaceJson): the target is a heap at most 1.5 × the export. The heap judged is the
// settled one (settledHeap); a first reading that was higher is shown beside it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  settledHeap,
  importWorkspace,
  mb,
  requireInView,
  settle,
  VIEWPORT,
  viewportLabel,
  storageWorkspace,
} from './common.mjs';
import { barsInView } from './timeline-frames.mjs';

export const HEAP_RATIO_TARGET = 1.5;

export async function heapBench({ browser, helpers, baseUrl, outDir, today }, items) {
  const ws = storageWorkspace(helpers, items, today);
  const json = helpers.exportWorkspaceJson(ws, new Date().toISOString());
  const exportBytes = Buffer.byteLength(json);
  const file = join(outDir, `workspace-${items}.json`);
  writeFileSync(file, json);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await importWorkspace(page, baseUrl, file);
    const views = {};
    for (const [route, selector] of [
      ['timeline', '.tl-bar'],
      ['board', '.card'],
    ]) {
      // A fresh load of the view: the import's own garbage is not counted.
      await page.goto('about:blank');
      await page.goto(`${baseUrl}/#/${route}`);
      await page.locator(selector).first().waitFor({ timeout: 60_000 });
      await settle(page, 1000);
      if (route === 'timeline') requireInView(await barsInView(page), 'heap bench, timeline bars');
      views[route] = await settledHeap(page);
    }
    return {
      items,
      readinessItems: Object.keys(ws.readiness).length,
      viewport: viewportLabel(),
      exportBytes,
      timelineHeapBytes: views.timeline.bytes,
      boardHeapBytes: views.board.bytes,
      firstReadings: { timeline: views.timeline.firstBytes, board: views.board.firstBytes },
      settled: views.timeline.settled && views.board.settled,
    };
  } finally {
    await context.close();
  }
}

const ratio = (heap, bytes) => Math.round((heap / bytes) * 100) / 100;
export const heapRatio = (r) => ratio(Math.max(r.timelineHeapBytes, r.boardHeapBytes), r.exportBytes);

/** A view's settled heap, with its first reading beside it when that was over 2 % higher. */
function heapCell(settled, first) {
  const transient = first !== undefined && first > settled * 1.02 ? ` (first reading ${mb(first)} MB)` : '';
  return `${mb(settled)} MB${transient}`;
}

export function heapTable(rows) {
  return [
    `JS heap after a forced GC, once two readings a second apart agree within 2 % (target: ≤ ${HEAP_RATIO_TARGET} × the workspace's JSON export; ${viewportLabel()} window)`,
    '| items | readiness items | JSON export | heap, timeline open | heap, board open | larger heap ÷ export |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.items} | ${r.readinessItems} | ${mb(r.exportBytes)} MB | ${heapCell(r.timelineHeapBytes, r.firstReadings?.timeline)} | ${heapCell(r.boardHeapBytes, r.firstReadings?.board)} | ${heapRatio(r)}${r.settled === false ? ' (not settled in 15 s)' : ''} |`,
    ),
  ].join('\n');
}
