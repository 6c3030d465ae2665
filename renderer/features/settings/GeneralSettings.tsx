/**
 * Workspace-wide settings: name, the go/no-go gate (its stage, and the tiers that always need
 * a recorded Go or Conditional go), the beta exit gate, calendar. (Tier-1 capacity is set per
 * region, under Regions.)
 */
import { BETA_EXIT_GATE_LABEL } from '../../../shared/domain/items/gate';
import { TIERS, type Tier } from '../../../shared/domain/primitives';
import { updateSettings } from '../../../shared/domain/settings/commands';
import { decisionRequiredTiersOf } from '../../../shared/domain/settings/schema';
import { settingsOf } from '../../../shared/domain/workspace';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import {
  SHIFT_CHOICES,
  SHIFT_CHOICE_LABELS,
  setShiftChoice,
  useShiftDependants,
  type ShiftChoice,
} from '../../state/shift-dependants';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { InlineInput } from '../../ui/InlineInput';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function GeneralSettings() {
  const settings = useDocument((s) => settingsOf(s.workspace));
  return (
    <section className="settings-section" aria-labelledby="general-title">
      <h2 id="general-title">Workspace</h2>
      <div className="settings-grid">
        <label className="field">
          <span className="field__label">Workspace name</span>
          <InlineInput
            className="list-editor__name"
            label="Workspace name"
            value={settings.name}
            onCommit={async (name) => (await run((ws) => updateSettings(ws, { name }))).ok}
          />
        </label>
        <label className="field">
          <span className="field__label">Go/no-go gate applies to</span>
          <select
            className="input"
            value={settings.launchedStageId ?? ''}
            onChange={(e) =>
              void run((ws) => updateSettings(ws, { launchedStageId: e.target.value || null }))
            }
          >
            <option value="">No stage (gate off)</option>
            {settings.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <CheckboxGroup
          legend="Always need a recorded Go or Conditional go"
          options={TIERS.map((tier) => ({
            value: String(tier),
            label: `Tier ${tier}`,
            title: `Tier ${tier} launches pass the gate only with a Go or Conditional go, even with every sign-off done`,
          }))}
          selected={decisionRequiredTiersOf(settings).map(String)}
          onChange={(values) =>
            void run((ws) =>
              updateSettings(ws, { decisionRequiredTiers: values.map((value) => Number(value) as Tier) }),
            )
          }
        />
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={settings.betaExitCriteriaGate === true}
              aria-describedby="beta-exit-gate-hint"
              onChange={(e) =>
                void run((ws) => updateSettings(ws, { betaExitCriteriaGate: e.target.checked }))
              }
            />
            {BETA_EXIT_GATE_LABEL}
          </label>
          <span id="beta-exit-gate-hint" className="field__hint">
            A beta then moves to a later stage only once every exit criterion is met with its evidence; a beta
            with no exit criteria stays where it is, since nothing shows it is done.
          </span>
        </div>
        {/* Tier-1 capacity is set per region, with its default, in RegionsSettings. */}
        <label className="field">
          <span className="field__label">Weeks start on</span>
          <select
            className="input"
            value={settings.weekStartsOn}
            onChange={(e) => void run((ws) => updateSettings(ws, { weekStartsOn: Number(e.target.value) }))}
          >
            {WEEKDAYS.map((day, index) => (
              <option key={day} value={index}>
                {day}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Fiscal year starts in</span>
          <select
            className="input"
            value={settings.fiscalYearStartMonth}
            onChange={(e) =>
              void run((ws) => updateSettings(ws, { fiscalYearStartMonth: Number(e.target.value) }))
            }
          >
            {MONTHS.map((month, index) => (
              <option key={month} value={index + 1}>
                {month}
              </option>
            ))}
          </select>
        </label>
        <ShiftChoiceField />
      </div>
    </section>
  );
}

/** What happens to milestones, waves and betas when a launch's dates move: on this machine. */
function ShiftChoiceField() {
  const choice = useShiftDependants((s) => s.choice);
  return (
    <label className="field">
      <span className="field__label">When a launch's dates move</span>
      <select
        className="input"
        value={choice}
        onChange={(e) => setShiftChoice(e.target.value as ShiftChoice)}
        title="Its milestones, waves and betas: remembered on this computer"
      >
        {SHIFT_CHOICES.map((value) => (
          <option key={value} value={value}>
            {SHIFT_CHOICE_LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
