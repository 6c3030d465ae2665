/** The app shell: startup states, navigation, the current view and app-wide overlays. */
import type { LaunchPageProps } from '../features/launches/LaunchPage';
import { useDocument } from '../state/document';
import { dismissToast, useWindow, type ViewId } from '../state/window';
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
// Views and dialogs are chunks of their own, loaded when needed (views.tsx).
import { AppDialogs, BriefScreen, Lazy, LaunchPage, ReadinessChecklist, ViewPending, VIEWS } from './views';
import { canShowWhileLoading } from './first-screen';

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
  <Lazy>
    <ReadinessChecklist itemId={itemId} functionId={functionId} onFunctionChange={setFunction} />
  </Lazy>
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
  const loading = useDocument((s) => s.loading);
  const firstScreenKept = useDocument((s) => s.firstScreen !== null);
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
          <Lazy>
            {!canShowWhileLoading({ view, pageOpen, briefOpen }, loading, firstScreenKept) ? (
              // This place needs a table still being read at startup: a moment of "Opening…"
              // rather than a screen that would be wrong (an empty checklist, no readiness).
              <ViewPending />
            ) : briefOpen ? (
              <BriefScreen />
            ) : pageOpen ? (
              <LaunchPage renderReadiness={renderReadiness} />
            ) : (
              <CurrentView view={view} />
            )}
          </Lazy>
        </ErrorBoundary>
      </main>
      <AppDialogs />
      <ShiftDialogs />
      <CommandPalette />
      <LeavePrompt />
    </div>
  );
}

/** The view the window is on (settings for an unknown one, as before). */
function CurrentView({ view }: { view: ViewId }) {
  const View = VIEWS[view] ?? VIEWS.settings;
  return <View />;
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
