/**
 * What the brief screen does with a brief — copy its Markdown, save it as a .md file, save it
 * as a PDF, print it — and recording it. A brief that left the app (copied, saved, printed) is
 * recorded with `recordBrief`, one undoable Change on the change path, so the next brief of the
 * same scope numbers itself one higher and says what changed since. It is recorded only once
 * it really left: after the copy or save succeeded, and before the print dialog opens (which
 * does not say whether the person printed).
 */
import type { Change } from '../../../shared/domain/change';
import {
  recordBrief,
  type BriefClock,
  type BriefRequest,
  type BuiltBrief,
} from '../../../shared/formats/brief';
import { platform } from '../../platform';
import { run } from '../../state/changes';

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
  | { status: 'failed'; message: string };

/** Records the brief through the change path; null when it was refused or could not be saved (run() has said why). */
export async function record(shown: ShownBrief): Promise<Change | null> {
  const result = await run((ws, ctx) => recordBrief(ws, shown.request, shown.clock, ctx));
  return result.ok ? result.value : null;
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
  const recordOnce = () => (alreadyRecorded ? Promise.resolve(null) : record(shown));
  switch (action) {
    case 'copy': {
      try {
        await copyText(brief.markdown);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { status: 'failed', message: `Could not copy the brief: ${detail}. Save .md works instead.` };
      }
      return { status: 'done', message: doneMessage(action, brief, null), recorded: await recordOnce() };
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
      return {
        status: 'done',
        message: doneMessage(action, brief, result.path),
        recorded: await recordOnce(),
      };
    }
    case 'pdf': {
      const request = {
        suggestedName: brief.fileName.replace(/\.md$/, '') + '.pdf',
        pageSize: 'A4' as const,
        landscape: false,
      };
      if (platform.kind === 'browser') {
        // The browser's print dialog writes the PDF (and never says whether it did).
        const recorded = await recordOnce();
        await platform.printToPdf(request);
        return { status: 'done', message: doneMessage(action, brief, null), recorded };
      }
      const result = await platform.printToPdf(request);
      if (result.status === 'cancelled') return result;
      if (result.status === 'failed')
        return { status: 'failed', message: `Could not save the PDF: ${result.message}` };
      return {
        status: 'done',
        message: doneMessage(action, brief, result.path),
        recorded: await recordOnce(),
      };
    }
    case 'print': {
      const recorded = await recordOnce();
      window.print();
      return { status: 'done', message: doneMessage(action, brief, null), recorded };
    }
  }
}
