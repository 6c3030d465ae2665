/**
 * Rolling backups of the workspace: which to keep, how their files are named, why each was
 * taken (in words for people), and where the desktop app keeps them. A backup's content is an
 * ordinary workspace export (workspace-json.ts), so anything that reads exports reads backups.
 * Pure: the clock and the local calendar are passed in.
 */
import { TABLES, type Workspace } from '../domain/workspace';

export const BACKUP_REASONS = [
  'interval',
  'quit',
  'before-import',
  'before-restore',
  'before-upgrade',
  'before-repair',
  'manual',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Why a backup was taken, as the backups list says it. */
export const BACKUP_REASON_WORDS: Record<BackupReason, string> = {
  interval: 'Automatic, every 15 minutes while you work',
  quit: 'When the app was closed',
  'before-import': 'Before an import',
  'before-restore': 'Before restoring a backup',
  'before-upgrade': 'Before a database upgrade',
  'before-repair': 'Before setting damaged data aside',
  manual: 'Backed up by hand',
};

export function isBackupReason(value: unknown): value is BackupReason {
  return typeof value === 'string' && (BACKUP_REASONS as readonly string[]).includes(value);
}

/**
 * The reason behind a description. Some callers describe a backup in a sentence ("Before
 * importing plan.json", "Before upgrading the database from version 4 to 5"); the sentence is
 * kept for people and its reason is read from its opening words. A reason given as such is
 * taken as it is.
 */
export function backupReasonOf(description: string): BackupReason {
  if (isBackupReason(description)) return description;
  const text = description.trim().toLowerCase();
  if (text.startsWith('before import')) return 'before-import';
  if (text.startsWith('before restor')) return 'before-restore';
  if (text.startsWith('before upgrad')) return 'before-upgrade';
  if (text.startsWith('before setting') || text.startsWith('before rebuild')) return 'before-repair';
  return 'manual';
}

/** At most this many backups are kept: the newest few of today and one for each earlier day. */
export const MAX_BACKUPS = 14;
/** How many of today's backups are kept. */
export const KEPT_TODAY = 3;

export interface RotationOptions {
  /** Today on the person's calendar ('yyyy-MM-dd'). */
  today: string;
  /** The calendar day ('yyyy-MM-dd') on the person's clock of an instant (an ISO time). */
  dayOf: (takenAt: string) => string;
}

/**
 * Which backups to keep: the KEPT_TODAY newest of today and the newest of each earlier day,
 * newest days first, MAX_BACKUPS in all; the rest are to be deleted. A backup dated after
 * today (the clock was put back) counts as today's, so a clock change never deletes the newest.
 */
export function backupsToKeep<B extends { takenAt: string }>(
  backups: readonly B[],
  { today, dayOf }: RotationOptions,
): { keep: B[]; remove: B[] } {
  const newestFirst = [...backups].sort((a, b) => compareInstants(b.takenAt, a.takenAt));
  const keep: B[] = [];
  const remove: B[] = [];
  const daysKept = new Set<string>();
  let keptToday = 0;
  for (const backup of newestFirst) {
    const day = dayOf(backup.takenAt);
    let kept = false;
    if (keep.length < MAX_BACKUPS) {
      if (day >= today) {
        kept = keptToday < KEPT_TODAY;
        if (kept) keptToday += 1;
      } else if (!daysKept.has(day)) {
        kept = true;
        daysKept.add(day);
      }
    }
    (kept ? keep : remove).push(backup);
  }
  return { keep, remove };
}

/** ISO instants compared as times (an instant that does not parse sorts as the oldest). */
function compareInstants(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return (
    (Number.isNaN(ta) ? -Infinity : ta) - (Number.isNaN(tb) ? -Infinity : tb) || (a < b ? -1 : a > b ? 1 : 0)
  );
}

const NAME_PREFIX = 'launch-control-backup-';
// Milliseconds are optional: names written before they were added end at the second.
const NAME_PATTERN =
  /^launch-control-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:\.(\d{3}))?Z-([a-z-]+)\.json$/;

