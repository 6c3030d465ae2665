/**
 * Printing what is on screen: the desktop app prints the window to a PDF (A4 landscape, with the
 * print styles) and asks where to save it; a browser opens its print dialog, where "Save as PDF"
 * is one of the printers. On the brief screen it is the brief's own Save as PDF instead: a
 * portrait document under the brief's file name, recorded as handed out.
 */
import { toDay } from '../../../shared/dates/days';
import { platform } from '../../platform';
import { saveBriefPdf, showToast, useWindow } from '../../state/window';

export async function printView(): Promise<void> {
  if (saveBriefPdf()) return;
  const { view, page } = useWindow.getState();
  const what = page ? 'launch' : view;
  const result = await platform.printToPdf({
    suggestedName: `launch-control-${what}-${toDay(new Date())}.pdf`,
    pageSize: 'A4',
    landscape: true,
  });
  if (result.status === 'saved') showToast({ tone: 'info', message: `Saved the PDF to ${result.path}` });
  if (result.status === 'failed') showToast({ tone: 'error', message: result.message });
}
