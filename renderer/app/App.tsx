/** The app shell: startup states, navigation, the current view and app-wide overlays. */
import { BoardView } from '../features/board/BoardView';
import { BriefScreen } from '../features/briefs/BriefScreen';
import { LaunchesView } from '../features/launches/LaunchesView';
import { MatrixView } from '../features/matrix/MatrixView';
import { FeedbackView } from '../features/feedback/FeedbackView';
import { FeedbackCaptureDialog } from '../features/feedback/FeedbackCaptureDialog';
import { FeedbackImportDialog } from '../features/feedback/FeedbackImportDialog';
import { PeopleView } from '../features/people/PeopleView';
import { MyWorkView } from '../features/readiness/MyWorkView';
import { ReadinessChecklist } from '../features/readiness/ReadinessChecklist';
import { ItemEditorPanel } from '../features/launches/ItemEditorPanel';
import { LaunchPage, type LaunchPageProps } from '../features/launches/LaunchPage';
import { SettingsView } from '../features/settings/SettingsView';
import { TimelineView } from '../features/timeline/TimelineView';
import { ImportDialog } from '../features/settings/ImportDialog';
import { ExportDialog } from '../features/exports/ExportDialog';
import { PictureExportDialog } from '../features/pictures/PictureExportDialog';
import { useDocument } from '../state/document';
import { dismissToast, useWindow } from '../state/window';
import { Toasts } from '../ui/Toasts';
import { UnsavedChangesDialog } from '../ui/UnsavedChangesDialog';
import { installBeforeUnloadGuard, useLeavePrompt } from '../state/leave-guard';
import { useEffect } from 'react';
import { CommandPalette } from './CommandPalette';
import { COMMANDS, commandById, currentScope, runCommand, type Command } from './commands';
import { ErrorBoundary } from './ErrorBoundary';
import { FirstRun } from './FirstRun';
import { RecoveryScreen } from './RecoveryScreen';
import { ShiftDialogs } from './ShiftDialogs';
import { STORAGE_MESSAGES, useStorage } from '../state/storage';
import { ariaKeys, keyLabel, useCommandKeys } from './keyboard';

/** The views in the navigation, in order: the "view:" commands of the registry. */
const VIEW_COMMANDS = COMMANDS.filter((c) => c.id.startsWith('view:'));

export function App() {
  const phase = useDocument((s) => s.phase);
  const failure = useDocument((s) => s.failure);
  useCommandKeys();
  const toasts = useWindow((s) => s.toasts);
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
      {phase === 'recovery' ? <RecoveryScreen /> : phase === 'first-run' ? <FirstRun /> : <Shell />}
      <Toasts toasts={toasts} onDismiss={dismissToast} />
    </>
  );
}

/** While nothing can be saved (a full disk, a lost connection) the window says so and stays readable. */
function ReadOnlyBanner() {
  const status = useStorage((s) => s.status);
  if (status === 'ok') return null;
  return (
    <p className="read-only-banner" role="alert">
      {STORAGE_MESSAGES[status]}
    </p>
  );
}

/** What the launch page's Readiness tab shows: the readiness feature's checklist. */
const renderReadiness: LaunchPageProps['renderReadiness'] = (itemId, functionId, setFunction) => (
  <ReadinessChecklist itemId={itemId} functionId={functionId} onFunctionChange={setFunction} />
);

function Shell() {
  const view = useWindow((s) => s.view);
  const pageOpen = useWindow((s) => s.page !== null);
  const briefOpen = useWindow((s) => s.brief !== null);
  // Closing the window with unsaved edits asks: the browser itself, the desktop app through
  // main (electron/main/unload-guard.ts), since Electron would silently keep the window open.
  useEffect(() => installBeforeUnloadGuard(), []);
  const workspaceName = useDocument((s) => s.workspace.settings.workspace?.name ?? '');
  const canUndo = useDocument((s) => s.past.length > 0);
  const canRedo = useDocument((s) => s.future.length > 0);
  return (
    <div className="shell">
      <nav className="nav" aria-label="Views">
        <p className="nav__brand">
          Launch Control
          <span className="nav__workspace">{workspaceName}</span>
        </p>
        <ul className="nav__list">
          {VIEW_COMMANDS.map((command) => (
            <li key={command.id}>
              <button
                type="button"
                className="nav__item"
                aria-current={!pageOpen && !briefOpen && `view:${view}` === command.id ? 'page' : undefined}
                aria-keyshortcuts={ariaKeys(command)}
                onClick={() => runCommand(command.id)}
              >
                {command.label}
                <kbd className="nav__kbd">{keyLabel(command)}</kbd>
              </button>
            </li>
          ))}
        </ul>
        <div className="nav__history">
          <CommandButton command={commandById('palette')} label="Search…" />
          <CommandButton command={commandById('undo')} disabled={!canUndo} />
          <CommandButton command={commandById('redo')} disabled={!canRedo} />
        </div>
      </nav>
      <main className="main">
        <ReadOnlyBanner />
        <ErrorBoundary key={briefOpen ? 'brief' : pageOpen ? 'launch-page' : view}>
          {briefOpen ? (
            <BriefScreen />
          ) : pageOpen ? (
            <LaunchPage renderReadiness={renderReadiness} />
          ) : view === 'board' ? (
            <BoardView />
          ) : view === 'timeline' ? (
            <TimelineView />
          ) : view === 'launches' ? (
            <LaunchesView />
          ) : view === 'matrix' ? (
            <MatrixView />
          ) : view === 'people' ? (
            <PeopleView />
          ) : view === 'my-work' ? (
            <MyWorkView />
          ) : view === 'feedback' ? (
            <FeedbackView />
          ) : (
            <SettingsView />
          )}
        </ErrorBoundary>
      </main>
      <ItemEditorPanel />
      <ImportDialog />
      <ExportDialog />
      <PictureExportDialog />
      <FeedbackCaptureDialog />
      <FeedbackImportDialog />
      <ShiftDialogs />
      <CommandPalette />
      <LeavePrompt />
    </div>
  );
}

/** The question before unsaved edits are lost (state/leave-guard.ts asks it). */
function LeavePrompt() {
  const prompt = useLeavePrompt((s) => s.prompt);
  return (
    <UnsavedChangesDialog
      description={prompt?.description ?? null}
      onKeepEditing={() => prompt?.answer(false)}
      onDiscard={() => prompt?.answer(true)}
    />
  );
}

/** A toolbar button for a command: its label and keys from the registry. */
function CommandButton({
  command,
  label,
  disabled,
}: {
  command: Command;
  label?: string;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="button button--small"
      disabled={disabled}
      aria-keyshortcuts={ariaKeys(command)}
      title={`${command.label} (${keyLabel(command)})`}
      // From a button, Undo undoes a change, never typing: the button has the focus.
      onClick={(event) => runCommand(command.id, currentScope(event.currentTarget))}
    >
      {label ?? command.label}
    </button>
  );
}
