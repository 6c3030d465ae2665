#!/usr/bin/env node
// `npm run bench`: performance benchmarks in Chromium against the browser build, on seeded
// data. Writes bench-results/results.json and prints tables with the SPEC targets beside the
// figures. BENCH_ONLY=board|timeline|matrix|feedback|storage|heap|exports runs one; BENCH_*_SIZES change the
// sizes. The exports bench runs in Node, and the timeline PDF (BENCH_PDF_SIZES) in the browser;
// BENCH_ONLY=exports-node leaves the PDF out and starts no browser.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { boardBench, boardTable } from './bench/board.mjs';
import { exportsBench, exportsTable, timelinePdfBench } from './bench/exports.mjs';
import { feedbackBench, feedbackTable } from './bench/feedback.mjs';
import { heapBench, heapTable } from './bench/heap.mjs';
import { matrixBench, matrixTable } from './bench/matrix.mjs';
import { storageBench, storageTable } from './bench/storage.mjs';
import { targetRows, targetsTable } from './bench/targets.mjs';
import { timelineBench, timelineTable } from './bench/timeline.mjs';

const root = resolve(import.meta.dirname, '..');
// BENCH_OUT_DIR: a folder of its own, so two bench runs at once do not overwrite each other.
const outDir = resolve(root, process.env.BENCH_OUT_DIR ?? 'bench-results');
mkdirSync(outDir, { recursive: true });
const PORT = Number(process.env.BENCH_PORT ?? 4329);
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const sizes = (value, fallback) => (value ?? fallback).split(',').map(Number);

/** The seeded generator and the JSON export are TypeScript: bundle them for Node with Vite. */
async function bundleHelpers() {
  const dir = join(outDir, '.build');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'tests/bench/entry.ts'),
      outDir: dir,
      emptyOutDir: true,
      rolldownOptions: { output: { entryFileNames: 'entry.mjs' } },
    },
  });
  return import(pathToFileURL(join(dir, 'entry.mjs')).href);
}

const only = process.env.BENCH_ONLY;
const helpers = await bundleHelpers();
const needsBrowser = only !== 'exports-node';
if (needsBrowser) await build({ configFile: join(root, 'vite.web.config.mts'), logLevel: 'warn' });
const server = needsBrowser
  ? await preview({
      configFile: join(root, 'vite.web.config.mts'),
      preview: { port: PORT, strictPort: true },
      logLevel: 'warn',
    })
  : null;
// The first-render benches start browsers of their own (persistent profiles) with the same options.
const launchOptions = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS };
const browser = needsBrowser ? await chromium.launch(launchOptions) : null;
const env = {
  browser,
  launchOptions,
  helpers,
  baseUrl: `http://127.0.0.1:${PORT}`,
  outDir,
  today: new Date().toISOString().slice(0, 10),
};
const results = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  // Other work on the machine slows every figure: the 1-minute load average at the start and end.
  load: { start: loadavg()[0] },
  board: [],
  timeline: [],
  matrix: [],
  storage: [],
  heap: [],
  exports: [],
  feedback: [],
  failures: [],
};
/**
 * Runs one bench and keeps its figures. A bench that throws (nothing in view, a step that timed
 * out) is reported at the end and fails the run, but the others still run and every figure
 * measured so far is printed and written.
 */
async function attempt(name, list, bench) {
  try {
    list.push(await bench());
  } catch (error) {
    console.error(`${name} failed: ${error.stack ?? error}`);
    results.failures.push({ bench: name, error: String(error.message ?? error) });
  }
}
try {
  if (!only || only === 'board')
    for (const items of sizes(process.env.BENCH_BOARD_SIZES, '500,2000,5000')) {
      console.log(`Board: ${items} launch items…`);
      await attempt(`board ${items}`, results.board, () => boardBench(env, items));
    }
  if (!only || only === 'timeline') {
    const timelineSizes = sizes(process.env.BENCH_TIMELINE_SIZES, '1000,5000,10000');
    // The leak check and the tall window's zoom figure run at the largest size only.
    const largest = Math.max(...timelineSizes);
    for (const items of timelineSizes) {
      console.log(`Timeline: ${items} launch items…`);
      await attempt(`timeline ${items}`, results.timeline, () =>
        timelineBench(env, items, { largest: items === largest }),
      );
    }
  }
  if (!only || only === 'matrix')
    for (const items of sizes(process.env.BENCH_MATRIX_SIZES, '1000')) {
      console.log(`Readiness matrix: ${items} launch items × 12 functions…`);
      await attempt(`matrix ${items}`, results.matrix, () => matrixBench(env, items));
    }
  if (!only || only === 'feedback')
    for (const count of sizes(process.env.BENCH_FEEDBACK_SIZES, '50000')) {
      console.log(`Feedback inbox: ${count} feedback records…`);
      await attempt(`feedback ${count}`, results.feedback, () => feedbackBench(env, count));
    }
  if (!only || only === 'storage')
    for (const items of sizes(process.env.BENCH_SIZES, '1000,10000')) {
      console.log(`Storage: ${items} launch items, ${items * 10} readiness items…`);
      await attempt(`storage ${items}`, results.storage, () => storageBench(env, items));
    }
  if (!only || only === 'heap')
    for (const items of sizes(process.env.BENCH_HEAP_SIZES, '10000')) {
      console.log(`JS heap: ${items} launch items, ${items * 10} readiness items…`);
      await attempt(`heap ${items}`, results.heap, () => heapBench(env, items));
    }
  if (!only || only.startsWith('exports'))
    for (const items of sizes(process.env.BENCH_EXPORT_SIZES, '10000')) {
      console.log(`Exports: ${items} launch items, ${items * 10} readiness items…`);
      await attempt(`exports ${items}`, results.exports, () => exportsBench(env, items));
    }
  if (!only || only === 'exports')
    for (const items of sizes(process.env.BENCH_PDF_SIZES, '1000')) {
      console.log(`Timeline PDF: ${items} launch items…`);
      await attempt(`exports ${items}`, results.exports, () => timelinePdfBench(env, items));
    }
} finally {
  await browser?.close();
  if (server) await new Promise((done) => server.httpServer.close(done));
}
results.load.end = loadavg()[0];
results.targets = targetRows(results).map(([target, figure, met]) => ({ target, figure, met }));
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
if (results.board.length) console.log(`\n${boardTable(results.board)}`);
if (results.timeline.length) console.log(`\n${timelineTable(results.timeline)}`);
if (results.matrix.length) console.log(`\n${matrixTable(results.matrix)}`);
if (results.feedback.length) console.log(`\n${feedbackTable(results.feedback)}`);
if (results.storage.length) console.log(`\n${storageTable(results.storage)}`);
if (results.heap.length) console.log(`\n${heapTable(results.heap)}`);
if (results.exports.length) console.log(`\n${exportsTable(results.exports)}`);
if (results.targets.length) console.log(`\n${targetsTable(results)}`);
console.log(
  `\nLoad average (1 min) at the start ${results.load.start.toFixed(1)}, at the end ${results.load.end.toFixed(1)}`,
);
console.log(`\nWritten to ${join(outDir, 'results.json')}`);
if (results.failures.length) {
  console.error(
    `\nFAILED: ${results.failures.map((f) => `${f.bench}: ${f.error.split('\n')[0]}`).join('; ')}`,
  );
  process.exitCode = 1;
}
