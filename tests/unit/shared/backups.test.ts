import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_REASONS,
  KEPT_TODAY,
  MAX_BACKUPS,
  backupContentHash,
  backupFileName,
  backupReasonOf,
  backupsToKeep,
  desktopBackupDir,
  formatBackupSize,
  parseBackupName,
  tableCountsOfJson,
} from '../../../shared/formats/backups';
import { exportWorkspaceJson } from '../../../shared/formats/workspace-json';
import { emptyTables } from '../../../shared/domain/workspace';

// The person's calendar in these tests is UTC+2: 23:00Z is already the next day for them.
const dayOf = (takenAt: string) => new Date(Date.parse(takenAt) + 2 * 3600_000).toISOString().slice(0, 10);

const at = (day: string, time: string) => ({ takenAt: `${day}T${time}.000Z` });

describe('backupsToKeep', () => {
  it('keeps the 3 newest of today and the newest of each earlier day, 14 in all', () => {
    const backups = [];
    // 20 earlier days with 4 backups each, and 5 today.
    for (let d = 1; d <= 20; d++) {
      const day = `2026-10-${String(d).padStart(2, '0')}`;
      for (const time of ['06:00:00', '09:00:00', '12:00:00', '15:00:00']) backups.push(at(day, time));
    }
    const today = '2026-11-27';
    for (const time of ['06:00:00', '07:00:00', '08:00:00', '09:00:00', '10:00:00'])
      backups.push(at(today, time));
    const { keep, remove } = backupsToKeep(backups, { today, dayOf });
    expect(keep).toHaveLength(MAX_BACKUPS);
    expect(keep.length + remove.length).toBe(backups.length);
    expect(keep.slice(0, KEPT_TODAY).map((b) => b.takenAt)).toEqual([
      '2026-11-27T10:00:00.000Z',
      '2026-11-27T09:00:00.000Z',
      '2026-11-27T08:00:00.000Z',
    ]);
    // Then one per earlier day, newest days first, each the newest of its day.
    expect(keep.slice(KEPT_TODAY).map((b) => b.takenAt)).toEqual(
      Array.from({ length: MAX_BACKUPS - KEPT_TODAY }, (_, i) => `2026-10-${20 - i}T15:00:00.000Z`),
    );
  });

  it('judges the day on the person’s calendar, not in UTC', () => {
    // 23:30Z on the 26th is the 27th at 01:30 for the person: one of today's three.
    const backups = [
      at('2026-11-26', '23:30:00'),
      at('2026-11-26', '20:00:00'),
      at('2026-11-26', '10:00:00'),
    ];
    const { keep } = backupsToKeep(backups, { today: '2026-11-27', dayOf });
    expect(keep.map((b) => b.takenAt)).toEqual(['2026-11-26T23:30:00.000Z', '2026-11-26T20:00:00.000Z']);
  });

  it('lets earlier days fill the places today does not use', () => {
    const backups = Array.from({ length: 16 }, (_, i) =>
      at(`2026-11-${String(i + 1).padStart(2, '0')}`, '12:00:00'),
    );
    const { keep, remove } = backupsToKeep(backups, { today: '2026-11-27', dayOf });
    expect(keep).toHaveLength(14);
    expect(remove.map((b) => b.takenAt)).toEqual(['2026-11-02T12:00:00.000Z', '2026-11-01T12:00:00.000Z']);
  });

  it('never deletes a backup dated after today (a clock put back) in favour of older ones', () => {
    const backups = [at('2026-12-01', '12:00:00'), at('2026-11-27', '09:00:00')];
    const { keep } = backupsToKeep(backups, { today: '2026-11-27', dayOf });
    expect(keep).toHaveLength(2);
  });

  it('holds for any set of backups: at most 14, every earlier day at most once, the newest always kept', () => {
    const instant = fc
      .integer({ min: Date.parse('2026-09-01T00:00:00Z'), max: Date.parse('2026-11-27T21:59:59Z') })
      .map((ms) => ({ takenAt: new Date(ms).toISOString() }));
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 80 }), (backups) => {
        const today = '2026-11-27';
        const { keep, remove } = backupsToKeep(backups, { today, dayOf });
        expect(keep.length).toBeLessThanOrEqual(MAX_BACKUPS);
        expect(keep.length + remove.length).toBe(backups.length);
        const earlier = keep.map((b) => dayOf(b.takenAt)).filter((d) => d < today);
        expect(new Set(earlier).size).toBe(earlier.length);
        expect(keep.filter((b) => dayOf(b.takenAt) === today).length).toBeLessThanOrEqual(KEPT_TODAY);
        if (backups.length > 0) {
          const newest = Math.max(...backups.map((b) => Date.parse(b.takenAt)));
          expect(keep.some((b) => Date.parse(b.takenAt) === newest)).toBe(true);
        }
        // A day kept is kept by its newest backup.
        for (const kept of keep.filter((b) => dayOf(b.takenAt) < today)) {
          const sameDay = backups.filter((b) => dayOf(b.takenAt) === dayOf(kept.takenAt));
          expect(Math.max(...sameDay.map((b) => Date.parse(b.takenAt)))).toBe(Date.parse(kept.takenAt));
        }
      }),
    );
  });
});

