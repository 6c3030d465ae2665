/**
 * The feedback score's weights: how much severity, the number of accounts and the revenue at
 * stake each count in the one number the Feedback inbox sorts by. The formula is shown under
 * them, with an example, so the person sees what a change does.
 */
import { feedbackScore, SCORE_FORMULA, type FeedbackWeights } from '../../../shared/domain/feedback/score';
import { updateSettings } from '../../../shared/domain/settings/commands';
import { feedbackWeightsOf } from '../../../shared/domain/settings/schema';
import { settingsOf } from '../../../shared/domain/workspace';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';

const WEIGHTS: { key: keyof FeedbackWeights; label: string }[] = [
  { key: 'severity', label: 'Severity weight' },
  { key: 'accounts', label: 'Accounts weight' },
  { key: 'revenue', label: 'Revenue weight' },
];
const CHOICES = [0, 0.5, 1, 1.5, 2, 3];
const EXAMPLE = { severity: 3, accountCount: 12, revenueAtStake: 50_000 };

export function FeedbackSettings() {
  const weights = useDocument((s) => feedbackWeightsOf(settingsOf(s.workspace)));
  const set = (key: keyof FeedbackWeights, value: number) =>
    void run((ws) =>
      updateSettings(ws, { feedbackWeights: { ...feedbackWeightsOf(settingsOf(ws)), [key]: value } }),
    );
  return (
    <section className="settings-section" aria-labelledby="feedback-settings-title">
      <h2 id="feedback-settings-title">Feedback</h2>
      <div className="settings-grid">
        {WEIGHTS.map(({ key, label }) => (
          <label key={key} className="field">
            <span className="field__label">{label}</span>
            <select
              className="input"
              value={String(weights[key])}
              aria-describedby="feedback-score-formula"
              onChange={(e) => set(key, Number(e.target.value))}
            >
              {/* A weight set elsewhere (the command line, an import) stays choosable. */}
              {[...new Set([...CHOICES, weights[key]])]
                .sort((a, b) => a - b)
                .map((value) => (
                  <option key={value} value={String(value)}>
                    {value === 0 ? '0 (left out)' : value === 1 ? '1 (default)' : String(value)}
                  </option>
                ))}
            </select>
          </label>
        ))}
      </div>
      <p id="feedback-score-formula" className="field__hint">
        {SCORE_FORMULA} For example, a high-severity report from 12 accounts with $50,000 at stake scores{' '}
        {feedbackScore(EXAMPLE, weights)}.
      </p>
    </section>
  );
}
