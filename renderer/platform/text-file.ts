/**
 * Reading a text file's bytes. Workspace files are UTF-8 (with or without a byte-order mark),
 * but one saved by an older Windows tool may be Windows-1252: decoded as UTF-8 its accented
 * names would turn into U+FFFD replacement characters and be stored that way. So UTF-8 is
 * decoded strictly, and a file that is not UTF-8 is read as Windows-1252 with a warning.
 */
import type { OpenFileResult } from '../../shared/ipc/contract';

export const NOT_UTF8_WARNING =
  'This file is not UTF-8; it was read as Windows-1252 — check names with accents.';
export const REPLACED_WARNING =
  'Some characters in this file could not be read and show as “�” — it may not be UTF-8; check names with accents.';

export interface DecodedText {
  text: string;
  /** Set when the text may not be what the file's author wrote. */
  warning: string | null;
}

/** A file as the import reads it: its text and, when decoding was a guess, why to check it. */
export type OpenTextFileResult =
  | { status: 'opened'; name: string; content: string; warning: string | null }
  | Exclude<OpenFileResult, { status: 'opened' }>;

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

/**
 * For text decoded elsewhere (the desktop app's main process reads files as UTF-8): the bytes
 * are gone, so the most that can be done is to say that some were replaced.
 */
export function withReplacementWarning(result: OpenFileResult): OpenTextFileResult {
  if (result.status !== 'opened') return result;
  return { ...result, warning: result.content.includes('\uFFFD') ? REPLACED_WARNING : null };
}
