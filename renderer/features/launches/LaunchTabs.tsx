/**
 * The launch page's tabs, as a WAI-ARIA tablist: one tab in the Tab order (the selected one),
 * arrow keys, Home and End move between tabs and select them, so a keyboard reaches any
 * section in a press or two. The selected tab is kept in the address by the window store.
 */
import { useRef, type KeyboardEvent } from 'react';
import type { LaunchTab } from '../../state/window';

const TAB_LABELS: Record<LaunchTab, string> = {
  overview: 'Overview',
  readiness: 'Readiness',
  beta: 'Beta',
  rollout: 'Rollout',
  decisions: 'Decisions',
  feedback: 'Feedback',
  activity: 'Activity',
};

export const tabId = (tab: LaunchTab) => `launch-tab-${tab}`;
export const panelId = (tab: LaunchTab) => `launch-panel-${tab}`;

interface LaunchTabsProps {
  tabs: readonly LaunchTab[];
  selected: LaunchTab;
  onSelect: (tab: LaunchTab) => void;
  /** A count shown beside a tab's label (children, feedback). */
  counts?: Partial<Record<LaunchTab, number>>;
}

export function LaunchTabs({ tabs, selected, onSelect, counts }: LaunchTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const select = (tab: LaunchTab) => {
    onSelect(tab);
    list.current?.querySelector<HTMLElement>(`#${tabId(tab)}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Alt+Left is Back (LaunchPage); modified arrows are not the tablist's.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = tabs.indexOf(selected);
    const next =
      event.key === 'ArrowRight'
        ? tabs[(index + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(index - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    select(next);
  };
  return (
    <div
      ref={list}
      className="launch-tabs"
      role="tablist"
      aria-label="Launch item sections"
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabId(tab)}
          className="launch-tabs__tab"
          aria-selected={tab === selected}
          // Only the Overview and the selected tab's panel are in the page.
          aria-controls={tab === selected || tab === 'overview' ? panelId(tab) : undefined}
          tabIndex={tab === selected ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {TAB_LABELS[tab]}
          {counts?.[tab] ? <span className="launch-tabs__count">{counts[tab]}</span> : null}
        </button>
      ))}
    </div>
  );
}
