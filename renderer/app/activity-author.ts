/**
 * Who the activity history says made a change: the person this machine remembers as "me"
 * (chosen in My work), by name as the workspace has it; "" when nobody said who they are.
 */
import { recordOf, type Workspace } from '../../shared/domain/workspace';
import { currentMe } from '../state/me';

export function activityAuthor(ws: Workspace): string {
  const me = currentMe();
  return me ? (recordOf(ws.people, me)?.name ?? '') : '';
}
