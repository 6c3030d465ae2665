/** Long-lived services opened at startup, for features that need more than the store. */
import type { BackupStore } from '../data/backups';
import type { QuarantinedRecord } from '../data/repair';
import type { ActivityEntry } from '../../shared/domain/activity';

export interface Services {
  /** The workspace's backups (data/backups.ts), kept under their first name. */
  snapshots: BackupStore;
  /** Whether the browser granted persistent storage (null: not asked or not supported). */
  persisted: boolean | null;
  /** Records set aside as unreadable: kept until the person discards them. */
  quarantine: {
    list(): Promise<QuarantinedRecord[]>;
    /** The quarantined rows, raw text included, as a JSON file's content. */
    exportJson(): Promise<string>;
    discard(): Promise<void>;
  };
  /** The saved changes that touched a launch item, newest first (data/activity.ts). */
  activity: {
    forItem(itemId: string, limit: number): Promise<ActivityEntry[]>;
  };
}

let services: Services | null = null;

export function setServices(next: Services | null): void {
  services = next;
}

export function getServices(): Services {
  if (!services) throw new Error('The app has not finished starting');
  return services;
}
