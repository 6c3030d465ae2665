// @vitest-environment jsdom
/**
 * A bar's words follow the chart's scroll while the bar starts left of the view: the scroll
 * store writes their place directly (scroll-left.ts), from the first paint on, and stops when
 * the bar is gone. No React render per scroll frame.
 */
import { cleanup, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarWords } from '../../../renderer/features/timeline/BarWords';
import {
  FOLLOWING_MAX_PX,
  ScrollLeftContext,
  createScrollLeftStore,
  wordsPlacement,
} from '../../../renderer/features/timeline/scroll-left';

afterEach(cleanup);

describe('where the words go', () => {
  it('stay put while the bar starts in view', () => {
    expect(wordsPlacement(500, 200, 400)).toEqual({ transform: '', maxWidth: '' });
    expect(wordsPlacement(400, 200, 400)).toEqual({ transform: '', maxWidth: '' });
  });

  it('move to the start of the view, no wider than the part of the bar in view', () => {
    expect(wordsPlacement(100, 500, 400)).toEqual({ transform: 'translateX(300px)', maxWidth: '200px' });
  });

  it(`are held at ${FOLLOWING_MAX_PX} px while the bar's end is far off, and at 0 once it has gone by`, () => {
    expect(wordsPlacement(0, 5000, 1000).maxWidth).toBe(`${FOLLOWING_MAX_PX}px`);
    expect(wordsPlacement(0, 5000, 1200).maxWidth).toBe(`${FOLLOWING_MAX_PX}px`);
    expect(wordsPlacement(0, 300, 400).maxWidth).toBe('0px');
  });
});

describe('the scroll store', () => {
  it('places a followed element at once and on every change, until it is let go', () => {
    const store = createScrollLeftStore();
    store.set(250);
    const element = document.createElement('span');
    const stop = store.follow(element, 100, 1000);
    expect(element.style.transform).toBe('translateX(150px)');
    store.set(50);
    expect(element.style.transform).toBe('');
    expect(element.style.maxWidth).toBe('');
    store.set(300);
    expect(element.style.transform).toBe('translateX(200px)');
    stop();
    store.set(600);
    expect(element.style.transform).toBe('translateX(200px)');
  });

  it('follows an element again with its new place (a zoom or a move redraws the bar)', () => {
    const store = createScrollLeftStore();
    store.set(400);
    const element = document.createElement('span');
    const stop = store.follow(element, 100, 1000);
    stop();
    store.follow(element, 600, 100);
    expect(element.style.transform).toBe('');
    expect(element.style.maxWidth).toBe('');
  });

  it('writes nothing when followed again for the place it already shows (each write is a style change)', () => {
    const store = createScrollLeftStore();
    store.set(400);
    const element = document.createElement('span');
    store.follow(element, 100, 1000)();
    const observer = new MutationObserver(() => {});
    observer.observe(element, { attributes: true });
    // The bar drawn again in the same place (a zoom there and back), for the same view.
    store.follow(element, 100, 1000);
    expect(observer.takeRecords()).toEqual([]);
    expect(element.style.transform).toBe('translateX(300px)');
  });
});

describe('BarWords in a chart', () => {
  it('is placed before the first paint and follows the scroll without rendering again', () => {
    const store = createScrollLeftStore();
    store.set(300);
    let renders = 0;
    const { container } = render(
      <ScrollLeftContext.Provider value={store}>
        <Profiler id="words" onRender={() => (renders += 1)}>
          <BarWords left={100} width={2000}>
            Launch
          </BarWords>
        </Profiler>
      </ScrollLeftContext.Provider>,
    );
    const words = container.querySelector<HTMLElement>('.tl-bar__text')!;
    expect(words.style.transform).toBe('translateX(200px)');
    const rendered = renders;
    for (let left = 310; left < 600; left += 24) store.set(left);
    expect(words.style.transform).toBe('translateX(498px)');
    expect(renders).toBe(rendered);
  });

  it('stops following once the bar is gone', () => {
    const store = createScrollLeftStore();
    const { container, unmount } = render(
      <ScrollLeftContext.Provider value={store}>
        <BarWords left={100} width={2000}>
          Launch
        </BarWords>
      </ScrollLeftContext.Provider>,
    );
    const words = container.querySelector<HTMLElement>('.tl-bar__text')!;
    unmount();
    store.set(900);
    expect(words.style.transform).toBe('');
  });
});
