/**
 * A beta's own tab on its launch page: its health on top (active participants, exit criteria
 * met, open critical feedback, and the feedback it produced with the accounts and revenue at
 * stake), then its participants and its exit criteria. Every figure comes from the beta read
 * models (shared/views/betas.ts); edits go through the beta commands, one undoable change each.
 */
import { useId } from 'react';
import { BETA_EXIT_GATE_LABEL } from '../../../shared/domain/items/gate';
import { countOf, moneyText } from '../../../shared/domain/text';
import { settingsOf } from '../../../shared/domain/workspace';
import { betaHealth, type BetaHealth } from '../../../shared/views/betas';
import { useDocument } from '../../state/document';
import { useToday } from '../../state/useToday';
import { setLaunchTab } from '../../state/window';
import { ExitCriteria } from './ExitCriteria';
import { ParticipantsTable } from './ParticipantsTable';
import './beta.css';

export function BetaTab({ itemId }: { itemId: string }) {
  const today = useToday();
  const health = useDocument((s) => betaHealth(s.workspace, itemId, today));
  const gateOn = useDocument((s) => settingsOf(s.workspace).betaExitCriteriaGate === true);
  return (
    <div className="beta-tab">
      <BetaHealthSummary health={health} gateOn={gateOn} />
      <ParticipantsTable betaId={itemId} />
      <ExitCriteria betaId={itemId} gateOn={gateOn} />
    </div>
  );
}

function BetaHealthSummary({ health, gateOn }: { health: BetaHealth; gateOn: boolean }) {
  const headingId = useId();
  const { participants, criteria, feedback } = health;
  const others = (['invited', 'dropped', 'graduated'] as const)
    .filter((status) => participants.byStatus[status] > 0)
    .map((status) => `${participants.byStatus[status]} ${status}`);
  return (
    <section className="beta-health" aria-labelledby={headingId}>
      <h2 id={headingId} className="beta-section__title">
        Beta health
      </h2>
      <dl className="beta-health__facts">
        <div className="beta-health__fact">
          <dt>Active participants</dt>
          <dd>
            <strong className="beta-health__figure">{participants.byStatus.active}</strong>
            <span className="muted">
              {' '}
              of {participants.total}
              {others.length ? ` · ${others.join(' · ')}` : ''}
            </span>
          </dd>
        </div>
        <div className="beta-health__fact">
          <dt>Exit criteria met</dt>
          <dd>
            <strong className="beta-health__figure">
              {criteria.met} of {criteria.total}
            </strong>
            {criteria.missed.length > 0 && (
              <span className="beta-health__alert">
                {' '}
                Missed: {criteria.missed.map((c) => c.title).join('; ')}
              </span>
            )}
          </dd>
        </div>
        <div className="beta-health__fact">
          <dt>Open critical feedback</dt>
          <dd>
            <strong
              className={
                feedback.openCritical.length
                  ? 'beta-health__figure beta-health__alert'
                  : 'beta-health__figure'
              }
            >
              {feedback.openCritical.length}
            </strong>
          </dd>
        </div>
        <div className="beta-health__fact">
          <dt>Feedback linked</dt>
          <dd>
            <strong className="beta-health__figure">{feedback.linked.length}</strong>
            <span className="muted">
              {' '}
              · {countOf(feedback.accounts, 'account')} · {moneyText(feedback.revenueAtStake)} at stake
            </span>
            <button
              type="button"
              className="link-button beta-health__link"
              onClick={() => setLaunchTab('feedback')}
            >
              Show the feedback
            </button>
          </dd>
        </div>
      </dl>
      {gateOn && (
        <p className={criteria.allMet ? 'muted' : 'beta-health__held'}>
          {criteria.allMet
            ? 'Every exit criterion is met: the beta can move on.'
            : `The beta stays at its stage until every exit criterion is met (Settings: “${BETA_EXIT_GATE_LABEL}”).`}
        </p>
      )}
    </section>
  );
}
