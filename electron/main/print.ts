/**
 * Printing a window to a PDF file: Chromium renders the calling window with its print styles
 * (renderer/styles/print.css and the features' @media print blocks), then the person picks
 * where to save it in the native save dialog, and the bytes are written atomically.
 */
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, type PrintToPDFOptions } from 'electron';
import { join } from 'node:path';
import type { PdfPageSize, PrintToPdfRequest, SaveFileResult } from '../../shared/ipc/contract';
import { describeFileError, writeFileAtomic } from './files';

/** A 16:9 slide, as presentation software sizes it: 13.333 × 7.5 inches. */
const SLIDE_INCHES = { width: 13.333, height: 7.5 };

/** Half an inch keeps text clear of what most printers cannot reach, and still fills a slide. */
const MARGIN_INCHES = 0.4;

/**
 * Chromium's options for a page size. Named paper sizes are turned by `landscape`; the slide is
 * a custom size given already turned (its width and height in the orientation asked for), so
 * that it is never turned a second time.
 */
export function pdfOptionsFor(pageSize: PdfPageSize, landscape: boolean): PrintToPDFOptions {
  const margins = {
    marginType: 'custom' as const,
    top: MARGIN_INCHES,
    bottom: MARGIN_INCHES,
    left: MARGIN_INCHES,
    right: MARGIN_INCHES,
  };
  if (pageSize === 'Slide') {
    const { width, height } = SLIDE_INCHES;
    return {
      pageSize: landscape ? { width, height } : { width: height, height: width },
      landscape: false,
      printBackground: true,
      margins,
    };
  }
  return { pageSize, landscape, printBackground: true, margins };
}

/** The 'print:to-pdf' handler: render first (nothing to save if that fails), then ask where. */
export async function printToPdf(
  request: PrintToPdfRequest,
  event: IpcMainInvokeEvent,
): Promise<SaveFileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await event.sender.printToPDF(pdfOptionsFor(request.pageSize, request.landscape));
  } catch (error) {
    return {
      status: 'failed',
      message: `The PDF could not be made: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const options = {
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  };
  const window = BrowserWindow.fromWebContents(event.sender);
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  try {
    await writeFileAtomic(choice.filePath, bytes);
    return { status: 'saved', path: choice.filePath };
  } catch (error) {
    return { status: 'failed', message: describeFileError(error) };
  }
}
