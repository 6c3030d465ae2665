/**
 * "Me": which person in People is using this machine. It filters My work to one's own lines
 * and is what later code reads as "who is making changes". It is remembered per machine in
 * localStorage (not in the workspace: a shared workspace file must not say who "me" is), and
 * every window of the app on this machine follows a change made in another.
 */
import { create } from 'zustand';
import { hasRecord } from '../../shared/domain/workspace';
import { useDocument } from './document';

export const ME_STORAGE_KEY = 'launch-control:me';

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(ME_STORAGE_KEY) || null;
  } catch {
    // Storage can be switched off (a locked-down browser profile): then "me" lasts for the session.
    return null;
  }
}

const useMeStore = create<{ id: string | null }>()(() => ({ id: stored() }));

/** Remembers (or, with null, forgets) who "me" is on this machine. */
export function setMe(id: string | null): void {
  try {
    if (id === null) localStorage.removeItem(ME_STORAGE_KEY);
    else localStorage.setItem(ME_STORAGE_KEY, id);
  } catch {
    // Kept for this session only.
  }
  useMeStore.setState({ id });
}

/** The remembered person, or null when none is, or they are no longer in People. */
export function useMe(): string | null {
  const id = useMeStore((s) => s.id);
  const known = useDocument((s) => id !== null && hasRecord(s.workspace.people, id));
  return known ? id : null;
}

/** The same outside React: who is making changes in this window right now. */
export function currentMe(): string | null {
  const { id } = useMeStore.getState();
  return id !== null && hasRecord(useDocument.getState().workspace.people, id) ? id : null;
}

// Another window on this machine chose someone else (the storage event fires only elsewhere).
if (typeof window !== 'undefined')
  window.addEventListener('storage', (event) => {
    if (event.key === ME_STORAGE_KEY || event.key === null) useMeStore.setState({ id: stored() });
  });
