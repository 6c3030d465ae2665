/**
 * Small labels for kind, tier, health and the go/no-go decision, readable as text (colour is
 * never the only cue). Health carries its reasons wherever it is shown: as a tooltip for the
 * pointer and as the accessible description for screen readers.
 */
import { useId } from 'react';
import {
  DECISION_LABELS,
  DECISION_SHORT_LABELS,
  type DecisionOutcome,
} from '../../shared/domain/decisions/schema';
import {
  HEALTH_LABELS,
  KIND_LABELS,
  type Health,
  type Kind,
  type Tier,
} from '../../shared/domain/primitives';
import './badges.css';

export function KindBadge({ kind }: { kind: Kind }) {
  return <span className={`badge badge--kind-${kind}`}>{KIND_LABELS[kind]}</span>;
}

export function TierBadge({ tier }: { tier: Tier }) {
  return <span className={`badge badge--tier-${tier}`}>Tier {tier}</span>;
}

interface HealthBadgeProps {
  health: Health;
  /** Why (a HealthResult's reasons): shown as the tooltip and read as the description. */
  reasons?: readonly string[] | undefined;
  /** Set by hand: the reasons are then the override's reason. */
  overridden?: boolean | undefined;
  /** Older callers' tooltip; `reasons` wins when both are given. */
  title?: string | undefined;
}

/** Health in words: "On track" / "At risk" / "Off track", with the reasons behind it. */
export function HealthBadge({ health, reasons, overridden = false, title }: HealthBadgeProps) {
  const descriptionId = useId();
  const why = reasons?.length ? reasons.join('; ') : (title ?? '');
  const description = overridden ? `Set by hand: ${why}` : why;
  const label = `Health: ${HEALTH_LABELS[health]}${overridden ? ' (override)' : ''}`;
  return (
    <span
      className={`badge badge--health-${health}`}
      role="img"
      aria-label={label}
      aria-describedby={description ? descriptionId : undefined}
      title={description || undefined}
    >
      <span aria-hidden="true" className="badge__dot" />
      {HEALTH_LABELS[health]}
      {overridden && (
        <span aria-hidden="true" className="badge__mark">
          (set)
        </span>
      )}
      {description && (
        <span id={descriptionId} hidden>
          {description}
        </span>
      )}
    </span>
  );
}

/**
 * The go/no-go decision that stands: "Go", "Cond. go" or "No-go", in words and colour.
 * `onFill` is for a badge inside a control that names it in its own label (a timeline bar):
 * set on its own surface for a coloured background, its word drawn by the stylesheet and the
 * badge hidden from assistive technology, so the control's text stays its name alone.
 */
export function DecisionBadge({ outcome, onFill = false }: { outcome: DecisionOutcome; onFill?: boolean }) {
  if (onFill)
    return (
      <span
        className={`badge badge--decision-${outcome} badge--on-fill`}
        data-label={DECISION_SHORT_LABELS[outcome]}
        aria-hidden="true"
      />
    );
  return (
    <span
      className={`badge badge--decision-${outcome}`}
      role="img"
      aria-label={`Decision: ${DECISION_LABELS[outcome]}`}
      title={`Go/no-go decision: ${DECISION_LABELS[outcome]}`}
    >
      {DECISION_SHORT_LABELS[outcome]}
    </span>
  );
}
