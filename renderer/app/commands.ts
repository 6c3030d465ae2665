/**
 * The command registry: every app command once, as { id, label, keys, when, run }. The table
 * of ids, labels and keys is shared with the native menu (shared/ipc/app-commands); this file
 * gives each id its behaviour. The keyboard handler (keyboard.ts), the menu (ids over IPC),
 * the navigation and history buttons and the command palette all read COMMANDS.
 *
 * Adding a command: one entry in APP_COMMANDS and its binding below (TypeScript insists on
 * both); its work lives in its feature.
 */
import { APP_COMMANDS, type AppCommandId, type AppCommandInfo } from '../../shared/ipc/app-commands';
import { exportJson, exportSchema, startImport } from '../features/settings/workspace-file';
import { printView } from '../features/pictures/print-view';
import { openPictureExport } from '../state/picture-export';
import { redo, undo } from '../state/changes';
import { openExportDialog } from '../state/export-dialog';
import { openMilestoneDialog } from '../state/milestone-dialog';
import { openFeedbackCapture } from '../state/feedback-view';
import { useDocument } from '../state/document';
import { openBrief, openEditor, setPaletteOpen, setView, useWindow, type ViewId } from '../state/window';

/** What a command's `when` may look at. */
export interface CommandScope {
  canUndo: boolean;
  canRedo: boolean;
  /** A modal dialog other than the command palette is open (its own keys come first). */
  modalOpen: boolean;
  /** Focus is in a text field, so Undo and Redo undo typing there. */
  textEntry: boolean;
}

export interface Command extends AppCommandInfo {
  id: AppCommandId;
  group: 'Go to' | 'Launch items' | 'Edit' | 'Workspace';
  /** Whether the command can run now (buttons are disabled and keys ignored when not). */
  when: (scope: CommandScope) => boolean;
  run: (scope: CommandScope) => void;
}

type Binding = Pick<Command, 'group' | 'run'> & Partial<Pick<Command, 'when'>>;

const always = () => true;

const view = (id: ViewId): Binding => ({ group: 'Go to', run: () => setView(id) });

const BINDINGS: Record<AppCommandId, Binding> = {
  'new-item': { group: 'Launch items', run: () => openEditor({ mode: 'create' }) },
  'import-json': { group: 'Workspace', run: () => void startImport() },
  'export-json': { group: 'Workspace', run: () => void exportJson() },
  'export-items-csv': { group: 'Workspace', run: () => openExportDialog('items-csv') },
  'export-readiness-csv': { group: 'Workspace', run: () => openExportDialog('readiness-csv') },
  'export-calendar': { group: 'Workspace', run: () => openExportDialog('calendar') },
  // A launch brief of the launch on screen (its page, or the side panel), else one to choose.
  'brief:launch': { group: 'Workspace', run: () => openBrief({ kind: 'launch', ...launchInView() }) },
  // On the focused timeline bar, else the launch page or side panel on screen.
  'milestone:add': {
    group: 'Launch items',
    when: (scope) => !scope.modalOpen && milestoneTarget() !== undefined,
    run: () => {
      const itemId = milestoneTarget();
      if (itemId) openMilestoneDialog({ mode: 'add', itemId });
    },
  },
  'brief:portfolio': { group: 'Workspace', run: () => openBrief({ kind: 'portfolio' }) },
  'picture:timeline': { group: 'Workspace', run: () => openPictureExport('timeline') },
  'picture:board': { group: 'Workspace', run: () => openPictureExport('board') },
  'print-view': { group: 'Workspace', run: () => void printView() },
  // From a launch page (or its side panel), the feedback starts linked to that launch.
  'feedback:capture': {
    group: 'Launch items',
    // Not over another dialog: inside the capture dialog itself it would start it afresh and
    // lose what was typed.
    when: (scope) => !scope.modalOpen,
    run: () => openFeedbackCapture(launchInView().itemId ?? null),
  },
  // Its CSV parser (papaparse) is fetched when first used, not with the first screen.
  'feedback:import-csv': {
    group: 'Workspace',
    run: () => void import('../features/feedback/feedback-csv-file').then((m) => m.startFeedbackImport()),
  },
  undo: {
    group: 'Edit',
    // From the Edit menu while typing: undo the typing, as every text field does.
    when: (scope) => scope.canUndo || scope.textEntry,
    run: (scope) => (scope.textEntry ? void document.execCommand('undo') : undo()),
  },
  redo: {
    group: 'Edit',
    when: (scope) => scope.canRedo || scope.textEntry,
    run: (scope) => (scope.textEntry ? void document.execCommand('redo') : redo()),
  },
  'view:board': view('board'),
  'view:timeline': view('timeline'),
  'view:launches': view('launches'),
  'view:matrix': view('matrix'),
  'view:people': view('people'),
  'view:my-work': view('my-work'),
  'view:feedback': view('feedback'),
  'view:settings': view('settings'),
  palette: { group: 'Go to', run: () => setPaletteOpen(true) },
  'help:workspace-schema': { group: 'Workspace', run: () => void exportSchema() },
};

/** The launch item on screen: its page, else the one in the side panel; none leaves the choice as it was. */
/** The launch item a new milestone goes on: the focused timeline bar's, else the one in view. */
function milestoneTarget(): string | undefined {
  const focused = document.activeElement?.closest<HTMLElement>('[data-item-id]')?.dataset.itemId;
  return focused ?? launchInView().itemId;
}

function launchInView(): { itemId?: string } {
  const { page, editor } = useWindow.getState();
  const itemId = page?.itemId ?? (editor.mode === 'edit' ? editor.id : undefined);
  return itemId ? { itemId } : {};
}

export const COMMANDS: readonly Command[] = APP_COMMANDS.map((info) => ({
  ...info,
  when: always,
  ...BINDINGS[info.id],
}));

const byId = new Map(COMMANDS.map((command) => [command.id, command]));

export function commandById(id: AppCommandId): Command {
  return byId.get(id)!;
}

export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  );
}

/** The scope now: history from the store, focus and dialogs from the page. */
export function currentScope(target: EventTarget | null = document.activeElement): CommandScope {
  const { past, future } = useDocument.getState();
  return {
    canUndo: past.length > 0,
    canRedo: future.length > 0,
    modalOpen: document.querySelector('dialog[open]:not(.palette)') !== null,
    textEntry: isTextEntry(target),
  };
}

/** Runs a command if it can run now; true when it ran. */
export function runCommand(id: AppCommandId, scope = currentScope()): boolean {
  if (useDocument.getState().phase !== 'ready') return false;
  const command = commandById(id);
  if (!command.when(scope)) return false;
  command.run(scope);
  return true;
}
