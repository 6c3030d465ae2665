/**
 * Writing readiness lines from the checklist and My work: every write is a pure command run
 * through run() (one undoable Change). A refusal of the input (a ValidationError: a done line
 * without evidence, an unknown owner) comes back from run() without a message, and an inline
 * control has no form to show it in, so it is shown as a toast here.
 */
import type { Change } from '../../../shared/domain/change';
import type { CommandContext } from '../../../shared/domain/context';
import type { Workspace } from '../../../shared/domain/workspace';
import { run, undo } from '../../state/changes';
import { showToast } from '../../state/window';

/** Runs a command; resolves to its Change once saved, or null. Refusals are shown as a message. */
export async function write(command: (ws: Workspace, ctx: CommandContext) => Change): Promise<Change | null> {
  const result = await run(command);
  if (result.ok) return result.value;
  // Issues with a field path are a ValidationError's, which run() leaves to the caller to show;
  // other refusals and failed saves have been shown already.
  const validation = result.issues.filter((issue) => issue.path !== '');
  if (validation.length)
    showToast({ tone: 'error', message: validation.map((issue) => issue.message).join('; ') });
  return null;
}

/** After a delete (or another change that takes lines out of sight): what was done, and how to take it back. */
export function toldUndoable(change: Change): void {
  showToast(
    { tone: 'info', message: `${change.label} — Ctrl+Z undoes it`, action: { label: 'Undo', run: undo } },
    6000,
  );
}
