/**
 * Keys → commands, from the command registry. A key is matched as written in the table
 * ("Mod+Shift+Z", "Alt+1", "N"): Mod is Ctrl or Cmd; digits match by physical key, since Alt
 * with a digit types another character on some layouts. In a text field a lone letter is
 * typing, and the keys of commands that yield to text fields (Undo, Redo) are the field's own;
 * with a dialog open a lone letter belongs to the dialog.
 */
import { useEffect } from 'react';
import { toAriaKeys, toKeyLabel } from '../../shared/ipc/app-commands';
import { platform } from '../platform';
import { useDocument } from '../state/document';
import { COMMANDS, currentScope, runCommand, type Command, type CommandScope } from './commands';

interface ParsedKey {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

function parseKey(key: string): ParsedKey {
  const parts = key.split('+');
  const main = parts.pop()!.toLowerCase();
  return {
    mod: parts.includes('Mod'),
    alt: parts.includes('Alt'),
    shift: parts.includes('Shift'),
    key: main,
  };
}

const MODIFIERS = ['Mod', 'Alt', 'Shift'];

/** Keys written with a modifier this app does not know ("Ctrl+Z" instead of "Mod+Z"). */
export function unknownModifiers(keys: readonly string[]): string[] {
  return keys.filter((key) =>
    key
      .split('+')
      .slice(0, -1)
      .some((part) => !MODIFIERS.includes(part)),
  );
}

const isLone = (want: ParsedKey) => !want.mod && !want.alt;

function matchesParsed(event: KeyboardEvent, want: ParsedKey): boolean {
  const mod = event.ctrlKey || event.metaKey;
  // A lone letter ignores Shift (and Caps Lock), as typing "n" or "N" would.
  const shiftMatches = isLone(want) || event.shiftKey === want.shift;
  if (mod !== want.mod || event.altKey !== want.alt || !shiftMatches) return false;
  if (/^[0-9]$/.test(want.key)) return event.code === `Digit${want.key}`;
  return event.key.toLowerCase() === want.key;
}

export function matchesKey(event: KeyboardEvent, key: string): boolean {
  return matchesParsed(event, parseKey(key));
}

/** Every key of every command, parsed once. */
const KEY_BINDINGS = COMMANDS.flatMap((command) =>
  command.keys.map((key) => ({ command, key: parseKey(key) })),
);

/** The command a key press asks for, or null. */
export function commandForKey(
  event: KeyboardEvent,
  scope: CommandScope = currentScope(event.target),
): Command | null {
  for (const { command, key } of KEY_BINDINGS) {
    if (!matchesParsed(event, key)) continue;
    const lone = isLone(key);
    if (scope.textEntry && (lone || command.yieldsToTextFields)) continue;
    if (scope.modalOpen && lone) continue;
    return command;
  }
  return null;
}

/** Listens for command keys and native menu commands while the app is mounted. */
export function useCommandKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const scope = currentScope(event.target);
      const command = commandForKey(event, scope);
      if (command && runCommand(command.id, scope)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = platform.onMenuCommand((id) => {
      // A menu click moves no focus: the scope is where the person was.
      if (useDocument.getState().phase === 'ready') runCommand(id);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}

/** Two commands on one key, as "Mod+Z: undo and redo" (an error: the registry test fails). */
export function keyClashes(commands: readonly { id: string; keys: readonly string[] }[]): string[] {
  const canonical = (key: string) => {
    const parts = key.toLowerCase().split('+');
    const main = parts.pop()!;
    return [...parts.sort(), main].join('+');
  };
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const command of commands)
    for (const key of command.keys) {
      const k = canonical(key);
      const first = owner.get(k);
      if (first && first !== command.id) clashes.push(`${key}: ${first} and ${command.id}`);
      else owner.set(k, command.id);
    }
  return clashes;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** A command's first key as people read it here ("Ctrl+Z", or "⌘+Z" on a Mac). */
export function keyLabel(command: Pick<Command, 'keys'>): string {
  return command.keys[0] ? toKeyLabel(command.keys[0], isMac) : '';
}

/** A command's keys for aria-keyshortcuts. */
export function ariaKeys(command: Pick<Command, 'keys'>): string {
  return toAriaKeys(command.keys, isMac);
}
