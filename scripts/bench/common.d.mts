// Types of the pure helpers in common.mjs that unit tests import.
export interface Stats {
  median: number;
  p95: number;
  max: number;
  n: number;
}
export interface FrameStats extends Stats {
  over16_7: number;
}
export interface RunsStats extends FrameStats {
  runs: number;
  perRunP95Median: number;
  perRunP95: number[];
}
export function round(n: number): number;
export function stats(values: readonly number[]): Stats;
export function frameStats(frames: readonly number[]): FrameStats;
export function runsStats(runs: readonly (readonly number[])[]): RunsStats;
export function requireInView(count: number, what: string): number;
export const FRAME_BUDGET: number;
export const VSYNC_JITTER_MS: number;
export function withinFrames(figure: number, budget: number): boolean;
/** The parts of a Playwright context and page the paint watch uses. */
export interface WatchedPage {
  on(event: 'framenavigated', listener: (frame: unknown) => void): unknown;
  mainFrame(): unknown;
}
export interface WatchedContext {
  addInitScript(script: unknown, arg: unknown): Promise<void>;
  pages(): WatchedPage[];
  on(event: 'page', listener: (page: WatchedPage) => void): unknown;
  on(event: 'console', listener: (message: { text(): string; page(): WatchedPage | null }) => void): unknown;
}
export function watchFirstPaint(context: WatchedContext, selector: string): Promise<void>;
export function paintedAt(page: WatchedPage): Promise<number>;
