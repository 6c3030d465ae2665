/**
 * What the brief screen does with a brief — copy its Markdown, save it as a .md file, save it
 * as a PDF, print it — and recording it. A brief that left the app (copied, saved, printed) is
 * recorded with `recordBrief`, one undoable Change on the change path, so the next brief of the
 * same scope numbers itself one higher and says what changed since. It is recorded only once
 * it really left: after the copy or save succeeded, and before the print dialog opens (which
 * does not say whether the person printed). It is recorded under the number it shows, or not
 * at all: when another window recorded that number meanwhile, nothing is handed out (checked
 * first) or, if it already left during a save dialog, it is not recorded, and the person is
 * told the brief is now the next number.
 */
import type { Change } from '../../../shared/domain/change';
import {
  nextBriefNumber,
  recordBrief,
  type BriefClock,
  type BriefRequest,
  type BuiltBrief,
} from '../../../shared/formats/brief';
import { platform } from '../../platform';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';

export type BriefAction = 'copy' | 'save' | 'pdf' | 'print';

export const ACTION_LABELS: Record<BriefAction, string> = {
  copy: 'Copy Markdown',
  save: 'Save .md',
  pdf: 'Save as PDF',
  print: 'Print',
};

const MARKDOWN_FILTER = [{ name: 'Markdown', extensions: ['md'] }];

/** A brief on screen and how it was built, so it can be recorded as shown. */
export interface ShownBrief {
  brief: BuiltBrief;
  request: BriefRequest;
  clock: BriefClock;
}

export type ActionResult =
  /** It left the app; `recorded` is the recording's Change, or null if it was recorded already (or saving the record failed). */
  | { status: 'done'; message: string; recorded: Change | null }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }
  /** Another window recorded the number this brief shows: it is not recorded, and the screen shows the brief as it now is. */
  | { status: 'moved'; message: string };

/** What left the app before its recording was refused, and how to hand out the brief now on screen. */
const HANDED_OUT: Record<BriefAction, string> = {
  copy: 'It was copied',
  save: 'The file was saved',
  pdf: 'The PDF was saved',
  print: 'It went to the print dialog',
};
const AGAIN: Record<BriefAction, string> = {
  copy: 'copy it again',
  save: 'save it again',
  pdf: 'save the PDF again',
  print: 'print it again',
};

/** The scope's next number has moved on from the one the brief shows: it is now this one. */
interface Moved {
  now: number;
}

/** The number the brief on screen would now take, when it is no longer the one it shows. */
function movedOn(shown: ShownBrief): Moved | null {
  const now = nextBriefNumber(useDocument.getState().workspace, shown.request);
  return now === shown.brief.number ? null : { now };
}

/**
 * Records the brief through the change path under the number it shows: a Moved when that
 * number was taken meanwhile, null when it was refused or could not be saved (run() has said why).
 */
export async function record(shown: ShownBrief): Promise<Change | Moved | null> {
  // Checked in the same moment the command runs on the same workspace, so it cannot be refused for this.
  const moved = movedOn(shown);
  if (moved) return moved;
  const result = await run((ws, ctx) => recordBrief(ws, shown.request, shown.clock, ctx, shown.brief.number));
  return result.ok ? result.value : null;
}

/** What the screen says when the brief's number was taken by another window (or a recording taken back). */
function movedMessage(action: BriefAction, shown: ShownBrief, moved: Moved, handedOut: boolean): string {
  const { number } = shown.brief;
  const why =
    moved.now > number
      ? `Another window recorded Brief #${moved.now - 1} meanwhile`
      : 'A recorded brief was taken back meanwhile';
  const what = handedOut
    ? `${HANDED_OUT[action]} as Brief #${number}, which was not recorded`
    : 'Nothing left the app';
  return `${why} — this is now Brief #${moved.now}. ${what}: ${AGAIN[action]} to hand out Brief #${moved.now}.`;
}

/**
 * Puts text on the clipboard. The desktop app grants its own page the one permission this needs
 * (writing to the clipboard, electron/main/security.ts); a browser may still refuse it (a page
 * without the focus, a permission policy), and then the text is copied the older way — selected
 * in a hidden text area and copied with the editing command, which needs no permission.
 */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    if (!copyBySelection(text)) throw error;
  }
}

function copyBySelection(text: string): boolean {
  const focused = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    if (focused instanceof HTMLElement) focused.focus();
  }
}

/** What left the app, in the words the screen shows after the action. */
function doneMessage(action: BriefAction, brief: BuiltBrief, path: string | null): string {
  const name = `Brief #${brief.number}`;
  switch (action) {
    case 'copy':
      return `Copied ${name} as Markdown.`;
    case 'save':
      return `Saved ${name} as ${path ?? brief.fileName}.`;
    case 'pdf':
      return path
        ? `Saved ${name} as ${path}.`
        : `${name} went to the print dialog: choose “Save as PDF” there.`;
    case 'print':
      return `${name} went to the print dialog.`;
  }
}

/**
 * Carries out `action` on the brief on screen. `alreadyRecorded` is true when this very brief
 * was recorded before (copied, then saved): it is not recorded twice.
 */
export async function carryOut(
  action: BriefAction,
  shown: ShownBrief,
  alreadyRecorded: boolean,
): Promise<ActionResult> {
  const { brief } = shown;
  // A number taken meanwhile is found before anything leaves, when it can be.
  const movedBefore = alreadyRecorded ? null : movedOn(shown);
  if (movedBefore) return { status: 'moved', message: movedMessage(action, shown, movedBefore, false) };
  /** Records the brief once it left; `handedOut` says whether it already had when recording is refused. */
  const finish = async (message: string, handedOut: boolean): Promise<ActionResult> => {
    const recorded = alreadyRecorded ? null : await record(shown);
    if (recorded && !('ops' in recorded))
      return {
        status: 'moved',
        message: movedMessage(action, shown, recorded, handedOut),
      };
    return { status: 'done', message, recorded };
  };
  switch (action) {
    case 'copy': {
      try {
        await copyText(brief.markdown);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { status: 'failed', message: `Could not copy the brief: ${detail}. Save .md works instead.` };
      }
      return finish(doneMessage(action, brief, null), true);
    }
    case 'save': {
      const result = await platform.saveFile({
        suggestedName: brief.fileName,
        content: brief.markdown,
        filters: MARKDOWN_FILTER,
      });
      if (result.status === 'cancelled') return result;
      if (result.status === 'failed')
        return { status: 'failed', message: `Could not save the brief: ${result.message}` };
      return finish(doneMessage(action, brief, result.path), true);
    }
    case 'pdf': {
      const request = {
        suggestedName: brief.fileName.replace(/\.md$/, '') + '.pdf',
        pageSize: 'A4' as const,
        landscape: false,
      };
      if (platform.kind === 'browser') {
        // The browser's print dialog writes the PDF (and never says whether it did): recorded first.
        const done = await finish(doneMessage(action, brief, null), false);
        if (done.status === 'done') await platform.printToPdf(request);
        return done;
      }
      const result = await platform.printToPdf(request);
      if (result.status === 'cancelled') return result;
      if (result.status === 'failed')
        return { status: 'failed', message: `Could not save the PDF: ${result.message}` };
      return finish(doneMessage(action, brief, result.path), true);
    }
    case 'print': {
      const done = await finish(doneMessage(action, brief, null), false);
      if (done.status === 'done') window.print();
      return done;
    }
  }
}
