// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  heardChange,
  keepFirstScreen,
  keptUnder,
  readFirstScreen,
  resetHeld,
  stampToKeep,
  startHolding,
  storedStamp,
  writeUnderNewStamp,
} from '../../../renderer/data/first-screen-cache';
import { pageCheck } from '../../../renderer/data/layout';
import { timelineFirstScreen } from '../../../shared/views/first-screen';
import { sample } from '../../fixtures/workspace';

const KEY = 'launch-control:first-screen:parent';

/** A write of records under way, landed or failed by the test. */
function pendingWrite() {
  let land!: () => void;
  let fail!: () => void;
  const { stamp, done } = writeUnderNewStamp(
    () =>
      new Promise<void>((resolve, reject) => {
        land = resolve;
        fail = () => reject(new Error('disk full'));
      }),
  );
  done.catch(() => undefined);
  // Settled a microtask later, as the stamp module hears it.
  const after = async (settle: () => void) => {
    settle();
    await done.catch(() => undefined);
    await Promise.resolve();
  };
  return { stamp, land: () => after(land), fail: () => after(fail) };
}

/** Holds the current stamp and keeps a copy under it, as a window does once it has read. */
function keepCopy() {
  const stamp = stampToKeep();
  if (stamp === null) throw new Error('no stamp to keep');
  expect(keepFirstScreen(timelineFirstScreen(sample(), 'parent', stamp))).toBe(true);
  return stamp;
}

beforeEach(() => {
  localStorage.clear();
  resetHeld();
  startHolding();
});
afterEach(() => vi.restoreAllMocks());

describe('the kept first screen', () => {
  it('is read back as kept while nothing was written since', () => {
    const stamp = keepCopy();
    const screen = readFirstScreen('parent');
    expect(screen).toEqual(JSON.parse(JSON.stringify(timelineFirstScreen(sample(), 'parent', stamp))));
    expect(keptUnder('parent', stamp)).toBe(true);
    expect(readFirstScreen('region')).toBeNull();
  });

  it('is never read once any window has started a write, even one that never landed', () => {
    keepCopy();
    pendingWrite();
    expect(readFirstScreen('parent')).toBeNull();
    // Another window's write: the stamp changes under this one.
    resetHeld();
    startHolding();
    keepCopy();
    localStorage.setItem('launch-control:stored-stamp', 'another-window');
    expect(readFirstScreen('parent')).toBeNull();
    expect(stampToKeep()).toBeNull();
  });

  it('is kept only when this window holds the last stamp and none of its writes is under way', async () => {
    const first = pendingWrite();
    expect(stampToKeep()).toBeNull();
    await first.land();
    expect(stampToKeep()).toBe(first.stamp);
    // A save that failed: the store was put back, but which state it holds is not known.
    await pendingWrite().fail();
    expect(stampToKeep()).toBeNull();
    // Another window's change with its stamp, once that is the last one set.
    localStorage.setItem('launch-control:stored-stamp', 'theirs');
    heardChange('theirs');
    expect(stampToKeep()).toBe('theirs');
    // A change heard without a stamp: not known again until the next change.
    heardChange(undefined);
    expect(stampToKeep()).toBeNull();
  });

  it('is not read when damaged, of another database version or another format', () => {
    keepCopy();
    const good = localStorage.getItem(KEY)!;
    const cases = [
      good.replace('"itemRows":', '"itemRows":1'),
      good.replace(/^\d+ /, '999 '),
      'not a copy at all',
      good.slice(0, good.length - 10),
    ];
    for (const text of cases) {
      localStorage.setItem(KEY, text);
      expect(readFirstScreen('parent')).toBeNull();
    }
    const [version, , json] = good.match(/^(\d+) (\S+) ([\s\S]*)$/)!.slice(1);
    const other = json!.replace('"format":1', '"format":2');
    // A matching check over another format: still not drawn.
    localStorage.setItem(KEY, `${version} ${pageCheck(other)} ${other}`);
    expect(readFirstScreen('parent')).toBeNull();
  });

  it('loses nothing when storage is full: no copy is drawn after a write it could not stamp', () => {
    keepCopy();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => pendingWrite()).not.toThrow();
    expect(storedStamp()).toBeNull();
    expect(readFirstScreen('parent')).toBeNull();
    expect(keepFirstScreen(timelineFirstScreen(sample(), 'parent', 'x'))).toBe(false);
  });
});
