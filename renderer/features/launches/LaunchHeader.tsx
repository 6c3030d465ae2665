/**
 * The launch page's header: what a launch review asks first about one item — kind, tier,
 * stage, health with its reasons written out, T-minus, owner, regions, the go/no-go decision
 * and readiness progress. Health and progress come from the launch rows read model, the one
 * place they are worked out, so the page never disagrees with the board or the list.
 */
import { formatDay, tMinusLabel, type Day } from '../../../shared/dates/days';
import type { Decision } from '../../../shared/domain/decisions/schema';
import { HEALTH_LABELS } from '../../../shared/domain/primitives';
import type { LaunchRow } from '../../../shared/views/launch-rows';
import { DecisionBadge, HealthBadge, KindBadge, TierBadge } from '../../ui/badges';
import { openBrief } from '../../state/window';

interface LaunchHeaderProps {
  row: LaunchRow;
  /** The latest go/no-go decision, if any. */
  decision: Decision | null;
  today: Day;
}

export function LaunchHeader({ row, decision, today }: LaunchHeaderProps) {
  const { item, health, progress } = row;
  // "Green outside, red inside": an override that the evidence disagrees with says so.
  const disagrees = health.overridden && health.computed.health !== health.health;
  return (
    <header className="launch-header">
      <div className="launch-header__badges">
        <KindBadge kind={item.kind} />
        <TierBadge tier={item.tier} />
        {item.archived && <span className="badge">Archived</span>}
        <button
          type="button"
          className="button button--small launch-header__brief"
          title="A readiness brief of this launch, to copy, save or print"
          onClick={() => openBrief({ kind: 'launch', itemId: item.id })}
        >
          Brief…
        </button>
      </div>
      {/* Focusable from script: opening a page puts a screen reader at its start. */}
      <h1 id="launch-page-title" className="launch-header__title" tabIndex={-1}>
        {item.title}
      </h1>
      {row.parentTitle && <p className="launch-header__parent muted">Part of {row.parentTitle}</p>}
      <dl className="launch-facts">
        <Fact label="Stage">{row.stageName}</Fact>
        <Fact label="Launch">
          {item.launchDate ? (
            <>
              {formatDay(item.launchDate)}{' '}
              <span className="tminus">{tMinusLabel(item.launchDate, today)}</span>
            </>
          ) : (
            <span className="muted">No launch date</span>
          )}
        </Fact>
        <Fact label="Owner">{row.ownerName || <span className="muted">Unassigned</span>}</Fact>
        <Fact label="Regions">
          {item.regions.length ? item.regions.join(' · ') : <span className="muted">None</span>}
        </Fact>
        <Fact label="Go / no-go">
          {decision ? (
            <span className="launch-facts__decision">
              <DecisionBadge outcome={decision.outcome} />
              <span className="muted">
                {formatDay(decision.decidedOn)} by {decision.decidedBy}
              </span>
            </span>
          ) : (
            <span className="muted">No decision</span>
          )}
        </Fact>
        <Fact label="Readiness">
          {progress.total === 0 ? (
            <span className="muted">No checklist</span>
          ) : (
            <span className="launch-facts__progress">
              <span
                className="progress"
                role="img"
                aria-label={`${progress.done} of ${progress.total} readiness items done`}
              >
                <span
                  className="progress__bar"
                  style={{ width: `${(progress.done / progress.total) * 100}%` }}
                />
                <span className="progress__text" aria-hidden="true">
                  {progress.done}/{progress.total}
                </span>
              </span>
            </span>
          )}
        </Fact>
      </dl>
      <section className="launch-health" aria-label="Health">
        <span className="launch-health__verdict">
          <HealthBadge health={health.health} />
          {health.overridden && <span className="launch-health__override">Set by hand</span>}
        </span>
        {health.reasons.length ? (
          <ul className="launch-health__reasons">
            {health.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : (
          <p className="launch-health__reasons launch-health__reasons--none muted">Nothing holds it back.</p>
        )}
        {disagrees && (
          <p className="launch-health__computed" role="note">
            The evidence says {HEALTH_LABELS[health.computed.health]}
            {health.computed.reasons.length ? `: ${health.computed.reasons.join('; ')}` : ''}.
          </p>
        )}
      </section>
    </header>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="launch-facts__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
