// Timeline frame recording, run in the page: an action at the start of a frame, then the
// requestAnimationFrame intervals that follow. Done in the page so Playwright's round trips
// are not in the figures. The chart is found by stable hooks only: `.tl-scroll`, `.tl-bar`,
// `.tl-corner`, `.tl-header` and the toolbar's "Zoom" button group.
import { countInView, settle } from './common.mjs';

/** Frames recorded after a zoom change: ~0.5 s, which takes in work deferred after it settles. */
export const FRAMES_AFTER_ZOOM = 30;

export const barsInView = (page) =>
  countInView(page, { area: '.tl-scroll', items: '.tl-bar', left: '.tl-corner', top: '.tl-header' });

/**
 * Runs `action` at the start of a frame (for a scroll: once per frame, `steps` frames), then
 * returns the intervals of the frames after it: the first holds the action's own work.
 * Actions: { kind: 'click', label } (a Zoom toolbar button), { kind: 'wheel', deltaY, x, y }
 * (a Ctrl+wheel event at a point, as a pinch or Ctrl+wheel sends it), { kind: 'scroll', dx, dy, steps }.
 */
export function framesAfter(page, action, after) {
  return page.evaluate(
    ({ action, after }) =>
      new Promise((done, fail) => {
        const el = document.querySelector('.tl-scroll');
        const steps = action.kind === 'scroll' ? action.steps : 1;
        const act = () => {
          if (action.kind === 'scroll') {
            el.scrollLeft += action.dx;
            el.scrollTop += action.dy;
          } else if (action.kind === 'click') {
            const button = [...document.querySelectorAll('[role="group"][aria-label="Zoom"] button')].find(
              (b) => b.textContent.trim() === action.label,
            );
            if (!button) throw new Error(`no "${action.label}" button in the Zoom group`);
            button.click();
          } else {
            const target = document.elementFromPoint(action.x, action.y) ?? el;
            target.dispatchEvent(
              new WheelEvent('wheel', {
                bubbles: true,
                cancelable: true,
                ctrlKey: true,
                deltaY: action.deltaY,
                clientX: action.x,
                clientY: action.y,
              }),
            );
          }
        };
        const frames = [];
        let last = 0;
        let frame = 0;
        const tick = (t) => {
          try {
            if (frame > 0) frames.push(t - last);
            last = t;
            if (frames.length === steps + after - 1) return done(frames);
            if (frame < steps) act();
            frame += 1;
            requestAnimationFrame(tick);
          } catch (error) {
            fail(error);
          }
        };
        requestAnimationFrame(tick);
      }),
    { action, after },
  );
}

/** The zoom level pressed in the toolbar (its label). */
export const pressedZoom = (page) =>
  page.evaluate(
    () =>
      document
        .querySelector('[role="group"][aria-label="Zoom"] button[aria-pressed="true"]')
        ?.textContent.trim() ?? null,
  );

export const position = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('.tl-scroll');
    return { left: el.scrollLeft, top: el.scrollTop };
  });

/** Back to `start` (scroll offsets) and Months, then waits past the view's 300 ms address update. */
export async function restore(page, start) {
  if ((await pressedZoom(page)) !== 'Months') await framesAfter(page, { kind: 'click', label: 'Months' }, 2);
  await page.evaluate((start) => {
    const el = document.querySelector('.tl-scroll');
    el.scrollLeft = start.left;
    el.scrollTop = start.top;
  }, start);
  await settle(page, 450);
}

/** The middle of the visible chart, moved to the middle of a bar there if one crosses it. */
export function chartMiddle(page) {
  return page.evaluate(() => {
    const box = document.querySelector('.tl-scroll').getBoundingClientRect();
    const left = document.querySelector('.tl-corner').getBoundingClientRect().right;
    const top = document.querySelector('.tl-header').getBoundingClientRect().bottom;
    const x = Math.round((left + box.right) / 2);
    const y = Math.round((top + box.bottom) / 2);
    const bars = [...document.querySelectorAll('.tl-bar')]
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.left < x && r.right > x && r.top > top && r.bottom < box.bottom)
      .sort((a, b) => Math.abs(a.top - y) - Math.abs(b.top - y));
    return { x, y: bars[0] ? Math.round(bars[0].top + bars[0].height / 2) : y };
  });
}

/**
 * The bar under the point (x, y) and where along it the point falls (0 its start, 1 its end);
 * null when no bar is there. Read again after a wheel zoom: the same bar with the same fraction
 * means the day under the pointer stayed under it.
 */
export function barUnder(page, { x, y }, label = null) {
  return page.evaluate(
    ({ x, y, label }) => {
      const bar = label
        ? [...document.querySelectorAll('.tl-bar')].find((b) => b.getAttribute('aria-label') === label)
        : document.elementsFromPoint(x, y).find((e) => e.classList.contains('tl-bar'));
      if (!bar) return null;
      const r = bar.getBoundingClientRect();
      return { label: bar.getAttribute('aria-label'), fraction: (x - r.left) / r.width, width: r.width };
    },
    { x, y, label },
  );
}
