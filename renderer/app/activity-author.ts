/**
 * Who the activity history says made a change: the person this machine remembers as "me"
 * (chosen in My work), by name as the workspace has it; "" when nobody said who they are.
 */
import { recordOf, type Workspace } from '../../shared/domain/workspace';

const ME_KEY = 'launch-control:me';

export function activityAuthor(ws: Workspace): string {
  let me: string | null = null;
  try {
    me = localStorage.getItem(ME_KEY);
  } catch {
    // Storage refused (a locked-down browser): the change is simply not attributed.
  }
  return me ? (recordOf(ws.people, me)?.name ?? '') : '';
}
