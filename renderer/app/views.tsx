/**
 * Every view, the launch page, the brief screen and the app-wide dialogs, each loaded as its own
 * chunk when first needed. The first chunk then holds only the shell, startup and storage: it
 * is fetched, parsed and run sooner, and the current route's view is requested by main.tsx
 * (`preloadRoute`) while the database is being read, so it is usually there before the data.
 *
 * Each loader is remembered, so a preload and the React.lazy that renders the view share one
 * request.
 */
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { ViewId } from '../state/window';
import { useWindow } from '../state/window';
import { useDocument } from '../state/document';
import { useImportState } from '../state/import-preview';
import { useExportDialog } from '../state/export-dialog';
import { usePictureExport } from '../state/picture-export';
import { useFeedbackCapture, useFeedbackImport } from '../state/feedback-view';
import type { LaunchPageProps } from '../features/launches/LaunchPage';
import type { ReadinessChecklistProps } from '../features/readiness/ReadinessChecklist';
import { readLocation } from './location';
import './views.css';

/** A loader that runs once and keeps what it loaded (`value`, once there). */
type Loader<T> = (() => Promise<T>) & { value?: T };

/** A loader that runs once: the preload and the lazy component get the same promise. */
function once<T>(load: () => Promise<T>): Loader<T> {
  let loading: Promise<T> | null = null;
  const get: Loader<T> = () => {
    // A failed load (a chunk missing after an update, say) may be tried again.
    loading ??= load().then(
      (value) => (get.value = value),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  return get;
}

/**
 * A component from a remembered loader and the export that holds it. Once the chunk is there
 * (preloaded while the workspace was read) it is rendered directly: a React.lazy suspends on
 * its first render even then, and React holds a revealed Suspense boundary back ~300 ms, which
 * kept the first screen waiting for nothing.
 */
function lazyOf<P extends object>(load: Loader<{ [name: string]: unknown }>, name: string) {
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
  function View(props: P) {
    const Loaded = load.value?.[name] as ComponentType<P> | undefined;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  View.displayName = `Lazy(${name})`;
  return View;
}

const load = {
  board: once(() => import('../features/board/BoardView')),
  timeline: once(() => import('../features/timeline/TimelineView')),
  launches: once(() => import('../features/launches/LaunchesView')),
  matrix: once(() => import('../features/matrix/MatrixView')),
  people: once(() => import('../features/people/PeopleView')),
  'my-work': once(() => import('../features/readiness/MyWorkView')),
  feedback: once(() => import('../features/feedback/FeedbackView')),
  settings: once(() => import('../features/settings/SettingsView')),
  launchPage: once(() => import('../features/launches/LaunchPage')),
  checklist: once(() => import('../features/readiness/ReadinessChecklist')),
  brief: once(() => import('../features/briefs/BriefScreen')),
  editor: once(() => import('../features/launches/ItemEditorPanel')),
  importDialog: once(() => import('../features/settings/ImportDialog')),
  exportDialog: once(() => import('../features/exports/ExportDialog')),
  pictureDialog: once(() => import('../features/pictures/PictureExportDialog')),
  feedbackCapture: once(() => import('../features/feedback/FeedbackCaptureDialog')),
  feedbackImport: once(() => import('../features/feedback/FeedbackImportDialog')),
} satisfies Record<ViewId | string, () => Promise<unknown>>;

export const VIEWS: Record<ViewId, ComponentType> = {
  board: lazyOf(load.board, 'BoardView'),
  timeline: lazyOf(load.timeline, 'TimelineView'),
  launches: lazyOf(load.launches, 'LaunchesView'),
  matrix: lazyOf(load.matrix, 'MatrixView'),
  people: lazyOf(load.people, 'PeopleView'),
  'my-work': lazyOf(load['my-work'], 'MyWorkView'),
  feedback: lazyOf(load.feedback, 'FeedbackView'),
  settings: lazyOf(load.settings, 'SettingsView'),
};
export const LaunchPage = lazyOf<LaunchPageProps>(load.launchPage, 'LaunchPage');
export const ReadinessChecklist = lazyOf<ReadinessChecklistProps>(load.checklist, 'ReadinessChecklist');
export const BriefScreen = lazyOf(load.brief, 'BriefScreen');

/**
 * Requests the chunk of the place an address names (a view, a launch page, the brief screen),
 * so it downloads and runs while the workspace is read. Unknown addresses open the board.
 */
export function preloadRoute(hash: string): Promise<unknown> {
  const place = readLocation(hash);
  const pending = place.brief
    ? load.brief()
    : place.launch
      ? load.launchPage()
      : load[place.view ?? 'board']();
  // A failure here is shown by the view itself when it renders (its ErrorBoundary).
  return pending.catch(() => undefined);
}

/**
 * While a view's chunk is on its way: nothing for a moment (it is usually there within a few
 * frames), then a quiet "Opening…" (views.css delays it), so a fast load never flashes.
 */
export function ViewPending() {
  return (
    <p className="view-pending" role="status">
      Opening…
    </p>
  );
}

/** A view (or page) with its pending state while its chunk loads. */
export function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<ViewPending />}>{children}</Suspense>;
}

/**
 * True once the window has drawn its first screen and is idle (or after IDLE_TIMEOUT_MS): the
 * dialogs' chunks are fetched then, off the first screen's path, and are there by the time
 * someone opens one.
 */
const IDLE_TIMEOUT_MS = 1500;
function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout: IDLE_TIMEOUT_MS });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), IDLE_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, []);
  return idle;
}

