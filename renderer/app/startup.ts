/**
 * Startup: open (and if needed migrate) the database, load the workspace into the store,
 * connect persistence and the other-window channel, and ask for persistent storage.
 */
import type { Change } from '../../shared/domain/change';
import { isInitialised, TABLES, type TableName } from '../../shared/domain/workspace';
import { firstScreenWorkspace } from '../../shared/views/first-screen';
import { NewerDatabaseError, openWorkspace, stepAsideOnUpgrade, type OpenOptions } from '../data/open';
import { compactIfLarge, compactRecent } from '../data/compact';
import { persistChange, whenJournalled, whenManyWrites } from '../data/persist';
import { BrowserBackupStore, moveBrowserBackups } from '../data/snapshots';
import { DesktopBackupStore, type BackupStore } from '../data/backups';
import { scheduleBackups } from '../data/backup-schedule';
import { platform } from '../platform';
import { showToast } from '../state/window';
import { connectSync } from '../data/sync';
import { applyRemoteChange, connectSession } from '../state/changes';
import { useDocument } from '../state/document';
import { useWindow } from '../state/window';
import { useBoardView } from '../state/board-view';
import { useTimelineView } from '../state/timeline-view';
import { connectLocation, readLocation } from './location';
import { tablesReadFirst, tablesReadLater } from './first-screen';
import { setServices } from '../state/services';
import { discardQuarantine, listQuarantine, quarantineJson } from '../data/repair';
import { watchStorage } from './storage-watch';
import { readWorkspace } from '../data/layout';
import { rereadRecords } from '../data/reread';
import {
  checkConvergence,
  checkOnReturn,
  connectReconcile,
  noteOwnChange,
  readAgain,
} from '../state/reconcile';
import { activityOf } from '../../shared/domain/activity';
import { activityForItem, pruneActivity } from '../data/activity';
import { activityAuthor } from './activity-author';
import { heardChange, readFirstScreen, startHolding, writeUnderNewStamp } from '../data/first-screen-cache';
import { timelineFromParams } from '../state/timeline-view';
import { keepFirstScreenUpdated } from './first-screen-keeper';

async function requestPersistence(): Promise<boolean | null> {
  try {
    if (!navigator.storage?.persist) return null;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return null;
  }
}

/**
 * The first screen before the whole workspace: when the place in the address can be drawn from
 * some tables (first-screen.ts), they go into the store first, marked loading the rest, and the
 * read goes on once that screen has been painted. Only a workspace with its settings is shown:
 * first run and the recovery screen are decided on the whole read.
 */
function firstScreen(locate: () => void): OpenOptions['first'] {
  const place = placeInAddress();
  const later = tablesReadLater(place);
  if (later.length === 0) return undefined;
  return {
    tables: tablesReadFirst(place),
    show: async (firstTables) => {
      if (!isInitialised(firstTables)) return;
      locate();
      useDocument.setState({
        workspace: firstTables,
        phase: 'ready',
        loading: new Set(later),
        firstScreen: null,
      });
      // User Timing mark read by the benchmark: the first screen's tables are in the store.
      performance.mark('lc:first-tables-loaded');
      await afterPaint();
    },
  };
}

function placeInAddress() {
  const { view, launch, brief } = readLocation();
  return { view: view ?? 'board', pageOpen: launch !== null, briefOpen: brief !== null };
}

/**
 * Before anything is read: a window opened on the timeline draws the first screen an earlier
 * window kept, if it still shows what is stored (data/first-screen-cache.ts). Every table is
 * marked loading, so nothing is changed or counted from it; the read replaces it. Resolves
 * once it is painted (null when there is none): reading the rows waits for that, since taking
 * in a large workspace's rows holds the window for longer than drawing this does.
 */
function showKeptFirstScreen(locate: () => void, viewLoaded: Promise<unknown>): Promise<void> | null {
  const place = placeInAddress();
  if (place.view !== 'timeline' || place.pageOpen || place.briefOpen) return null;
  const grouping = timelineFromParams(readLocation().params).grouping ?? 'parent';
  const screen = readFirstScreen(grouping);
  if (!screen) return null;
  // Once the timeline's code is there: a view still loading is a suspended render, which React
  // reveals no sooner than ~300 ms later.
  return viewLoaded.then(() => {
    // The read came first: it is drawn already.
    if (useDocument.getState().phase !== 'loading') return;
    locate();
    useDocument.setState({
      workspace: firstScreenWorkspace(screen),
      phase: 'ready',
      loading: new Set(TABLES),
      firstScreen: screen,
    });
    // User Timing mark read by the benchmark: the kept first screen is in the store.
    performance.mark('lc:first-screen-kept');
    return afterPaint();
  });
}

/**
 * Resolves once the frame after now has been painted (or soon, in a window not drawn). The
 * fallback is for a hidden window only: in a shown one the first screen's render can take
 * longer than any short timeout, and the rest of the read must not run before it is painted.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, document.visibilityState === 'hidden' ? 100 : 1000);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/** Starts the app; `viewLoaded` settles once the code of the place in the address is loaded. */
