/**
 * A launch's regional rollout plan on its Rollout tab: one row per wave in plan order (from
 * shared/views/rollout-plan.ts) — wave number, regions, go-live day and its T+offset, ramp,
 * status, regional owner, the gate criteria for the next wave, readiness by regional function
 * and health — with ramp, status, go-live, owner and gate criteria edited in place and waves
 * moved up or down, each one undoable change. Waves come from a template or one by one.
 */
import { useRef, useState } from 'react';
import { formatShortDay, type Day } from '../../../shared/dates/days';
import { WAVE_STATUSES, WAVE_STATUS_LABELS, type LaunchItem } from '../../../shared/domain/items/schema';
import { nextWaveNumber } from '../../../shared/domain/rollouts/commands';
import { offsetLabel } from '../../../shared/domain/readiness/due';
import { regionsText } from '../../../shared/domain/rollouts/order';
import { peopleByName } from '../../../shared/views/indexes';
import { rolloutPlanOf, type PlanWave } from '../../../shared/views/rollout-plan';
import { useDocument } from '../../state/document';
import { openEditor, openLaunchPage } from '../../state/window';
import { HealthBadge } from '../../ui/badges';
import { Select, type Option } from '../../ui/Select';
import { CheckedInput } from './CheckedInput';
import {
  datesForGoLive,
  moveWaveInPlan,
  parseRamp,
  saveGateCriteria,
  saveGoLive,
  saveOwner,
  saveRamp,
  saveStatus,
} from './wave-edits';
import { WaveTemplateDialog } from './WaveTemplateDialog';
import './rollout-plan.css';

const STATUS_OPTIONS: Option[] = WAVE_STATUSES.map((s) => ({ value: s, label: WAVE_STATUS_LABELS[s] }));

/** The next wave of `launch` in the side panel: a rollout of it, numbered after the last wave. */
function addWave(launch: LaunchItem, number: number) {
  openEditor({
    mode: 'create',
    fields: {
      kind: 'rollout',
      parentId: launch.id,
      tier: launch.tier,
      productArea: launch.productArea,
      launchDate: launch.launchDate,
      wave: { number, rampPercent: null, status: 'planned', gateCriteria: '' },
    },
  });
}

