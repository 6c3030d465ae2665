/**
 * Reading a text file's bytes, the same way in the desktop app's main process and in the
 * browser. Workspace files are UTF-8 (with or without a byte-order mark), but one saved by an
 * older Windows tool may be Windows-1252: decoded as UTF-8 its accented names would turn into
 * U+FFFD replacement characters and be stored that way. So UTF-8 is decoded strictly, and a
 * file that is not UTF-8 is read as Windows-1252 with a warning.
 */

// TextDecoder exists in every runtime the app runs in (Chromium, Node); shared/ is compiled
// without DOM or Node types, so the little it uses is declared here.
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(bytes: Uint8Array): string };

export const NOT_UTF8_WARNING =
  'This file is not UTF-8; it was read as Windows-1252 — check names with accents.';

export interface DecodedText {
  text: string;
  /** Set when the text may not be what the file's author wrote. */
  warning: string | null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  // A byte-order mark says UTF-16 outright (Notepad's "Unicode"): no guess, no warning.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), warning: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), warning: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: null };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), warning: NOT_UTF8_WARNING };
  }
}