describe('backup file names', () => {
  it('names a backup by its UTC time to the millisecond and its reason', () => {
    expect(backupFileName('2026-11-27T17:20:05.123Z', 'before-import')).toBe(
      'launch-control-backup-2026-11-27T17-20-05.123Z-before-import.json',
    );
  });

  it('gives two backups for the same reason within one second two names', () => {
    expect(backupFileName('2026-11-27T17:20:05.100Z', 'manual')).not.toBe(
      backupFileName('2026-11-27T17:20:05.900Z', 'manual'),
    );
  });

  it('reads a name back, with milliseconds or (as written before them) without', () => {
    expect(parseBackupName('launch-control-backup-2026-11-27T17-20-05.123Z-before-import.json')).toEqual({
      takenAt: '2026-11-27T17:20:05.123Z',
      reason: 'before-import',
    });
    expect(parseBackupName('launch-control-backup-2026-11-27T17-20-05Z-before-import.json')).toEqual({
      takenAt: '2026-11-27T17:20:05.000Z',
      reason: 'before-import',
    });
  });

  it('round-trips every reason and time', () => {
    const time = fc.integer({
      min: Date.parse('1990-01-01T00:00:00Z'),
      max: Date.parse('2199-12-31T23:59:59Z'),
    });
    fc.assert(
      fc.property(time, fc.constantFrom(...BACKUP_REASONS), (ms, reason) => {
        const name = backupFileName(new Date(ms).toISOString(), reason);
        const parsed = parseBackupName(name);
        expect(parsed?.reason).toBe(reason);
        expect(Date.parse(parsed!.takenAt)).toBe(ms);
        expect(backupFileName(parsed!.takenAt, parsed!.reason)).toBe(name);
      }),
    );
  });

  it('refuses other files: temporary files, unknown reasons, impossible dates', () => {
    for (const name of [
      'launch-control-backup-2026-11-27T17-20-05Z-before-import.json.3f2a9c',
      'launch-control-backup-2026-11-27T17-20-05Z-party.json',
      'launch-control-backup-2026-02-30T17-20-05Z-manual.json',
      'launch-control-backup-2026-11-27T17:20:05Z-manual.json',
      'launch-control-backup-2026-11-27T17-20-05.12Z-manual.json',
      'backups-index.json',
    ])
      expect(parseBackupName(name), name).toBeNull();
  });

  it('refuses a time that is not one', () => {
    expect(() => backupFileName('soon', 'manual')).toThrow('Not a time');
  });
});

describe('reasons', () => {
  it('reads a reason from the sentences callers describe backups with', () => {
    expect(backupReasonOf('Before importing plan.json')).toBe('before-import');
    expect(backupReasonOf('Before restoring a snapshot')).toBe('before-restore');
    expect(backupReasonOf('Before upgrading the database from version 4 to 5')).toBe('before-upgrade');
    expect(backupReasonOf('Before setting unreadable records aside')).toBe('before-repair');
    expect(backupReasonOf('Before rebuilding the missing workspace settings')).toBe('before-repair');
    expect(backupReasonOf('interval')).toBe('interval');
    expect(backupReasonOf('something else')).toBe('manual');
  });
});

describe('desktopBackupDir', () => {
  it('is Electron’s userData folder for Launch Control, plus backups, on each system', () => {
    expect(desktopBackupDir('linux', {}, '/home/ada')).toBe('/home/ada/.config/Launch Control/backups');
    expect(desktopBackupDir('linux', { XDG_CONFIG_HOME: '/data/cfg/' }, '/home/ada')).toBe(
      '/data/cfg/Launch Control/backups',
    );
    expect(desktopBackupDir('darwin', {}, '/Users/ada')).toBe(
      '/Users/ada/Library/Application Support/Launch Control/backups',
    );
    expect(desktopBackupDir('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada')).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Launch Control\\backups',
    );
    expect(desktopBackupDir('win32', {}, 'C:\\Users\\ada')).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Launch Control\\backups',
    );
  });

  it('follows the data folder the app was pointed at', () => {
    expect(desktopBackupDir('linux', { LAUNCH_CONTROL_USER_DATA: '/tmp/lc/' }, '/home/ada')).toBe(
      '/tmp/lc/backups',
    );
    expect(desktopBackupDir('win32', { LAUNCH_CONTROL_USER_DATA: 'D:\\lc' }, 'C:\\Users\\ada')).toBe(
      'D:\\lc\\backups',
    );
  });
});

describe('content', () => {
  it('recognises the same workspace exported at two times, and tells two workspaces apart', () => {
    const ws = emptyTables();
    const first = exportWorkspaceJson(ws, '2026-11-27T10:00:00.000Z');
    const second = exportWorkspaceJson(ws, '2026-11-27T11:00:00.000Z');
    expect(first).not.toBe(second);
    expect(backupContentHash(first)).toBe(backupContentHash(second));
    const other = emptyTables();
    other.people.p1 = { id: 'p1', name: 'Ada' } as never;
    expect(backupContentHash(exportWorkspaceJson(other, '2026-11-27T10:00:00.000Z'))).not.toBe(
      backupContentHash(first),
    );
  });

  it('counts records per table from a file’s content, and nothing from an unreadable one', () => {
    const ws = emptyTables();
    ws.people.p1 = { id: 'p1', name: 'Ada' } as never;
    ws.people.p2 = { id: 'p2', name: 'Grace' } as never;
    expect(tableCountsOfJson(exportWorkspaceJson(ws, '2026-11-27T10:00:00.000Z'))).toMatchObject({
      people: 2,
      items: 0,
    });
    expect(tableCountsOfJson('{ not json')).toEqual({});
  });

  it('states sizes as people read them', () => {
    expect(formatBackupSize(812)).toBe('812 bytes');
    expect(formatBackupSize(48 * 1024 + 100)).toBe('48 KB');
    expect(formatBackupSize(3.44 * 1024 * 1024)).toBe('3.4 MB');
    expect(formatBackupSize(31 * 1024 * 1024)).toBe('31 MB');
  });
});
