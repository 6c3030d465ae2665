// @vitest-environment jsdom
/**
 * The brief screen's state: its choices as a brief request, its place in the address (over the
 * page or view it was opened from), and the rule that keeps a just-recorded brief on screen.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChange } from '../../../shared/domain/change';
import { updateItem } from '../../../shared/domain/items/commands';
import { recordBrief } from '../../../shared/formats/brief';
import {
  briefFor,
  rangeOf,
  requestOf,
  sameBesidesBriefs,
} from '../../../renderer/features/briefs/brief-request';
import {
  briefHash,
  connectLocation,
  readLocation,
  viewHash,
  writeHash,
} from '../../../renderer/app/location';
import { useBoardView } from '../../../renderer/state/board-view';
import { useTimelineView } from '../../../renderer/state/timeline-view';
import {
  closeBrief,
  initialBriefScreen,
  initialWindow,
  openBrief,
  openLaunchPage,
  setView,
  updateBrief,
  useWindow,
  type BriefScreenState,
} from '../../../renderer/state/window';
import { NOW, TODAY, sample, testContext } from '../../fixtures/workspace';

const CLOCK = { today: TODAY, now: NOW };
const launch = (changes: Partial<BriefScreenState> = {}): BriefScreenState => ({
  ...initialBriefScreen,
  itemId: 'sample-payment-links',
  ...changes,
});
const portfolio = (changes: Partial<BriefScreenState> = {}): BriefScreenState => ({
  ...initialBriefScreen,
  kind: 'portfolio',
  ...changes,
});

describe('the brief a screen asks for', () => {
  it('is a launch brief for its audience, or nothing until a launch is chosen', () => {
    expect(requestOf(launch({ audience: 'team' }), TODAY)).toEqual({
      kind: 'launch',
      itemId: 'sample-payment-links',
      audience: 'team',
    });
    expect(requestOf(launch({ itemId: null }), TODAY)).toBeNull();
    expect(briefFor(sample(), launch({ itemId: null }), CLOCK)).toEqual({ status: 'choose-launch' });
  });

  it('is a portfolio of the next six weeks unless an end is chosen, with its filters', () => {
    expect(rangeOf(portfolio(), TODAY)).toEqual({ from: '2026-11-26', to: '2027-01-07' });
    expect(rangeOf(portfolio({ to: '2026-12-31' }), TODAY)).toEqual({ from: '2026-11-26', to: '2026-12-31' });
    expect(requestOf(portfolio({ region: 'EU', tier: 1, itemKind: 'rollout' }), TODAY)).toEqual({
      kind: 'portfolio',
      from: '2026-11-26',
      to: '2027-01-07',
      filters: { region: 'EU', tier: 1, kind: 'rollout' },
    });
  });

  it('is built, numbered, with its request and clock kept to record it as shown', () => {
    const outcome = briefFor(sample(), launch(), CLOCK);
    expect(outcome).toMatchObject({
      status: 'built',
      clock: CLOCK,
      request: { itemId: 'sample-payment-links' },
    });
    if (outcome.status !== 'built') throw new Error('not built');
    expect(outcome.brief.number).toBe(1);
    expect(outcome.brief.markdown).toContain('# Launch brief — Payment Links v2');
  });

  it('says why there is no brief instead of throwing: an unknown launch, a range backwards, a region not there', () => {
    expect(briefFor(sample(), launch({ itemId: 'gone' }), CLOCK)).toEqual({
      status: 'failed',
      message: 'There is no launch item with the id “gone”.',
    });
    expect(briefFor(sample(), portfolio({ from: '2027-02-01' }), CLOCK)).toEqual({
      status: 'failed',
      message: 'The range must start on or before the day it ends.',
    });
    expect(briefFor(sample(), portfolio({ region: 'MARS' }), CLOCK)).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^The workspace has no region “MARS”/),
    });
  });

  it('names a fault in the data that is not a brief error, without throwing', () => {
    const ws = sample();
    // A workspace without its settings record (damage the app repairs as it loads) makes the
    // builder fail with an ordinary error, not a BriefError.
    ws.settings = Object.create(null) as typeof ws.settings;
    expect(briefFor(ws, launch(), CLOCK)).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^The brief could not be written: /),
    });
  });
});

describe('recording under the number shown', () => {
  it('records the number expected, and refuses one another recording took meanwhile', () => {
    const request = { kind: 'launch' as const, itemId: 'sample-payment-links', audience: 'exec' as const };
    const first = applyChange(sample(), recordBrief(sample(), request, CLOCK, testContext('a'), 1));
    expect(Object.values(first.briefs)).toMatchObject([{ number: 1 }]);
    expect(() => recordBrief(first, request, CLOCK, testContext('b'), 1)).toThrow(
      'Brief #1 cannot be recorded: the briefs recorded for its scope changed meanwhile, and this brief is now #2.',
    );
  });
});

describe('a recorded brief stays on screen while only brief records changed', () => {
  it('tells a recording apart from any other change', () => {
    const ws = sample();
    const request = requestOf(launch(), TODAY)!;
    const recorded = applyChange(ws, recordBrief(ws, request, CLOCK, testContext()));
    expect(sameBesidesBriefs(ws, recorded)).toBe(true);
    expect(sameBesidesBriefs(ws, ws)).toBe(true);
    // …and the brief built now is the next one.
    expect(briefFor(recorded, launch(), CLOCK)).toMatchObject({ brief: { number: 2 } });

    const edited = applyChange(
      ws,
      updateItem(ws, 'sample-payment-links', { title: 'Payment Links v3' }, testContext()),
    );
    expect(sameBesidesBriefs(ws, edited)).toBe(false);
  });
});

/** Waits for the browser (jsdom) to reach `hash`, as history moves in a task of its own. */
async function waitForHash(hash: string) {
  for (let tries = 0; tries < 50 && window.location.hash !== hash; tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 0));
  expect(window.location.hash).toBe(hash);
}

