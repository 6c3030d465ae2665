/**
 * Remembers the main window's size, position and maximised state between runs, in
 * window-state.json in the app's data folder. A file that is missing, damaged or describes a
 * position on a monitor that is no longer attached falls back to a sensible default.
 */
import { screen, type Rectangle } from 'electron';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic, writeFileAtomicSync } from './files';

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof stateSchema>;

export const DEFAULT_SIZE = { width: 1360, height: 860 };

export async function loadWindowState(path: string): Promise<WindowState | null> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!parsed.success) return null;
    return isVisible(parsed.data) ? parsed.data : null;
  } catch {
    return null;
  }
}

/** True when a good part of the window's title bar is on some display. */
function isVisible(bounds: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea }) => {
    const overlapX =
      Math.min(bounds.x + bounds.width, workArea.x + workArea.width) - Math.max(bounds.x, workArea.x);
    const titleBarOnScreen = bounds.y >= workArea.y && bounds.y < workArea.y + workArea.height;
    return overlapX >= 100 && titleBarOnScreen;
  });
}

export async function saveWindowState(path: string, state: WindowState): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(state));
}

/** For the window's close event: the app may quit before an asynchronous write finishes. */
export function saveWindowStateSync(path: string, state: WindowState): void {
  writeFileAtomicSync(path, JSON.stringify(state));
}
