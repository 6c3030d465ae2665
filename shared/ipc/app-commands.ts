/**
 * The app's commands as one table: id, label, keys and where each appears in the native menu.
 * The renderer's command registry (renderer/app/commands.ts) gives each id its behaviour, and
 * the keyboard handler, the toolbar buttons, the command palette and the native menu all read
 * this table, so a label or a shortcut is written once. No dependencies: the sandboxed preload
 * imports it.
 *
 * Keys are written "Mod+Shift+Z": Mod is Ctrl (Cmd on macOS), then Alt and Shift; a lone letter
 * ("N") works outside text fields and dialogs only. The menu shows a key with a modifier.
 */
/** Where a command sits in the native menu: File (new; then the workspace file), Export, Edit, View, Help. */
export type MenuSection = 'file' | 'file-data' | 'export' | 'edit' | 'view' | 'help';

export interface AppCommandInfo {
  readonly id: string;
  /** As the command palette shows it (sentence case). */
  readonly label: string;
  /** As the native menu shows it (title case), when it differs. */
  readonly menuLabel?: string;
  readonly keys: readonly string[];
  /**
   * In a text field its keys are the field's own (Undo and Redo undo typing there). Other
   * commands' keys with Ctrl/Cmd or Alt work while typing; a lone letter ("N") never does.
   */
  readonly yieldsToTextFields?: boolean;
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
    id: 'milestone:add',
    label: 'Add milestone…',
    menuLabel: 'Add Milestone…',
    // M on a focused timeline bar; the menu shows the key with a modifier.
    keys: ['M', 'Mod+Shift+M'],
    menu: 'edit',
    keywords: ['milestone', 'marker', 'date', 'timeline', 'code freeze', 'press day'],
  },
  {
    id: 'import-json',
    label: 'Import workspace (JSON)…',
    menuLabel: 'Import Workspace…',
    keys: ['Mod+O'],
    menu: 'file-data',
    keywords: ['open', 'restore'],
  },
  {
    id: 'export-json',
    label: 'Export workspace (JSON)…',
    menuLabel: 'Workspace (JSON)…',
    keys: ['Mod+Shift+E'],
    menu: 'export',
    keywords: ['save', 'backup', 'download'],
  },
  {
    id: 'export-items-csv',
    label: 'Export launch items (CSV)…',
    menuLabel: 'Launch Items (CSV)…',
    keys: [],
    menu: 'export',
    keywords: ['spreadsheet', 'excel', 'download', 'csv'],
  },
  {
    id: 'export-readiness-csv',
    label: 'Export readiness (CSV)…',
    menuLabel: 'Readiness (CSV)…',
    keys: [],
    menu: 'export',
    keywords: ['spreadsheet', 'excel', 'checklist', 'sign-off', 'csv'],
  },
  {
    id: 'export-calendar',
    label: 'Export calendar (.ics)…',
    menuLabel: 'Calendar (.ics)…',
    keys: [],
    menu: 'export',
    keywords: ['ical', 'icalendar', 'outlook', 'google calendar', 'dates', 'milestones'],
  },
  {
    id: 'brief:launch',
    label: 'Readiness brief…',
    menuLabel: 'Readiness Brief (Markdown)…',
    keys: [],
    menu: 'export',
    keywords: ['launch brief', 'status report', 'markdown', 'executive', 'team', 'print', 'pdf'],
  },
  {
    id: 'brief:portfolio',
    label: 'Portfolio brief…',
    menuLabel: 'Portfolio Brief (Markdown)…',
    keys: [],
    menu: 'export',
    keywords: ['portfolio', 'status report', 'markdown', 'weeks', 'region', 'print', 'pdf'],
  },
  {
    id: 'picture:timeline',
    label: 'Export timeline as picture…',
    menuLabel: 'Timeline Picture (PNG, SVG, PDF)…',
    keys: [],
    menu: 'export',
    keywords: ['png', 'svg', 'pdf', 'image', 'slide', 'gantt', 'roadmap', 'print'],
  },
  {
    id: 'picture:board',
    label: 'Export board as picture…',
    menuLabel: 'Board Picture (PNG, SVG, PDF)…',
    keys: [],
    menu: 'export',
    keywords: ['png', 'svg', 'pdf', 'image', 'slide', 'kanban', 'print'],
  },
  {
    id: 'print-view',
    label: 'Print or save this view as PDF…',
    menuLabel: 'This View as PDF…',
    keys: ['Mod+P'],
    menu: 'export',
    keywords: ['print', 'pdf', 'paper'],
  },
  {
    id: 'feedback:capture',
    label: 'Capture feedback…',
    menuLabel: 'Capture Feedback…',
    keys: ['Mod+Shift+F'],
    menu: 'file',
    keywords: ['feedback', 'customer', 'add', 'new', 'product challenge'],
  },
  {
    id: 'feedback:import-csv',
    label: 'Import feedback from CSV…',
    menuLabel: 'Import Feedback (CSV)…',
    keys: [],
    menu: 'file-data',
    keywords: ['feedback', 'csv', 'spreadsheet', 'excel', 'import'],
  },
  { id: 'undo', label: 'Undo', keys: ['Mod+Z'], yieldsToTextFields: true, menu: 'edit' },
  { id: 'redo', label: 'Redo', keys: ['Mod+Shift+Z', 'Mod+Y'], yieldsToTextFields: true, menu: 'edit' },
  {
    id: 'view:board',
    label: 'Board',
    keys: ['Alt+1'],
    menu: 'view',
    keywords: ['kanban', 'stages', 'cards'],
  },
  {
    id: 'view:timeline',
    label: 'Timeline',
    keys: ['Alt+2'],
    menu: 'view',
    keywords: ['gantt', 'roadmap', 'dates'],
  },
  {
    id: 'view:launches',
    label: 'Launches',
    keys: ['Alt+3'],
    menu: 'view',
    keywords: ['list', 'table'],
  },
  {
    id: 'view:matrix',
    label: 'Readiness matrix',
    keys: ['Alt+4'],
    menu: 'view',
    keywords: ['readiness', 'launch review', 'functions', 'sign-off'],
  },
  {
    id: 'view:people',
    label: 'People',
    keys: ['Alt+5'],
    menu: 'view',
    keywords: ['owners', 'approvers', 'team', 'experts', 'DRI'],
  },
  {
    id: 'view:my-work',
    label: 'My work',
    keys: ['Alt+6'],
    menu: 'view',
    keywords: ['assigned', 'my readiness', 'overdue', 'to do', 'tasks', 'me'],
  },
  {
    id: 'view:feedback',
    label: 'Feedback',
    keys: ['Alt+7'],
    menu: 'view',
    keywords: ['inbox', 'customer', 'product challenges', 'beta', 'support', 'revenue'],
  },
  {
    id: 'view:settings',
    label: 'Settings',
    keys: ['Alt+9', 'Mod+,'],
    menu: 'view',
    keywords: ['preferences', 'stages', 'regions'],
  },
  {
    id: 'palette',
    label: 'Command palette…',
    menuLabel: 'Command Palette…',
    keys: ['Mod+K'],
    menu: 'view',
    keywords: ['search', 'go to', 'find'],
  },
  {
    id: 'help:workspace-schema',
    label: 'Workspace file format (JSON Schema)…',
    menuLabel: 'Workspace File Format (JSON Schema)…',
    keys: [],
    menu: 'help',
    keywords: ['schema', 'json', 'format', 'import', 'export', 'developer'],
  },
] as const satisfies readonly AppCommandInfo[];

export type AppCommandId = (typeof APP_COMMANDS)[number]['id'];

export const APP_COMMAND_IDS = APP_COMMANDS.map((c) => c.id) as AppCommandId[];

/** A key as Electron's menu writes it: "Mod+Shift+Z" → "CmdOrCtrl+Shift+Z". */
export function toAccelerator(key: string): string {
  return key.replace(/\bMod\b/, 'CmdOrCtrl');
}

/** Keys as aria-keyshortcuts writes them: "Mod+Z" → "Control+Z" ("Meta+Z" on a Mac). */
export function toAriaKeys(keys: readonly string[], mac: boolean): string {
  return keys.map((key) => key.replace(/\bMod\b/, mac ? 'Meta' : 'Control')).join(' ');
}

/** A key as people read it in this app: "Mod+Shift+Z" → "Ctrl+Shift+Z" (or ⌘ on a Mac). */
export function toKeyLabel(key: string, mac: boolean): string {
  return key.replace(/\bMod\b/, mac ? '⌘' : 'Ctrl');
}