describe('the brief screen in the window and its address', () => {
  let disconnect: () => void = () => undefined;
  beforeEach(() => useWindow.setState(initialWindow, true));
  afterEach(() => disconnect());

  it('writes only the choices of its kind, defaults left out, and reads them back', () => {
    expect(briefHash(launch())).toBe('#/brief?kind=launch&launch=sample-payment-links');
    expect(briefHash(launch({ audience: 'team', region: 'EU' }))).toBe(
      '#/brief?kind=launch&launch=sample-payment-links&audience=team',
    );
    const full = portfolio({ from: '2026-12-01', to: '2026-12-31', region: 'EU', tier: 2, itemKind: 'beta' });
    expect(briefHash(full)).toBe(
      '#/brief?kind=portfolio&from=2026-12-01&to=2026-12-31&region=EU&tier=2&type=beta',
    );
    expect(readLocation(briefHash(full)).brief).toEqual(full);
    expect(readLocation(briefHash(launch({ audience: 'team' }))).brief).toEqual(launch({ audience: 'team' }));
  });

  it('reads what it does not know as the default', () => {
    expect(readLocation('#/brief?kind=weekly&audience=ceo&from=soon&tier=7&type=gadget').brief).toEqual(
      initialBriefScreen,
    );
    expect(readLocation('#/board').brief).toBeNull();
    expect(readLocation('#/briefs').brief).toBeNull();
  });

  it('adds a history entry when it opens, so the browser’s Back returns', () => {
    window.history.replaceState(null, '', viewHash('board'));
    const start = window.history.length;
    writeHash(briefHash(portfolio()));
    expect(window.history.length).toBe(start + 1);
    writeHash(briefHash(portfolio({ region: 'EU' })));
    expect(window.history.length).toBe(start + 1);
  });

  it('opens over the launch page, and Back returns to it with the choices kept for next time', async () => {
    window.history.replaceState(null, '', '#/launches');
    disconnect = connectLocation(useWindow, useBoardView, useTimelineView);
    openLaunchPage('sample-payment-links');
    openBrief({ kind: 'launch', itemId: 'sample-payment-links' });
    expect(window.location.hash).toBe('#/brief?kind=launch&launch=sample-payment-links');
    updateBrief({ audience: 'team' });
    expect(window.location.hash).toBe('#/brief?kind=launch&launch=sample-payment-links&audience=team');
    closeBrief();
    expect(useWindow.getState()).toMatchObject({
      view: 'launches',
      page: { itemId: 'sample-payment-links' },
    });
    await waitForHash('#/launch/sample-payment-links');
    expect(useWindow.getState()).toMatchObject({ page: { itemId: 'sample-payment-links' }, brief: null });
    // Closing went back to the page's own entry, so the browser's Back leaves the page.
    window.history.back();
    await waitForHash('#/launches');
    expect(useWindow.getState()).toMatchObject({ view: 'launches', page: null });
    // Opened again from the palette: the last choices, now as a portfolio.
    openBrief({ kind: 'portfolio' });
    expect(useWindow.getState().brief).toMatchObject({ kind: 'portfolio', audience: 'team' });
  });

  it('closing it after choosing another view leaves the brief’s entry as that view', async () => {
    window.history.replaceState(null, '', '#/launches');
    disconnect = connectLocation(useWindow, useBoardView, useTimelineView);
    const entries = window.history.length;
    openBrief({ kind: 'portfolio' });
    expect(window.history.length).toBe(entries + 1);
    setView('timeline');
    expect(window.location.hash).toMatch(/^#\/timeline/);
    expect(window.history.length).toBe(entries + 1);
    // The browser's Back returns to the view the brief was opened over.
    window.history.back();
    await waitForHash('#/launches');
    expect(useWindow.getState()).toMatchObject({ view: 'launches', brief: null });
  });

  it('closes when the person goes to a view or another launch page', () => {
    disconnect = connectLocation(useWindow, useBoardView, useTimelineView);
    openBrief({ kind: 'portfolio' });
    setView('timeline');
    expect(useWindow.getState().brief).toBeNull();
    openBrief({ kind: 'portfolio' });
    openLaunchPage('sample-usage-billing');
    expect(useWindow.getState()).toMatchObject({ brief: null, page: { itemId: 'sample-usage-billing' } });
  });

  it('follows the address: a brief address opens it over what is on screen, another closes it', async () => {
    window.history.replaceState(null, '', '#/launch/a');
    disconnect = connectLocation(useWindow, useBoardView, useTimelineView);
    window.location.hash = '#/brief?kind=portfolio&region=EU';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useWindow.getState()).toMatchObject({
      page: { itemId: 'a' },
      brief: { kind: 'portfolio', region: 'EU' },
    });
    window.location.hash = '#/launch/a';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useWindow.getState()).toMatchObject({ page: { itemId: 'a' }, brief: null });
  });
});
