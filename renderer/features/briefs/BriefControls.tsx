/**
 * The brief screen's choices: the kind of brief, then its scope — a launch and who it is for,
 * or a date range (the next six weeks unless changed) with region, tier and kind filters.
 * Every change goes to the window store (and so to the address) at once; the preview follows.
 */
import type { Day } from '../../../shared/dates/days';
import { KINDS, KIND_LABELS, type Kind, type Tier } from '../../../shared/domain/primitives';
import { settingsOf } from '../../../shared/domain/workspace';
import { useDocument } from '../../state/document';
import { updateBrief, type BriefScreenState } from '../../state/window';
import { DateField } from '../../ui/DateField';
import { optionsFrom, SelectField } from '../../ui/Select';
import { LaunchChooser } from './LaunchChooser';

interface Choice<V extends string> {
  value: V;
  label: string;
  hint: string;
}

const KIND_CHOICES: Choice<BriefScreenState['kind']>[] = [
  {
    value: 'launch',
    label: 'Launch brief',
    hint: 'One launch: where it stands, what changed, what needs attention',
  },
  { value: 'portfolio', label: 'Portfolio brief', hint: 'Every launch in a date range, week by week' },
];

const AUDIENCE_CHOICES: Choice<BriefScreenState['audience']>[] = [
  { value: 'exec', label: 'Executive', hint: 'About 250 words: status, decision needed, top risks' },
  { value: 'team', label: 'Full team', hint: 'Everything open per function, rollout, decisions, feedback' },
];

/** A group of radio buttons, each with a line saying what it gives. */
function RadioGroup<V extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
}: {
  legend: string;
  name: string;
  value: V;
  choices: Choice<V>[];
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="brief-choices">
      <legend className="field__label">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="brief-choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span className="brief-choice__text">
            <span className="brief-choice__label">{choice.label}</span>
            <span className="brief-choice__hint">{choice.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

interface BriefControlsProps {
  state: BriefScreenState;
  /** The range on screen (the default fills an end left open). */
  range: { from: Day; to: Day };
  /** The workspace has no launch items at all. */
  noItems: boolean;
}

export function BriefControls({ state, range, noItems }: BriefControlsProps) {
  const settings = useDocument((s) => settingsOf(s.workspace));
  return (
    <form className="brief-controls" aria-label="Brief options" onSubmit={(e) => e.preventDefault()}>
      <RadioGroup
        legend="Kind of brief"
        name="brief-kind"
        value={state.kind}
        choices={KIND_CHOICES}
        onChange={(kind) => updateBrief({ kind })}
      />
      {state.kind === 'launch' ? (
        <>
          {!noItems && (
            <LaunchChooser
              label="Launch"
              itemId={state.itemId}
              onChange={(itemId) => updateBrief({ itemId })}
            />
          )}
          <RadioGroup
            legend="Written for"
            name="brief-audience"
            value={state.audience}
            choices={AUDIENCE_CHOICES}
            onChange={(audience) => updateBrief({ audience })}
          />
        </>
      ) : (
        <>
          <div className="brief-controls__range">
            <DateField
              label="From"
              value={range.from}
              onChange={(from) => updateBrief({ from: from || null })}
            />
            <DateField label="To" value={range.to} onChange={(to) => updateBrief({ to: to || null })} />
          </div>
          {(state.from || state.to) && (
            <button
              type="button"
              className="link-button brief-controls__reset"
              onClick={() => updateBrief({ from: null, to: null })}
            >
              Back to the next six weeks
            </button>
          )}
          <SelectField
            label="Region"
            empty="All regions"
            value={state.region ?? ''}
            options={settings.regions.map((r) => ({
              value: r.code,
              label: r.name ? `${r.code} — ${r.name}` : r.code,
            }))}
            onChange={(region) => updateBrief({ region: region || null })}
          />
          <SelectField
            label="Tier"
            empty="All tiers"
            value={state.tier ? String(state.tier) : ''}
            options={settings.tiers.map((t) => ({ value: String(t.tier), label: t.name }))}
            onChange={(tier) => updateBrief({ tier: tier ? (Number(tier) as Tier) : null })}
          />
          <SelectField
            label="Kind"
            empty="All kinds"
            value={state.itemKind ?? ''}
            options={optionsFrom(KINDS, KIND_LABELS)}
            onChange={(kind) => updateBrief({ itemKind: (kind || null) as Kind | null })}
          />
        </>
      )}
    </form>
  );
}
