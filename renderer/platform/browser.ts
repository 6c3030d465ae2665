/** The browser side of the platform seam: downloads and file pickers instead of native dialogs. */
import {
  isSafeExternalUrl,
  type OpenFileRequest,
  type OpenFileResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/ipc/contract';
import type { Platform } from './platform';
import { decodeText } from '../../shared/formats/text-decode';

function mimeFor(name: string): string {
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.md')) return 'text/markdown';
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.ics')) return 'text/calendar';
  if (name.endsWith('.svg')) return 'image/svg+xml';
  if (name.endsWith('.png')) return 'image/png';
  if (name.endsWith('.pdf')) return 'application/pdf';
  return 'text/plain';
}

/** The bytes of a binary export (a PNG, a PDF), which crosses the platform seam as base64. */
function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  const blob =
    request.encoding === 'base64'
      ? new Blob([bytesOfBase64(request.content)], { type: mimeFor(request.suggestedName) })
      : new Blob([request.content], { type: `${mimeFor(request.suggestedName)};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { status: 'saved', path: request.suggestedName };
}

/** The file picker; the file is read as bytes and decoded (shared/formats/text-decode.ts). */
function openFile(request: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    let settled = false;
    const finish = (result: OpenFileResult) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(result);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return finish({ status: 'cancelled' });
      file.arrayBuffer().then(
        (buffer) => {
          const { text, warning } = decodeText(new Uint8Array(buffer));
          finish({ status: 'opened', name: file.name, content: text, warning });
        },
        (error: unknown) =>
          finish({ status: 'failed', message: `Could not read ${file.name}: ${String(error)}` }),
      );
    });
    input.addEventListener('cancel', () => finish({ status: 'cancelled' }));
    document.body.append(input);
    input.click();
  });
}

export const browserPlatform: Platform = {
  kind: 'browser',
  saveFile,
  openFile,
  async openExternal(url) {
    if (!isSafeExternalUrl(url)) return false;
    window.open(url, '_blank', 'noopener,noreferrer');
    return true;
  },
  async printToPdf() {
    // A page cannot write a PDF itself: the browser's print dialog (with the print styles) lets
    // the person choose "Save as PDF". Whatever they do there, the app itself saved nothing.
    window.print();
    return { status: 'cancelled' };
  },
  async appInfo() {
    return { version: import.meta.env.VITE_APP_VERSION ?? 'dev', platform: 'browser', dataPath: null };
  },
  onMenuCommand() {
    // Browsers have no native menu; the in-app shortcuts and buttons do the same things.
    return () => {};
  },
  backupFiles: null,
};
