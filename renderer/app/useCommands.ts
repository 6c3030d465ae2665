/**
 * App-wide commands from the keyboard and from the native menu. Undo/redo shortcuts leave
 * text fields alone, so Ctrl+Z inside an input undoes typing, as everywhere else.
 */
import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { exportJson, startImport } from '../features/workspace-file/workspace-file';
import { platform } from '../platform';
import { redo, undo } from '../state/session';
import { openEditor, setView, useAppStore } from '../state/store';
import { VIEWS } from './views';

export function runMenuCommand(command: MenuCommand): void {
  switch (command) {
    case 'new-item':
      return openEditor({ mode: 'create' });
    case 'import-json':
      return void startImport();
    case 'export-json':
      return void exportJson();
    case 'undo':
    case 'redo':
      // From the Edit menu while typing: undo the typing, as every text field does.
      if (isTextEntry(document.activeElement)) return void document.execCommand(command);
      return command === 'undo' ? undo() : redo();
    case 'view:board':
      return setView('board');
    case 'view:timeline':
      return setView('timeline');
    case 'view:launches':
      return setView('launches');
    case 'view:settings':
      return setView('settings');
  }
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  );
}

function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

export function handleShortcut(event: KeyboardEvent): MenuCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey && key === 'z' && !isTextEntry(event.target))
    return event.shiftKey ? 'redo' : 'undo';
  if (mod && !event.altKey && !event.shiftKey && key === 'y' && !isTextEntry(event.target)) return 'redo';
  if (event.altKey && !mod) {
    const view = VIEWS.find((v) => event.code === `Digit${v.shortcut}`);
    if (view) return `view:${view.id}` as MenuCommand;
  }
  if (!mod && !event.altKey && key === 'n' && !isTextEntry(event.target) && !modalOpen()) return 'new-item';
  return null;
}

export function useCommands(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || useAppStore.getState().phase !== 'ready') return;
      const command = handleShortcut(event);
      if (!command) return;
      event.preventDefault();
      runMenuCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = platform.onMenuCommand((command) => {
      if (useAppStore.getState().phase === 'ready') runMenuCommand(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
