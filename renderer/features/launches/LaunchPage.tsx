/**
 * A launch item's own page, over the view it was opened from: a header with where the item
 * stands (LaunchHeader), then tabs — Overview (its fields, editable), Readiness (composed in
 * by App.tsx), Rollout (betas and waves), Decisions (go/no-go), Feedback and Activity. The
 * tab and readiness function are in the address (app/location.ts), so a page can be linked to
 * and comes back on reload. Back ("← Board", Alt+Left) returns to where it was opened from;
 * leaving with unsaved edits on the Overview asks first. The Overview stays mounted while
 * other tabs show, so its draft survives a look at the checklist.
 */
import { useEffect, useMemo, type ReactNode } from 'react';
import { latestDecision } from '../../../shared/domain/items/gate';
import { APP_COMMANDS } from '../../../shared/ipc/app-commands';
import { rolloutOf } from '../../../shared/views/launch-page';
import { inboxOf, NO_FEEDBACK_FILTER } from '../../../shared/views/feedback';
import { rowsById } from '../../../shared/views/launch-rows';
import { useDocument } from '../../state/document';
import { useToday } from '../../state/useToday';
import {
  closeLaunchPage,
  LAUNCH_TABS,
  setLaunchFunction,
  setLaunchTab,
  useWindow,
  type LaunchPageState,
  type LaunchTab,
} from '../../state/window';
import { ActivitySection } from './ActivitySection';
import { DecisionsSection } from './DecisionsSection';
import { FeedbackTab } from './FeedbackTab';
import { LaunchHeader } from './LaunchHeader';
import { LaunchTabs, panelId, tabId } from './LaunchTabs';
import { OverviewTab } from './OverviewTab';
import { RolloutTab } from './RolloutTab';
import { BetaTab } from './BetaTab';
import { exitCriteriaOf, participantsOf } from '../../../shared/views/betas';
import './launch-page.css';

export interface LaunchPageProps {
  /** The Readiness tab's content (the checklist feature); without it the tab is left out. */
  renderReadiness?: (
    itemId: string,
    functionId: string | null,
    setFunction: (id: string | null) => void,
  ) => ReactNode;
}

export function LaunchPage({ renderReadiness }: LaunchPageProps) {
  const page = useWindow((s) => s.page);
  const exists = useDocument((s) => (page ? s.workspace.items[page.itemId] !== undefined : false));
  useBackKey(page !== null);
  if (!page) return null;
  return (
    <section className="launch-page" aria-labelledby={exists ? 'launch-page-title' : 'launch-missing-title'}>
      <BackLink />
      {exists ? (
        <ExistingPage key={page.itemId} page={page} renderReadiness={renderReadiness} />
      ) : (
        <div className="launch-empty">
          <h1 id="launch-missing-title">This launch item no longer exists</h1>
          <p>It may have been deleted, here or in another window. Undo brings back a deletion made here.</p>
          <button type="button" className="button button--primary" onClick={closeLaunchPage}>
            Go back
          </button>
        </div>
      )}
    </section>
  );
}

function ExistingPage({ page, renderReadiness }: { page: LaunchPageState } & LaunchPageProps) {
  const { itemId } = page;
  const today = useToday();
  // Each from its memoised read model: the page re-renders only when what it shows changed,
  // not after every edit anywhere in the workspace.
  const row = useDocument((s) => rowsById(s.workspace, today).get(itemId)!);
  const decision = useDocument((s) => latestDecision(s.workspace, itemId));
  const rollout = useDocument((s) => rolloutOf(s.workspace, itemId, today));
  // As the Feedback tab counts: this item's and its betas' and waves', merged duplicates left out.
  const feedbackCount = useDocument(
    (s) => inboxOf(s.workspace, { ...NO_FEEDBACK_FILTER, launchId: itemId }).totals.count,
  );
  // A beta's tab: on a beta, or on an item that still holds a beta's records (its kind changed
  // since), so they can be seen and removed.
  const showBeta = useDocument(
    (s) =>
      row.item.kind === 'beta' ||
      participantsOf(s.workspace, itemId).length > 0 ||
      exitCriteriaOf(s.workspace, itemId).length > 0,
  );
  const tabs = useMemo(
    () =>
      LAUNCH_TABS.filter(
        (tab) => (tab !== 'readiness' || renderReadiness !== undefined) && (tab !== 'beta' || showBeta),
      ),
    [renderReadiness, showBeta],
  );
  // An address naming a tab this window does not show opens the Overview.
  const selected: LaunchTab = tabs.includes(page.tab) ? page.tab : 'overview';
  // The page replaced what had the focus (a card, a row, the palette): start reading at its title.
  useEffect(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body || !focused.isConnected)
      document.getElementById('launch-page-title')?.focus({ preventScroll: true });
  }, [itemId]);
  const panel = (tab: LaunchTab, content: ReactNode) => (
    <div
      key={tab}
      role="tabpanel"
      id={panelId(tab)}
      aria-labelledby={tabId(tab)}
      className="launch-page__panel"
      hidden={tab !== selected}
      tabIndex={0}
    >
      {content}
    </div>
  );
  return (
    <>
      <LaunchHeader row={row} decision={decision} today={today} />
      <LaunchTabs
        tabs={tabs}
        selected={selected}
        onSelect={setLaunchTab}
        counts={{ rollout: rollout.length, feedback: feedbackCount }}
      />
      {/* The Overview is always there (hidden on other tabs), so its draft is kept. */}
      {panel('overview', <OverviewTab itemId={itemId} />)}
      {selected === 'readiness' &&
        renderReadiness &&
        panel('readiness', renderReadiness(itemId, page.functionId, setLaunchFunction))}
      {selected === 'beta' && panel('beta', <BetaTab itemId={itemId} />)}
      {selected === 'rollout' &&
        panel('rollout', <RolloutTab parent={row.item} rows={rollout} today={today} />)}
      {selected === 'decisions' && panel('decisions', <DecisionsSection itemId={itemId} />)}
      {selected === 'feedback' && panel('feedback', <FeedbackTab itemId={itemId} />)}
      {selected === 'activity' && panel('activity', <ActivitySection itemId={itemId} />)}
    </>
  );
}

/** "← Board": back to the page before this one, or the view the page was opened from. */
function BackLink() {
  const view = useWindow((s) => s.view);
  const previous = useWindow((s) => s.pageBack.at(-1)?.itemId);
  const previousTitle = useDocument((s) => (previous ? s.workspace.items[previous]?.title : undefined));
  const viewLabel = APP_COMMANDS.find((c) => c.id === `view:${view}`)?.label ?? 'Back';
  return (
    <button
      type="button"
      className="launch-page__back link-button"
      aria-keyshortcuts="Alt+ArrowLeft"
      title="Back (Alt+Left)"
      onClick={closeLaunchPage}
    >
      ← {previous ? (previousTitle ?? 'Previous launch item') : viewLabel}
    </button>
  );
}

/** Alt+Left goes back, as in a browser — except in a text field, where it moves the caret. */
function useBackKey(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowLeft' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
        return;
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      closeLaunchPage();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  );
}
