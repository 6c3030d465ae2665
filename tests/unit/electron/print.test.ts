/**
 * Pictures and PDFs through main: 'print:to-pdf' prints the calling window with Chromium and
 * saves the bytes where the person chose; 'file:save' writes base64 content as bytes. Electron
 * is faked; the contract, the handlers and the file writes (to a temporary folder) are real.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { printToPdfRequestSchema, saveFileRequestSchema } from '../../../shared/ipc/contract';

type InvokeHandler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, InvokeHandler>();
  const window = { id: 'main-window' };
  return {
    handlers,
    window,
    ipcMain: {
      handle: vi.fn((channel: string, handler: InvokeHandler) => handlers.set(channel, handler)),
    },
    BrowserWindow: { fromWebContents: vi.fn(() => window) },
    app: { getVersion: vi.fn(() => '1.0.0'), getPath: vi.fn((name: string) => `/fake/${name}`) },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
});

vi.mock('electron', () => ({
  ipcMain: fake.ipcMain,
  BrowserWindow: fake.BrowserWindow,
  app: fake.app,
  dialog: fake.dialog,
  shell: fake.shell,
}));

import { bindIpc } from '../../../electron/main/ipc';
import { pdfOptionsFor } from '../../../electron/main/print';

const PDF_BYTES = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1');

/** The app's own window, whose web contents can print to PDF. */
function appSender(printToPDF = vi.fn(async () => PDF_BYTES)) {
  const event = {
    sender: { printToPDF },
    senderFrame: { url: 'app://launch-control/index.html', parent: null },
  } as unknown as IpcMainInvokeEvent;
  return { event, printToPDF };
}

function invoke(channel: string, event: IpcMainInvokeEvent, payload: unknown): Promise<unknown> {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler bound for ${channel}`);
  return handler(event, payload);
}

let dir: string;

beforeEach(async () => {
  vi.clearAllMocks();
  fake.handlers.clear();
  bindIpc();
  dir = await mkdtemp(join(tmpdir(), 'lc-print-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('print:to-pdf', () => {
  const request = { suggestedName: 'Launch timeline.pdf', pageSize: 'A4', landscape: true };

  it('prints the calling window with its backgrounds, asks where, and writes the PDF bytes', async () => {
    const target = join(dir, 'timeline.pdf');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const { event, printToPDF } = appSender();

    await expect(invoke('print:to-pdf', event, request)).resolves.toEqual({
      status: 'saved',
      path: target,
    });

    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', landscape: true }));
    expect(printToPDF.mock.calls[0]).toEqual([
      expect.objectContaining({ printBackground: true, margins: expect.objectContaining({ top: 0.4 }) }),
    ]);
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(fake.window, {
      defaultPath: join('/fake/documents', 'Launch timeline.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(Buffer.compare(await readFile(target), PDF_BYTES)).toBe(0);
    expect(await readdir(dir)).toEqual(['timeline.pdf']);
  });

  it('writes nothing when the person cancels the save dialog', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(invoke('print:to-pdf', appSender().event, request)).resolves.toEqual({
      status: 'cancelled',
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('says why when Chromium cannot print, and never opens the dialog', async () => {
    const { event } = appSender(
      vi.fn(async () => {
        throw new Error('Printing failed');
      }),
    );
    await expect(invoke('print:to-pdf', event, request)).resolves.toEqual({
      status: 'failed',
      message: 'The PDF could not be made: Printing failed',
    });
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('turns a write failure into a sentence', async () => {
    const target = join(dir, 'taken.pdf');
    await mkdir(target);
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(invoke('print:to-pdf', appSender().event, request)).resolves.toEqual({
      status: 'failed',
      message: 'That is a folder, not a file.',
    });
  });

  it.each([
    { suggestedName: '../escape.pdf', pageSize: 'A4', landscape: true },
    { suggestedName: 'a.pdf', pageSize: 'A3', landscape: true },
    { suggestedName: 'a.pdf', pageSize: 'A4', landscape: 'yes' },
    { suggestedName: 'a.pdf', pageSize: 'A4' },
    { suggestedName: 'a.pdf', pageSize: 'A4', landscape: true, printBackground: false },
  ])('refuses a malformed request before printing (#%#)', async (payload) => {
    const { event, printToPDF } = appSender();
    await expect(invoke('print:to-pdf', event, payload)).rejects.toThrow(
      /^Refused print:to-pdf: invalid request \(/,
    );
    expect(printToPDF).not.toHaveBeenCalled();
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(printToPdfRequestSchema.safeParse(payload).success).toBe(false);
  });
});

describe('pdfOptionsFor', () => {
  it('passes named paper sizes with their orientation', () => {
    expect(pdfOptionsFor('Letter', false)).toMatchObject({ pageSize: 'Letter', landscape: false });
    expect(pdfOptionsFor('A4', true)).toMatchObject({ pageSize: 'A4', landscape: true });
  });

  it('gives the slide as 13.333 × 7.5 inches already turned, so Chromium does not turn it again', () => {
    expect(pdfOptionsFor('Slide', true)).toMatchObject({
      pageSize: { width: 13.333, height: 7.5 },
      landscape: false,
    });
    expect(pdfOptionsFor('Slide', false)).toMatchObject({
      pageSize: { width: 7.5, height: 13.333 },
      landscape: false,
    });
  });
});

describe('file:save with binary content', () => {
  const filters = [{ name: 'PNG image', extensions: ['png'] }];
  const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);

  it('decodes base64 and writes the bytes exactly', async () => {
    const target = join(dir, 'timeline.png');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(
      invoke('file:save', appSender().event, {
        suggestedName: 'timeline.png',
        content: pngSignature.toString('base64'),
        encoding: 'base64',
        filters,
      }),
    ).resolves.toEqual({ status: 'saved', path: target });
    expect(Buffer.compare(await readFile(target), pngSignature)).toBe(0);
  });

  it('writes text as UTF-8 when the encoding is utf8 or left out', async () => {
    const target = join(dir, 'a.svg');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const content = '<svg>Ünïcode – iVBORw0KGgo=</svg>';
    await invoke('file:save', appSender().event, {
      suggestedName: 'a.svg',
      content,
      encoding: 'utf8',
      filters,
    });
    expect(await readFile(target, 'utf8')).toBe(content);
  });

  it.each(['not base64!', 'abc', 'ab=c', '====', 'YQ==YQ=='])(
    'refuses %j as base64 content before the dialog opens',
    async (content) => {
      const payload = { suggestedName: 'a.png', content, encoding: 'base64', filters };
      await expect(invoke('file:save', appSender().event, payload)).rejects.toThrow(
        /^Refused file:save: invalid request \(content: Binary content must be base64\)/,
      );
      expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
    },
  );

  it('accepts every length of standard base64 and refuses an unknown encoding', () => {
    const request = (content: string, encoding: string) => ({
      suggestedName: 'a.png',
      content,
      encoding,
      filters,
    });
    for (const bytes of ['', 'a', 'ab', 'abc', 'abcd'])
      expect(saveFileRequestSchema.safeParse(request(btoa(bytes), 'base64')).success, bytes).toBe(true);
    expect(saveFileRequestSchema.safeParse(request('YQ==', 'hex')).success).toBe(false);
  });
});
