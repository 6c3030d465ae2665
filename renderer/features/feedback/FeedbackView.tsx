/**
 * The feedback inbox: every piece of customer feedback with its score, filtered, sorted and
 * grouped as the address says (state/feedback-view.ts), worked in bulk from a selection, and
 * edited in the detail panel beside the list.
 */
import { useMemo, useState } from 'react';
import {
  FEEDBACK_SOURCE_LABELS,
  FEEDBACK_SOURCES,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  SEVERITIES,
  SEVERITY_LABELS,
} from '../../../shared/domain/feedback/schema';
import { settingsOf } from '../../../shared/domain/workspace';
import {
  FEEDBACK_GROUP_LABELS,
  FEEDBACK_GROUPS,
  FEEDBACK_SORT_LABELS,
  FEEDBACK_SORTS,
  feedbackInbox,
  feedbackThemes,
  type FeedbackGrouping,
  type FeedbackSort,
} from '../../../shared/views/feedback';
import { useDocument } from '../../state/document';
import {
  clearFeedbackFilters,
  isFeedbackFiltered,
  openFeedbackCapture,
  setFeedbackView,
  useFeedbackView,
} from '../../state/feedback-view';
import { EmptyState } from '../../ui/EmptyState';
import { Select, optionsFrom } from '../../ui/Select';
import { countSummary, ViewHeader } from '../../ui/ViewHeader';
import { FeedbackBulkBar } from './FeedbackBulkBar';
import { FeedbackDetail } from './FeedbackDetail';
import { FeedbackTable } from './FeedbackTable';
import { startFeedbackImport } from './feedback-csv-file';
import { itemOptions, moneyText, numberText } from './feedback-model';
import './feedback.css';

const SEVERITY_OPTIONS = SEVERITIES.map((s) => ({ value: String(s), label: SEVERITY_LABELS[s]! }));

export function FeedbackView() {
  const workspace = useDocument((s) => s.workspace);
  const view = useFeedbackView();
  const inbox = feedbackInbox(
    workspace,
    view.query,
    view.launchId,
    view.source,
    view.region,
    view.tag,
    view.status,
    view.severity,
    view.showMerged,
    view.sort,
    view.grouping,
  );
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  // Records deleted or merged away meanwhile (here or in another window), or filtered out, drop
  // out of the selection. Only worked out while something is selected: at 50,000 records a set
  // of every id shown would cost each keystroke in the search.
  const selection = useMemo(() => {
    if (selected.size === 0) return [];
    const shown = new Set(inbox.entries.map((e) => e.f.id));
    return [...selected].filter((id) => shown.has(id));
  }, [selected, inbox.entries]);
  const filtered = isFeedbackFiltered(view);
  const anyFeedback = Object.keys(workspace.feedback).length > 0;
  const regions = settingsOf(workspace).regions.map((r) => ({ value: r.code, label: r.name }));
  const themes = feedbackThemes(workspace).map((t) => ({ value: t, label: t }));
  const launches = useMemo(() => itemOptions(workspace, view.launchId || null), [workspace, view.launchId]);

  const capture = { label: 'Capture feedback', onClick: () => openFeedbackCapture(view.launchId || null) };
  const { totals } = inbox;
  return (
    <section className="view feedback-view" aria-labelledby="feedback-title">
      <ViewHeader
        id="feedback-title"
        title="Feedback"
        action={capture}
        summary={
          countSummary(totals.count, inbox.total, filtered, 'feedback records') +
          ` · ${numberText(totals.accounts)} accounts · ${moneyText(totals.revenue)} at stake`
        }
      >
        <button type="button" className="button" onClick={() => void startFeedbackImport()}>
          Import CSV…
        </button>
      </ViewHeader>
      <div className="toolbar feedback-filters" role="group" aria-label="Filter, sort and group feedback">
        <input
          type="search"
          className="input toolbar__search"
          placeholder="Search title, detail, account…"
          aria-label="Search feedback"
          value={view.query}
          onChange={(e) => setFeedbackView({ query: e.target.value })}
        />
        <Select
          aria-label="Launch"
          value={view.launchId}
          empty="All launches"
          options={launches}
          onChange={(launchId) => setFeedbackView({ launchId })}
        />
        <Select
          aria-label="Source"
          value={view.source}
          empty="All sources"
          options={optionsFrom(FEEDBACK_SOURCES, FEEDBACK_SOURCE_LABELS)}
          onChange={(source) => setFeedbackView({ source })}
        />
        <Select
          aria-label="Region"
          value={view.region}
          empty="All regions"
          options={[...regions, { value: '-', label: 'No region' }]}
          onChange={(region) => setFeedbackView({ region })}
        />
        <Select
          aria-label="Theme"
          value={view.tag}
          empty="All themes"
          options={themes}
          onChange={(tag) => setFeedbackView({ tag })}
        />
        <Select
          aria-label="Status"
          value={view.status}
          empty="All statuses"
          options={optionsFrom(FEEDBACK_STATUSES, FEEDBACK_STATUS_LABELS)}
          onChange={(status) => setFeedbackView({ status })}
        />
        <Select
          aria-label="Severity"
          value={view.severity ? String(view.severity) : ''}
          empty="Any severity"
          options={SEVERITY_OPTIONS}
          onChange={(severity) => setFeedbackView({ severity: Number(severity) })}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={view.showMerged}
            onChange={(e) => setFeedbackView({ showMerged: e.target.checked })}
          />
          Show merged duplicates
        </label>
        <label className="feedback-filters__choice">
          Sort by
          <Select
            value={view.sort}
            options={optionsFrom(FEEDBACK_SORTS, FEEDBACK_SORT_LABELS)}
            onChange={(sort) => setFeedbackView({ sort: sort as FeedbackSort })}
          />
        </label>
        <label className="feedback-filters__choice">
          Group by
          <Select
            value={view.grouping}
            options={optionsFrom(FEEDBACK_GROUPS, FEEDBACK_GROUP_LABELS)}
            onChange={(grouping) => setFeedbackView({ grouping: grouping as FeedbackGrouping })}
          />
        </label>
        {filtered && (
          <button type="button" className="button button--small" onClick={clearFeedbackFilters}>
            Clear filters
          </button>
        )}
      </div>
      {selection.length > 0 && <FeedbackBulkBar ids={selection} onDone={() => setSelected(new Set())} />}
      <div className="feedback-view__body">
        {!anyFeedback ? (
          <EmptyState title="No feedback yet" action={{ ...capture, primary: true }}>
            Capture what customers tell you in betas, support, sales and account reviews (Ctrl+Shift+F from
            anywhere), or import a spreadsheet of it with “Import CSV…”. Each piece gets a score from its
            severity, accounts and revenue at stake.
          </EmptyState>
        ) : inbox.entries.length === 0 ? (
          <EmptyState
            title="Nothing matches the filters"
            action={{ label: 'Clear filters', onClick: clearFeedbackFilters }}
          >
            No feedback matches {view.query ? `“${view.query}” and ` : ''}the filters chosen
            {view.showMerged ? '' : ' (merged duplicates are hidden)'}.
          </EmptyState>
        ) : (
          <FeedbackTable
            inbox={inbox}
            grouped={view.grouping !== 'none'}
            selected={selected}
            onSelect={setSelected}
            onOpen={setOpenId}
            openId={openId}
          />
        )}
        {openId && <FeedbackDetail key={openId} id={openId} onClose={() => setOpenId(null)} />}
      </div>
    </section>
  );
}