const ItemEditorPanel = lazyOf(load.editor, 'ItemEditorPanel');
const ImportDialog = lazyOf(load.importDialog, 'ImportDialog');
const ExportDialog = lazyOf(load.exportDialog, 'ExportDialog');
const PictureExportDialog = lazyOf(load.pictureDialog, 'PictureExportDialog');
const FeedbackCaptureDialog = lazyOf(load.feedbackCapture, 'FeedbackCaptureDialog');
const FeedbackImportDialog = lazyOf(load.feedbackImport, 'FeedbackImportDialog');

/**
 * The app-wide side panel and dialogs. Each is mounted once the window is idle, or at once
 * when something opens it sooner (a shortcut pressed straight after startup): it then shows
 * as soon as its chunk arrives.
 */
export function AppDialogs() {
  const idle = useIdle();
  const editor = useWindow((s) => s.editor.mode !== 'closed');
  const importing = useImportState((s) => s.step !== 'idle');
  const exporting = useExportDialog((s) => s.kind !== null);
  const picture = usePictureExport((s) => s.subject !== null);
  const capture = useFeedbackCapture((s) => s.open);
  const feedbackImport = useFeedbackImport((s) => s.file !== null);
  // Every dialog here reads or writes the whole workspace (an export of it, a picture of every
  // row, an editor's choice of people): one asked for while startup is still reading opens once
  // the read is done, rather than work on the part read so far (a kept first screen holds only
  // its rows' items).
  const whole = useDocument((s) => s.loading.size === 0);
  if (!whole) return null;
  // One boundary each: a dialog whose chunk is still coming never hides one already open.
  return (
    <>
      <Later show={idle || editor}>
        <ItemEditorPanel />
      </Later>
      <Later show={idle || importing}>
        <ImportDialog />
      </Later>
      <Later show={idle || exporting}>
        <ExportDialog />
      </Later>
      <Later show={idle || picture}>
        <PictureExportDialog />
      </Later>
      <Later show={idle || capture}>
        <FeedbackCaptureDialog />
      </Later>
      <Later show={idle || feedbackImport}>
        <FeedbackImportDialog />
      </Later>
    </>
  );
}

/** Mounted from the first time `show` is true (never unmounted again: a dialog keeps its state). */
function Later({ show, children }: { show: boolean; children: ReactNode }) {
  const [shown, setShown] = useState(show);
  if (show && !shown) setShown(true);
  return shown || show ? <Suspense fallback={null}>{children}</Suspense> : null;
}
