// Feedback inbox: 50,000 records over 500 launch items. From the input to the rows painted
// (the frame after the DOM changed, then a task): typing a search word, changing the order,
// changing the grouping. Measured in the page, so Playwright's round trips stay out of it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importWorkspace, stats } from './common.mjs';

const RUNS = 9;
const ITEMS = 500;
// Each run changes what is shown, so the DOM changes and the paint can be timed.
const QUERIES = ['export', 'refund', 'invoice', 'northwind', 'slow', 'mobile', 'contoso', 'login', 'sync'];
// Newest between the others: by severity the top rows are those by score (ties go by score),
// so two orders in a row could show the same rows and nothing would repaint.
const SORTS = ['newest', 'revenue', 'newest', 'accounts', 'newest', 'score', 'newest', 'severity', 'newest'];
const GROUPS = ['launch', 'source', 'region', 'theme', 'status', 'none'];

/**
 * Sets a control's value as a person would (the native setter, then the event React listens
 * for) and resolves with the ms until the table's rows changed and were painted.
 */
function changeAndTime(page, { selector, index = 0, value, event }) {
  return page.evaluate(
    ({ selector, index, value, event }) =>
      new Promise((done, fail) => {
        const control = document.querySelectorAll(selector)[index];
        const table = document.querySelector('.feedback-view__body');
        if (!control || !table) return fail(new Error(`no ${control ? 'table' : selector} on screen`));
        const proto =
          control instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
        const started = performance.now();
        // A change that shows nothing new would wait for ever: say which one it was.
        const stuck = setTimeout(() => {
          observer.disconnect();
          fail(new Error(`setting ${selector} to “${value}” changed no row within 30 s`));
        }, 30_000);
        const observer = new MutationObserver(() => {
          clearTimeout(stuck);
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - started), 0));
        });
        observer.observe(table, { childList: true, subtree: true, characterData: true });
        Object.getOwnPropertyDescriptor(proto, 'value').set.call(control, value);
        control.dispatchEvent(new Event(event, { bubbles: true }));
      }),
    { selector, index, value, event },
  );
}

/** Feedback rows in the DOM now; throws when none are, as then nothing was measured. */
async function rowsInView(page, when) {
  const rows = await page.evaluate(
    () => document.querySelectorAll('.feedback-table tbody tr[aria-selected]').length,
  );
  if (rows === 0) throw new Error(`feedback inbox ${when}: 0 rows in view; nothing was measured`);
  return rows;
}

export async function feedbackBench({ browser, helpers, baseUrl, outDir, today }, count) {
  const ws = helpers.addFeedback(
    helpers.generateWorkspace({ items: ITEMS, readinessPerItem: 0, dependencies: 0, seed: 23, today }),
    count,
    29,
  );
  const file = join(outDir, `feedback-${count}.json`);
  writeFileSync(file, helpers.exportWorkspaceJson(ws, new Date().toISOString()));
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await importWorkspace(page, baseUrl, file);
  await page.goto(`${baseUrl}/#/feedback`);
  await page.locator('.feedback-table tbody tr[aria-selected]').first().waitFor({ timeout: 60_000 });
  const search = 'input[aria-label="Search feedback"]';

  const typing = [];
  const typingRows = [];
  for (let i = 0; i < RUNS; i++) {
    typing.push(
      await changeAndTime(page, { selector: search, value: QUERIES[i % QUERIES.length], event: 'input' }),
    );
    typingRows.push(await rowsInView(page, 'after typing'));
  }
  // Back to everything, then orders and groupings over all 50,000.
  await changeAndTime(page, { selector: search, value: '', event: 'input' });
  const choices = await page.locator('.feedback-filters__choice select').count();
  if (choices !== 2) throw new Error(`expected the Sort by and Group by selects, found ${choices}`);
  const sorting = [];
  const sortingRows = [];
  for (let i = 0; i < RUNS; i++) {
    sorting.push(
      await changeAndTime(page, {
        selector: '.feedback-filters__choice select',
        index: 0,
        value: SORTS[i % SORTS.length],
        event: 'change',
      }),
    );
    sortingRows.push(await rowsInView(page, 'after sorting'));
  }
  const grouping = [];
  const groupingRows = [];
  for (let i = 0; i < RUNS; i++) {
    grouping.push(
      await changeAndTime(page, {
        selector: '.feedback-filters__choice select',
        index: 1,
        value: GROUPS[i % GROUPS.length],
        event: 'change',
      }),
    );
    groupingRows.push(await rowsInView(page, 'after grouping'));
  }
  const shown = await page.evaluate(() => document.querySelector('.view__summary')?.textContent ?? '');
  await context.close();
  return {
    feedback: count,
    items: ITEMS,
    typingMs: stats(typing),
    sortMs: stats(sorting),
    groupMs: stats(grouping),
    rowsInView: Math.min(...typingRows, ...sortingRows, ...groupingRows),
    summary: shown,
  };
}

export function feedbackTable(rows) {
  const f = (s) => `${s.median} / ${s.p95} (n=${s.n})`;
  return [
    'Feedback inbox (target: filter and sort 50,000 entries in < 100 ms)',
    '| feedback | items | search typed → painted ms (median / p95) | sort → painted ms | group → painted ms | rows in view (fewest) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.feedback} | ${r.items} | ${f(r.typingMs)} | ${f(r.sortMs)} | ${f(r.groupMs)} | ${r.rowsInView} |`,
    ),
  ].join('\n');
}
