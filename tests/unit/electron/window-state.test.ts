/**
 * The remembered window position is used only when it is sound and a good part of the title
 * bar is on a display that is still attached; anything else falls back to the default.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const fake = vi.hoisted(() => ({
  screen: { getAllDisplays: vi.fn<() => { workArea: Area }[]>() },
}));

vi.mock('electron', () => ({ screen: fake.screen }));

import { loadWindowState, saveWindowState, type WindowState } from '../../../electron/main/window-state';

const laptop: Area = { x: 0, y: 0, width: 1920, height: 1050 };
/** A second monitor to the left of the laptop. */
const leftMonitor: Area = { x: -2560, y: 0, width: 2560, height: 1400 };

const state: WindowState = { x: 100, y: 80, width: 1360, height: 860, maximized: false };

let dir: string;
let path: string;

beforeEach(async () => {
  vi.clearAllMocks();
  fake.screen.getAllDisplays.mockReturnValue([{ workArea: laptop }]);
  dir = await mkdtemp(join(tmpdir(), 'lc-window-state-'));
  path = join(dir, 'window-state.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(content: unknown): Promise<WindowState | null> {
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return loadWindowState(path);
}

describe('loadWindowState', () => {
  it('returns null when there is no file', async () => {
    await expect(loadWindowState(path)).resolves.toBeNull();
  });

  it.each(['', '{', 'null', '[]', '"text"', '{"x":1'])(
    'returns null for the damaged file %j',
    async (text) => {
      await expect(load(text)).resolves.toBeNull();
    },
  );

  it.each([
    ['a missing field', { x: 1, y: 1, width: 1000, height: 700 }],
    ['a string coordinate', { ...state, x: '100' }],
    ['a fractional size', { ...state, width: 1000.5 }],
    ['a window too small to use', { ...state, width: 10, height: 10 }],
    ['an absurd size', { ...state, width: 100_000 }],
    ['a non-boolean maximized', { ...state, maximized: 'yes' }],
  ])('returns null for %s', async (_name, content) => {
    await expect(load(content)).resolves.toBeNull();
  });

  it('returns a sound state that is on screen', async () => {
    await expect(load(state)).resolves.toEqual(state);
    await expect(load({ ...state, maximized: true })).resolves.toEqual({ ...state, maximized: true });
  });

  it.each([
    ['right of every display', { x: 5000, y: 100 }],
    ['below every display', { x: 100, y: 2000 }],
    ['with the title bar above the top', { x: 100, y: -50 }],
    ['on a monitor that was unplugged', { x: -2000, y: 100 }],
    ['with less than 100px across on screen', { x: 1920 - 99, y: 100 }],
    ['with less than 100px across on the left edge', { x: -1360 + 99, y: 100 }],
  ])('returns null for a window %s', async (_name, position) => {
    await expect(load({ ...state, ...position })).resolves.toBeNull();
  });

  it('accepts a window with at least 100px of title bar on screen', async () => {
    await expect(load({ ...state, x: 1920 - 100 })).resolves.toMatchObject({ x: 1820 });
    await expect(load({ ...state, x: -1360 + 100 })).resolves.toMatchObject({ x: -1260 });
  });

  it('accepts a window on a second monitor while it is attached', async () => {
    fake.screen.getAllDisplays.mockReturnValue([{ workArea: laptop }, { workArea: leftMonitor }]);
    const onLeft = { ...state, x: -2000, y: 100 };
    await expect(load(onLeft)).resolves.toEqual(onLeft);
  });

  it('returns null when no display is attached', async () => {
    fake.screen.getAllDisplays.mockReturnValue([]);
    await expect(load(state)).resolves.toBeNull();
  });
});

describe('saveWindowState', () => {
  it('round-trips through loadWindowState', async () => {
    const saved: WindowState = { x: 240, y: 32, width: 1600, height: 1000, maximized: true };
    await saveWindowState(path, saved);
    await expect(loadWindowState(path)).resolves.toEqual(saved);
  });

  it('replaces the previous state and leaves only the state file', async () => {
    await saveWindowState(path, state);
    await saveWindowState(path, { ...state, x: 300 });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ ...state, x: 300 });
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });
});
