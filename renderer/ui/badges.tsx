/** Small labels for kind, tier and health, readable as text (colour is never the only cue). */
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

export function HealthBadge({ health, title }: { health: Health; title?: string }) {
  return (
    <span className={`badge badge--health-${health}`} title={title}>
      <span aria-hidden="true" className="badge__dot" />
      {HEALTH_LABELS[health]}
    </span>
  );
}
