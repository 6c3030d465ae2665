import type { ViewId } from '../state/store';

/** The app's views in navigation order, with their Alt+digit shortcuts. */
export const VIEWS: { id: ViewId; label: string; shortcut: string }[] = [
  { id: 'board', label: 'Board', shortcut: '1' },
  { id: 'timeline', label: 'Timeline', shortcut: '2' },
  { id: 'launches', label: 'Launches', shortcut: '3' },
  { id: 'settings', label: 'Settings', shortcut: '9' },
];
