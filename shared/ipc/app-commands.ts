/**
 * The app's commands as one table: id, label, keys and where each appears in the native menu.
 * The renderer's command registry (renderer/app/commands.ts) gives each id its behaviour, and
 * the keyboard handler, the toolbar buttons, the command palette and the native menu all read
 * this table, so a label or a shortcut is written once. No dependencies: the sandboxed preload
 * imports it.
 *
 * Keys are written "Mod+Shift+Z": Mod is Ctrl (Cmd on macOS); a lone letter ("N") works
 * outside text fields only. The menu shows a command's first key.
 */
export type MenuSection = 'file' | 'export' | 'edit' | 'view';

export interface AppCommandInfo {
  readonly id: string;
  /** As the command palette shows it (sentence case). */
  readonly label: string;
  /** As the native menu shows it (title case), when it differs. */
  readonly menuLabel?: string;
  readonly keys: readonly string[];
  /** Keys that also work while typing in a text field (by default they are the field's). */
  readonly keysInText?: boolean;
  readonly menu?: MenuSection;
  /** Extra words the command palette matches. */
  readonly keywords?: readonly string[];
}

export const APP_COMMANDS = [
  {
    id: 'new-item',
    label: 'New launch item',
    menuLabel: 'New Launch Item',
    keys: ['N', 'Mod+N'],
    menu: 'file',
    keywords: ['create', 'add', 'beta', 'rollout'],
  },
  {
    id: 'import-json',
    label: 'Import workspace (JSON)…',
    menuLabel: 'Import Workspace…',
    keys: ['Mod+O'],
    keysInText: true,
    menu: 'file',
    keywords: ['open', 'restore'],
  },
  {
    id: 'export-json',
    label: 'Export workspace (JSON)…',
    menuLabel: 'Workspace (JSON)…',
    keys: ['Mod+Shift+E'],
    keysInText: true,
    menu: 'export',
    keywords: ['save', 'backup', 'download'],
  },
  { id: 'undo', label: 'Undo', keys: ['Mod+Z'], menu: 'edit' },
  { id: 'redo', label: 'Redo', keys: ['Mod+Shift+Z', 'Mod+Y'], menu: 'edit' },
  {
    id: 'view:board',
    label: 'Board',
    keys: ['Alt+1'],
    keysInText: true,
    menu: 'view',
    keywords: ['kanban', 'stages', 'cards'],
  },
  {
    id: 'view:timeline',
    label: 'Timeline',
    keys: ['Alt+2'],
    keysInText: true,
    menu: 'view',
    keywords: ['gantt', 'roadmap', 'dates'],
  },
  {
    id: 'view:launches',
    label: 'Launches',
    keys: ['Alt+3'],
    keysInText: true,
    menu: 'view',
    keywords: ['list', 'table'],
  },
  {
    id: 'view:settings',
    label: 'Settings',
    keys: ['Alt+9', 'Mod+,'],
    keysInText: true,
    menu: 'view',
    keywords: ['preferences', 'stages', 'regions'],
  },
  {
    id: 'palette',
    label: 'Command palette…',
    menuLabel: 'Command Palette…',
    keys: ['Mod+K'],
    keysInText: true,
    menu: 'view',
    keywords: ['search', 'go to', 'find'],
  },
] as const satisfies readonly AppCommandInfo[];

export type AppCommandId = (typeof APP_COMMANDS)[number]['id'];

export const APP_COMMAND_IDS = APP_COMMANDS.map((c) => c.id) as AppCommandId[];

/** A key as Electron's menu writes it: "Mod+Shift+Z" → "CmdOrCtrl+Shift+Z". */
export function toAccelerator(key: string): string {
  return key.replace(/\bMod\b/, 'CmdOrCtrl');
}

/** A key as aria-keyshortcuts writes it: "Mod+Z" → "Control+Z". */
export function toAriaKeys(keys: readonly string[]): string {
  return keys.map((key) => key.replace(/\bMod\b/, 'Control')).join(' ');
}

/** A key as people read it in this app: "Mod+Shift+Z" → "Ctrl+Shift+Z" (or ⌘ on a Mac). */
export function toKeyLabel(key: string, mac: boolean): string {
  return key.replace(/\bMod\b/, mac ? '⌘' : 'Ctrl');
}
