// Exports: each export format of a generated workspace (10,000 launch items and their
// readiness lines by default), timed in Node over the shared modules bench.mjs bundles, each
// against the 1 s budget. Read models are memoised per table version, so every run gets fresh
// copies of the tables (made outside the timing): a run never reuses the previous run's work.
import { round, stats } from './common.mjs';

const RUNS = 7;
export const EXPORT_BUDGET_MS = 1000;

/** The workspace with every table copied: same records, new table identities (no memo hits). */
function freshTables(ws) {
  return Object.fromEntries(
    Object.entries(ws).map(([table, records]) => [table, Object.assign(Object.create(null), records)]),
  );
}

/** The export formats that exist in this build, each as a function of a workspace. */
function formats(helpers, ws, today, now) {
  const json = helpers.exportWorkspaceJson(ws, now);
  const days = Object.values(ws.items)
    .map((item) => item.launchDate)
    .filter(Boolean)
    .sort();
  const portfolio = {
    kind: 'portfolio',
    from: days[0],
    to: days.at(-1),
    filters: { region: null, tier: null, kind: null },
  };
  return [
    ['JSON export', (w) => helpers.exportWorkspaceJson(w, now)],
    [
      'JSON parse + validate',
      () => {
        const parsed = helpers.parseWorkspaceJson(json);
        if (!parsed.ok) throw new Error(`the generated workspace is invalid: ${parsed.errors[0]}`);
        return json;
      },
    ],
    [
      `Markdown portfolio brief (${days[0]} – ${days.at(-1)})`,
      (w) => helpers.buildBrief(w, portfolio, { today, now }).markdown,
    ],
    ['CSV of launch items', (w) => helpers.launchItemsCsv(w, undefined, { today })],
    ['CSV of readiness lines', (w) => helpers.readinessCsv(w)],
    ['iCalendar (.ics)', (w) => helpers.calendarIcs(w, undefined, { now })],
  ];
}

/** One format: a first (cold) run, then RUNS more, each on fresh tables. */
function measure(ws, run) {
  const times = [];
  let first = 0;
  let bytes = 0;
  for (let i = 0; i <= RUNS; i++) {
    const tables = freshTables(ws);
    const started = performance.now();
    const output = run(tables);
    const ms = performance.now() - started;
    if (i === 0) {
      first = round(ms);
      bytes = Buffer.byteLength(output);
    } else times.push(ms);
  }
  const timing = stats(times);
  return { ...timing, first, bytes, withinBudget: timing.p95 < EXPORT_BUDGET_MS };
}

export async function exportsBench({ helpers, today }, items) {
  const ws = helpers.generateWorkspace({
    items,
    readinessPerItem: 10,
    dependencies: Math.round(items / 5),
    seed: 42,
    today,
  });
  const now = new Date().toISOString();
  const results = [];
  for (const [name, run] of formats(helpers, ws, today, now)) {
    console.log(`  ${name}…`);
    results.push({ name, ...measure(ws, run) });
  }
  return { items, readinessItems: Object.keys(ws.readiness).length, results };
}

export function exportsTable(rows) {
  const mb = (bytes) => `${round(bytes / 1e6)} MB`;
  return [
    `Exports (target: each < ${EXPORT_BUDGET_MS} ms; ${RUNS} runs after a first, fresh tables each run)`,
    '| items | readiness items | export | first ms | median ms | p95 ms | size | within 1 s |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | :---: |',
    ...rows.flatMap((row) =>
      row.results.map(
        (r) =>
          `| ${row.items} | ${row.readinessItems} | ${r.name} | ${r.first} | ${r.median} | ${r.p95} | ${mb(r.bytes)} | ${r.withinBudget ? 'yes' : 'NO'} |`,
      ),
    ),
  ].join('\n');
}