export async function startApp(viewLoaded: Promise<unknown> = Promise.resolve()): Promise<void> {
  // Backups: files in the desktop app's backups folder, or the browser's own database.
  const snapshots: BackupStore = platform.backupFiles
    ? new DesktopBackupStore(platform.backupFiles)
    : new BrowserBackupStore();
  // Every 15 minutes while the workspace changes (here or in another window), and a last one
  // when the app quits.
  const backups = scheduleBackups({
    store: snapshots,
    workspace: () => useDocument.getState().workspace,
    onError: (message) => showToast({ tone: 'error', message }),
  });
  // Before the whole workspace is read there is nothing of this window's to back up (a quit
  // then would back up an empty or partial workspace).
  platform.backupFiles?.onBackupRequest(async () => void (loaded && (await backups.backUpIfChanged('quit'))));
  // Listening starts before the read: a change another window saves while this one loads is
  // held, then applied against what was read (reconcile.ts skips what the read already has).
  const early: (() => void)[] = [];
  let loaded = false;
  const whenLoaded = (apply: () => void) => (loaded ? apply() : early.push(apply));
  const sync = connectSync({
    onRemoteChange: (change, stamp) =>
      whenLoaded(() => {
        applyRemoteChange(change);
        heardChange(stamp);
      }),
    // A window closed with a write under way: what it touched is shown as stored.
    onWriterGone: (refs) => whenLoaded(() => readAgain(refs)),
  });
  // The stamp of what is about to be read: set before the read, heard changes carry theirs.
  startHolding();
  // The address is followed from the first screen on (it picks the view drawn first).
  let located = false;
  const locate = () => {
    if (!located) connectLocation(useWindow, useBoardView, useTimelineView);
    located = true;
  };
  const keptPainted = showKeptFirstScreen(locate, viewLoaded);
  // Which stamp each of this window's changes set, and which announced write, for its broadcast.
  const stamps = new WeakMap<Change, string>();
  const writes = new WeakMap<Change, string | null>();
  try {
    const [{ db, workspace, repair }, persisted] = await Promise.all([
      openWorkspace({
        snapshots,
        now: () => new Date().toISOString(),
        // With the kept first screen drawn, the workspace is read in one step: drawing the
        // timeline's tables first as well would add a whole render and paint before the rest.
        first: keptPainted ? undefined : firstScreen(locate),
        readAfter: keptPainted ?? undefined,
      }),
      requestPersistence(),
    ]);
    connectSession({
      persist: (change) => {
        // Remembered so that a write of this window's that lost a race is reported (reconcile.ts).
        noteOwnChange(change);
        // Described against the workspace it was made in (the store is updated just after).
        const { workspace: before } = useDocument.getState();
        const activity = activityOf(change, before, new Date().toISOString(), activityAuthor(before));
        // Told before it starts: should this window close before it lands, the others re-read.
        const write = sync.announce(change);
        const { stamp, done } = writeUnderNewStamp(() => persistChange(db, change, activity));
        stamps.set(change, stamp);
        writes.set(change, write);
        done.then(undefined, () => sync.withdraw(write));
        return done;
      },
      broadcast: (change) => sync.broadcast(change, stamps.get(change), writes.get(change)),
    });
    // Convergence with other windows: records in doubt are re-read, and the whole workspace is
    // compared with storage when this window comes back into view.
    connectReconcile({ reread: (refs) => rereadRecords(db, refs), readAll: () => readWorkspace(db) });
    checkOnReturn(window);
    setServices({
      snapshots,
      persisted,
      quarantine: {
        list: () => listQuarantine(db),
        exportJson: async () => quarantineJson(await listQuarantine(db), new Date().toISOString()),
        discard: () => discardQuarantine(db),
      },
      activity: { forItem: (itemId, limit) => activityForItem(db, itemId, limit) },
    });
    let retired = false;
    watchStorage(db, { retired: () => retired, onReconnected: () => void checkConvergence() });
    stepAsideOnUpgrade(db, () => {
      retired = true;
      useDocument.setState({
        phase: 'failed',
        failure: {
          title: 'Launch Control was updated in another window',
          message: 'Reload this window to continue with the new version. Your saved work is safe.',
        },
      });
    });
    // Recent records are folded into pages a little after startup and after many edits, off
    // the path of any interaction; a failed compaction loses nothing and is tried again later.
    const compactSoon = () =>
      setTimeout(() => void compactIfLarge(db).catch((e) => console.warn('Compaction failed', e)), 2000);
    whenManyWrites(compactSoon);
    // A large change lands as one journal entry; folding it into the pages follows at once.
    whenJournalled(() => void compactRecent(db).catch((e) => console.warn('Compaction failed', e)));
    compactSoon();
    // Backups the desktop app kept in the browser's storage before they were files move there.
    if (platform.backupFiles)
      setTimeout(
        () => void moveBrowserBackups(snapshots).catch((e) => console.warn('Moving old backups failed', e)),
        3000,
      );
    // The activity history is bounded: the oldest changes beyond its size go, off the startup path.
    setTimeout(() => void pruneActivity(db).catch((e) => console.warn('Pruning activity failed', e)), 5000);
    locate();
    const phase = isInitialised(workspace) ? 'ready' : 'first-run';
    // Damage set aside or settings rebuilt: the recovery screen says what and offers the way out
    // (in place of a first screen drawn from the tables read first).
    const loading = new Set<TableName>();
    useDocument.setState(
      repair
        ? { workspace, loading, firstScreen: null, phase: 'recovery', repair, phaseAfterRecovery: phase }
        : { workspace, loading, firstScreen: null, phase },
    );
    // What was just read needs no automatic backup of its own; any change from here on does.
    backups.markBackedUp();
    loaded = true;
    early.splice(0).forEach((apply) => apply());
    keepFirstScreenUpdated();
    // User Timing mark read by the benchmark: the workspace is loaded into the store.
    performance.mark('lc:workspace-loaded');
  } catch (error) {
    sync.close();
    backups.stop();
    const newer = error instanceof NewerDatabaseError;
    useDocument.setState({
      phase: 'failed',
      firstScreen: null,
      failure: newer
        ? { title: 'This workspace needs a newer Launch Control', message: error.message }
        : {
            title: 'Your workspace could not be opened',
            message: `${error instanceof Error ? error.message : String(error)}. Nothing was changed. If storage is full, free some space and reload.`,
          },
    });
  }
}