export function RolloutPlan({ launch, today }: { launch: LaunchItem; today: Day }) {
  const plan = useDocument((s) => rolloutPlanOf(s.workspace, launch.id, today));
  const nextNumber = useDocument((s) => nextWaveNumber(s.workspace, launch.id));
  const people = useDocument((s) => peopleByName(s.workspace));
  const [choosing, setChoosing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const ownerOptions: Option[] = people.map((p) => ({ value: p.id, label: p.name }));
  const close = () => {
    setChoosing(false);
    // The dialog leaves; reading goes on from the button that opened it.
    requestAnimationFrame(() => opener.current?.focus());
  };
  const actions = (
    <div className="launch-page__actions">
      <button ref={opener} type="button" className="button button--primary" onClick={() => setChoosing(true)}>
        Create waves from template…
      </button>
      <button type="button" className="button" onClick={() => addWave(launch, nextNumber)}>
        Add wave
      </button>
    </div>
  );
  return (
    <section className="rollout-plan" aria-labelledby="rollout-plan-title">
      <h2 id="rollout-plan-title" className="rollout-plan__title">
        Regional rollout plan
      </h2>
      {plan.waves.length === 0 ? (
        <div className="rollout-plan__empty">
          <p>
            A rollout plan takes this launch live region by region: each <strong>wave</strong> names its
            regions, its go-live day (counted from the launch’s T-0), how much traffic or how many accounts it
            switches on, a regional owner, its own readiness — localisation, payments, data residency, support
            hours, regional marketing — and what must hold before the next wave starts.
          </p>
          <p>
            Start from a template such as “NA first, then EU &amp; UK, then APAC”, or add waves one by one.
          </p>
        </div>
      ) : (
        <div className="rollout-plan__scroll">
          <table className="table rollout-plan__table">
            <caption className="visually-hidden">Rollout waves of {launch.title}, in plan order</caption>
            <thead>
              <tr>
                <th scope="col">Wave and regions</th>
                <th scope="col">Go-live</th>
                <th scope="col">Ramp %</th>
                <th scope="col">Status</th>
                <th scope="col">Regional owner</th>
                <th scope="col">Gate to next wave</th>
                <th scope="col">Readiness and health</th>
                <th scope="col">
                  <span className="visually-hidden">Order</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.waves.map((wave, index) => (
                <WaveRow
                  key={wave.item.id}
                  wave={wave}
                  first={index === 0}
                  last={index === plan.waves.length - 1}
                  ownerOptions={ownerOptions}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.uncoveredRegions.length > 0 && plan.waves.length > 0 && (
        <p className="rollout-plan__note">
          No wave covers {regionsText(plan.uncoveredRegions)} yet, though the launch lists{' '}
          {plan.uncoveredRegions.length === 1 ? 'it' : 'them'}.
        </p>
      )}
      {actions}
      {choosing && <WaveTemplateDialog launch={launch} onClose={close} />}
    </section>
  );
}

interface WaveRowProps {
  wave: PlanWave;
  first: boolean;
  last: boolean;
  ownerOptions: readonly Option[];
}

function WaveRow({ wave, first, last, ownerOptions }: WaveRowProps) {
  const { item, row, offsetDays } = wave;
  const facts = wave.wave;
  const title = item.title;
  // A wave planned to go live before the one ahead of it in the plan: said where the day is edited.
  const early = Boolean(
    wave.previous?.launchDate && item.launchDate && item.launchDate < wave.previous.launchDate,
  );
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  // The row moves under the pointer and the keyboard: keep the focus on its button, or on the
  // other one once it reached an end of the plan.
  const move = async (direction: 'up' | 'down') => {
    if (!(await moveWaveInPlan(item.id, direction))) return;
    requestAnimationFrame(() => {
      const same = direction === 'up' ? up.current : down.current;
      (same && !same.disabled ? same : direction === 'up' ? down.current : up.current)?.focus();
    });
  };
  return (
    <tr>
      <th scope="row" className="rollout-plan__wave">
        <span className="rollout-plan__number" aria-label={facts ? `Wave ${facts.number}` : 'Not numbered'}>
          {facts ? facts.number : '–'}
        </span>
        <a
          href={`#/launch/${encodeURIComponent(item.id)}`}
          className="link-button"
          onClick={(event) => {
            if (event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            openLaunchPage(item.id);
          }}
        >
          {title}
        </a>
        <span className="table__meta rollout-plan__regions">
          {item.regions.length ? item.regions.join(' · ') : 'No region yet'}
        </span>
      </th>
      <td>
        <CheckedInput
          label={`Go-live day of ${title}`}
          type="date"
          value={item.launchDate ?? ''}
          check={(text) => datesForGoLive(item, text)}
          save={(dates) => saveGoLive(item, dates)}
        />
        <span className="table__meta">
          {offsetDays !== null ? `${offsetLabel(offsetDays)} of the launch` : 'Launch has no T-0'}
          {item.endDate && ` · ends ${formatShortDay(item.endDate)}`}
        </span>
        {early && (
          <span className="rollout-plan__early">
            Before the wave ahead of it ({formatShortDay(wave.previous!.launchDate!)})
          </span>
        )}
      </td>
      <td>
        <CheckedInput
          label={`Ramp of ${title}`}
          inputMode="decimal"
          className="wave-input--ramp"
          value={facts?.rampPercent === null || !facts ? '' : String(facts.rampPercent)}
          placeholder="–"
          check={parseRamp}
          save={(ramp) => saveRamp(item.id, ramp)}
        />
      </td>
      <td>
        <Select
          aria-label={`Status of ${title}`}
          className={`input wave-status wave-status--${facts?.status ?? 'none'}`}
          value={facts?.status ?? ''}
          options={STATUS_OPTIONS}
          empty={facts ? undefined : 'Not in plan'}
          onChange={(status) => {
            if (status) void saveStatus(item.id, status as (typeof WAVE_STATUSES)[number]);
          }}
        />
      </td>
      <td>
        <Select
          aria-label={`Regional owner of ${title}`}
          className="input wave-owner"
          value={item.ownerId ?? ''}
          options={ownerOptions}
          empty="No owner"
          onChange={(ownerId) =>
            void saveOwner(
              item.id,
              ownerId || null,
              ownerOptions.find((o) => o.value === ownerId)?.label ?? '',
            )
          }
        />
      </td>
      <td>
        <CheckedInput
          label={`Gate criteria after ${title}`}
          type="multiline"
          className="wave-input--gate"
          value={facts?.gateCriteria ?? ''}
          placeholder={last ? 'Last wave' : 'What must hold before the next wave'}
          check={(text) =>
            text.length > 2000
              ? { ok: false, message: 'Keep the gate criteria under 2,000 characters' }
              : { ok: true, value: text.trim() }
          }
          save={(text) => saveGateCriteria(item.id, text)}
        />
      </td>
      <td>
        <div className="rollout-plan__state">
          <HealthBadge
            health={row.health.health}
            reasons={row.health.reasons}
            overridden={row.health.overridden}
          />
          <WaveReadiness wave={wave} />
        </div>
      </td>
      <td>
        <div className="rollout-plan__order">
          <button
            type="button"
            className="button button--small"
            aria-label={`Move ${title} up`}
            title="Move up"
            ref={up}
            disabled={first}
            onClick={() => void move('up')}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={`Move ${title} down`}
            title="Move down"
            ref={down}
            disabled={last}
            onClick={() => void move('down')}
          >
            ↓
          </button>
        </div>
      </td>
    </tr>
  );
}

function WaveReadiness({ wave }: { wave: PlanWave }) {
  const { progress } = wave.row;
  if (progress.total === 0) return <span className="muted">No checklist</span>;
  return (
    <details className="rollout-plan__readiness">
      <summary>
        {progress.done}/{progress.total} done
      </summary>
      <ul>
        {wave.readinessByFunction.map((f) => (
          <li key={f.functionId}>
            {f.functionName}: {f.done}/{f.total}
          </li>
        ))}
      </ul>
    </details>
  );
}
