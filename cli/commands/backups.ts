/** `launch-control backups`: the desktop app's automatic backups, newest first. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BACKUP_REASON_WORDS,
  desktopBackupDir,
  formatBackupSize,
  parseBackupName,
  type ParsedBackupName,
} from '../../shared/formats/backups';
import { stringOption } from '../args';
import { CliFailure, TOOL, type CliCommand } from '../command';
import { fileErrorReason, writeOutput, type CliIo } from '../io';
import { HELP_LINE, HELP_OPTION } from '../options';

interface BackupFile extends ParsedBackupName {
  name: string;
  size: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2026-11-27 18:20:05 +01:00": the person's local time, with its offset so it is unambiguous. */
export function localTimeWords(iso: string): string {
  const date = new Date(iso);
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad2(Math.floor(Math.abs(offset) / 60))}:${pad2(Math.abs(offset) % 60)}`;
  return (
    `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())} ` +
    `${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())} ${zone}`
  );
}

/** The backups in `dir` (other files, such as a backup being written, are left out), or null without the folder. */
async function backupsIn(dir: string): Promise<BackupFile[] | null> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return null;
    if (code === 'ENOTDIR') throw new CliFailure([`${TOOL}: '${dir}' is a file, not a folder`]);
    throw new CliFailure([`${TOOL}: cannot read the folder '${dir}': ${fileErrorReason(error)}`]);
  }
  const backups: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    // A backup rotated away between the listing and this look is simply not listed.
    const info = await stat(join(dir, name)).catch(() => null);
    if (info?.isFile()) backups.push({ ...parsed, name, size: info.size });
  }
  // Names sort by time; the name breaks a tie between two backups of one second.
  return backups.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]!) : cell)).join('   '),
    )
    .join('\n');
}

export function backupListing(dir: string, backups: BackupFile[] | null): string {
  if (backups === null) return `No backups in ${dir} (the folder does not exist yet).\n`;
  if (!backups.length) return `No backups in ${dir}\n`;
  const rows = [
    ['Taken', 'Reason', 'Size', 'File'],
    ...backups.map((backup) => [
      localTimeWords(backup.takenAt),
      BACKUP_REASON_WORDS[backup.reason],
      formatBackupSize(backup.size),
      backup.name,
    ]),
  ];
  const count = backups.length === 1 ? '1 backup' : `${backups.length} backups`;
  return `${count} in ${dir}, newest first:\n\n${table(rows)}\n`;
}

export const backupsCommand: CliCommand = {
  name: 'backups',
  summary: "List the desktop app's automatic backups, newest first",
  help: `Usage: launch-control backups [--dir PATH]

Lists the backups the desktop app keeps of the workspace — every 15 minutes while you
work, when it closes, and before imports, restores and upgrades — newest first, with
the time it was taken (local time), why, its size and its file name.

A backup is a workspace JSON file: give its path as FILE to validate, brief or export.

Options:
  --dir PATH           The backups folder (default: the desktop app's, for this user:
                       ~/.config/Launch Control/backups on Linux, ~/Library/Application
                       Support/Launch Control/backups on macOS, %APPDATA%\\Launch
                       Control\\backups on Windows; LAUNCH_CONTROL_USER_DATA moves it)
${HELP_LINE}
`,
  options: { ...HELP_OPTION, dir: { type: 'string' } },
  positionals: { names: [] },
  async run(args, io: CliIo) {
    const dir = stringOption(args, 'dir') ?? desktopBackupDir(io.platform, io.env, io.homedir);
    await writeOutput(backupListing(dir, await backupsIn(dir)), undefined, io);
  },
};