/**
 * The file name of a backup, e.g. launch-control-backup-2026-11-27T17-20-05.123Z-before-import.json:
 * its time in UTC to the millisecond (colons are not allowed in Windows file names; two backups
 * for the same reason within one second must not share a name), then its reason.
 */
export function backupFileName(takenAt: string, reason: BackupReason): string {
  const time = Date.parse(takenAt);
  if (Number.isNaN(time)) throw new Error(`Not a time: ${takenAt}`);
  const stamp = new Date(time).toISOString().slice(0, 23).replace(/:/g, '-');
  return `${NAME_PREFIX}${stamp}Z-${reason}.json`;
}

export interface ParsedBackupName {
  /** The time in the name, as an ISO instant ('2026-11-27T17:20:05.000Z'). */
  takenAt: string;
  reason: BackupReason;
}

/** A backup's time and reason from its file name; null for any other file (a temporary one). */
export function parseBackupName(name: string): ParsedBackupName | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis = '000', reason] = match;
  if (!isBackupReason(reason)) return null;
  const time = Date.parse(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(time)) return null;
  const takenAt = new Date(time).toISOString();
  // A date that rolled over (2026-02-30) is not a name this app wrote.
  if (takenAt.slice(0, 10) !== day) return null;
  return { takenAt, reason };
}

/** Records per table, as a backup lists them (a table missing from an old backup counts as 0). */
export type BackupTableCounts = Record<string, number>;

export function tableCountsOf(ws: Workspace): BackupTableCounts {
  const counts: BackupTableCounts = {};
  for (const table of TABLES) counts[table] = Object.keys(ws[table]).length;
  return counts;
}

/** Counts from a workspace file's content without validating it (for listing, not importing). */
export function tableCountsOfJson(json: string): BackupTableCounts {
  const counts: BackupTableCounts = {};
  try {
    const tables = (JSON.parse(json) as { tables?: unknown }).tables;
    if (typeof tables !== 'object' || tables === null) return counts;
    for (const [table, records] of Object.entries(tables))
      if (Array.isArray(records)) counts[table] = records.length;
  } catch {
    // Unreadable content lists as empty; restoring it explains what is wrong.
  }
  return counts;
}

export function totalRecords(counts: BackupTableCounts): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/**
 * A fingerprint of a workspace file's content, leaving out its export time, so that the same
 * workspace backed up twice in a row is recognised (and kept once). Two 32-bit FNV-style hashes
 * and the length: collisions are as unlikely as for the pages' checks.
 */
export function backupContentHash(json: string): string {
  const stamp = /"exportedAt":\s*"[^"]*"/.exec(json);
  const text = stamp ? json.slice(0, stamp.index) + json.slice(stamp.index + stamp[0].length) : json;
  let a = 0x811c9dc5;
  let b = 0x9dc5811c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length}`;
}

/** A size in bytes as people read it: "812 bytes", "48 KB", "3.4 MB". */
export function formatBackupSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb).toLocaleString('en-US')} MB`;
}

export type DesktopPlatform = 'linux' | 'darwin' | 'win32' | string;

/**
 * The desktop app's backups folder: Electron's userData folder for the product "Launch Control"
 * plus /backups, or the data folder the app was pointed at (LAUNCH_CONTROL_USER_DATA, as
 * electron/main/index.ts honours it). Paths are joined with the platform's own separator.
 */
export function desktopBackupDir(
  platform: DesktopPlatform,
  env: Partial<Record<string, string | undefined>>,
  home: string,
): string {
  const product = 'Launch Control';
  const separator = platform === 'win32' ? '\\' : '/';
  const override = env.LAUNCH_CONTROL_USER_DATA;
  if (override) return `${override.replace(/[\\/]+$/, '')}${separator}backups`;
  if (platform === 'win32') {
    const appData = env.APPDATA || `${home}\\AppData\\Roaming`;
    return `${appData.replace(/\\+$/, '')}\\${product}\\backups`;
  }
  if (platform === 'darwin') return `${home}/Library/Application Support/${product}/backups`;
  const config = env.XDG_CONFIG_HOME || `${home}/.config`;
  return `${config.replace(/\/+$/, '')}/${product}/backups`;
}
