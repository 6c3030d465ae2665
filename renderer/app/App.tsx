/** The app shell: startup states, navigation, the current view and app-wide overlays. */
import { BoardView } from '../features/board/BoardView';
import { LaunchesView } from '../features/launches/LaunchesView';
import { ItemEditorPanel } from '../features/launches/ItemEditor';
import { SettingsView } from '../features/settings/SettingsView';
import { TimelineView } from '../features/timeline/TimelineView';
import { ImportDialog } from '../features/workspace-file/ImportDialog';
import { redo, undo } from '../state/session';
import { setView, useAppStore } from '../state/store';
import { Toasts } from '../ui/Toasts';
import { ErrorBoundary } from './ErrorBoundary';
import { FirstRun } from './FirstRun';
import { useCommands } from './useCommands';
import { VIEWS } from './views';

export function App() {
  const phase = useAppStore((s) => s.phase);
  const failure = useAppStore((s) => s.failure);
  useCommands();
  if (phase === 'loading')
    return (
      <main className="loading" role="status">
        Opening your workspace…
      </main>
    );
  if (phase === 'failed' && failure)
    return (
      <main className="failure" role="alert">
        <h1>{failure.title}</h1>
        <p>{failure.message}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  return (
    <>
      {phase === 'first-run' ? <FirstRun /> : <Shell />}
      <Toasts />
    </>
  );
}

function Shell() {
  const view = useAppStore((s) => s.view);
  const workspaceName = useAppStore((s) => s.workspace.settings.workspace?.name ?? '');
  const canUndo = useAppStore((s) => s.past.length > 0);
  const canRedo = useAppStore((s) => s.future.length > 0);
  return (
    <div className="shell">
      <nav className="nav" aria-label="Views">
        <p className="nav__brand">
          Launch Control
          <span className="nav__workspace">{workspaceName}</span>
        </p>
        <ul className="nav__list">
          {VIEWS.map((v) => (
            <li key={v.id}>
              <button
                type="button"
                className="nav__item"
                aria-current={view === v.id ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${v.shortcut}`}
                onClick={() => setView(v.id)}
              >
                {v.label}
                <kbd className="nav__kbd">Alt+{v.shortcut}</kbd>
              </button>
            </li>
          ))}
        </ul>
        <div className="nav__history">
          <button
            type="button"
            className="button button--small"
            disabled={!canUndo}
            onClick={undo}
            aria-keyshortcuts="Control+Z"
          >
            Undo
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!canRedo}
            onClick={redo}
            aria-keyshortcuts="Control+Shift+Z"
          >
            Redo
          </button>
        </div>
      </nav>
      <main className="main">
        <ErrorBoundary key={view}>
          {view === 'board' ? (
            <BoardView />
          ) : view === 'timeline' ? (
            <TimelineView />
          ) : view === 'launches' ? (
            <LaunchesView />
          ) : (
            <SettingsView />
          )}
        </ErrorBoundary>
      </main>
      <ItemEditorPanel />
      <ImportDialog />
    </div>
  );
}
