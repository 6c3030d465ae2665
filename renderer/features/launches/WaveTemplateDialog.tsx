/**
 * "Create waves from template…": pick a built-in rollout template and see, before anything is
 * created, the waves it would add to this launch — regions, go-live days with their T+offset,
 * ramps, gate criteria — what it would leave out and why, and the readiness each wave gets.
 * The preview is worked out against the workspace as it is at each moment (another window's
 * edit shows at once), and Create runs the same command: one undoable change.
 */
import { useId, useMemo, useState } from 'react';
import { formatDay } from '../../../shared/dates/days';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import { offsetLabel } from '../../../shared/domain/readiness/due';
import { createWavesFromTemplate, previewWaves } from '../../../shared/domain/rollouts/commands';
import { WAVE_TEMPLATES } from '../../../shared/domain/rollouts/templates';
import { countOf } from '../../../shared/domain/text';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { showToast } from '../../state/window';
import { Dialog } from '../../ui/Dialog';

interface WaveTemplateDialogProps {
  launch: LaunchItem;
  onClose: () => void;
}

export function WaveTemplateDialog({ launch, onClose }: WaveTemplateDialogProps) {
  const [templateId, setTemplateId] = useState(WAVE_TEMPLATES[0]!.id);
  const [saving, setSaving] = useState(false);
  const workspace = useDocument((s) => s.workspace);
  const preview = useMemo(
    () => previewWaves(workspace, launch.id, templateId),
    [workspace, launch.id, templateId],
  );
  const name = useId();
  const previewId = useId();

  const create = async () => {
    if (preview.problem || saving) return;
    setSaving(true);
    const result = await run((ws, ctx) => createWavesFromTemplate(ws, launch.id, templateId, ctx));
    setSaving(false);
    if (!result.ok) return;
    showToast({
      tone: 'info',
      message: `Added ${countOf(preview.waves.length, 'rollout wave')} to “${launch.title}”`,
    });
    onClose();
  };

  return (
    <Dialog
      title="Create waves from template"
      open
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={preview.problem !== null || saving}
            aria-describedby={previewId}
            onClick={() => void create()}
          >
            {preview.problem ? 'Create waves' : `Create ${countOf(preview.waves.length, 'wave')}`}
          </button>
        </>
      }
    >
      <form
        className="wave-template"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <fieldset className="wave-template__choices">
          <legend className="field__label">Template</legend>
          {WAVE_TEMPLATES.map((template) => (
            <label key={template.id} className="wave-template__choice">
              <input
                type="radio"
                name={name}
                value={template.id}
                checked={template.id === templateId}
                onChange={() => setTemplateId(template.id)}
              />
              <span>
                <span className="wave-template__name">{template.name}</span>
                <span className="wave-template__description">{template.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <section id={previewId} className="wave-template__preview" aria-live="polite" aria-label="Preview">
          {preview.problem ? (
            <p className="field__error" role="alert">
              {preview.problem}
            </p>
          ) : (
            <>
              <p className="wave-template__intro">
                T-0 of “{launch.title}” is {formatDay(launch.launchDate!)}. These waves will be added,
                planned, in the first stage:
              </p>
              <table className="table wave-template__table">
                <caption className="visually-hidden">Waves to be created</caption>
                <thead>
                  <tr>
                    <th scope="col">Wave</th>
                    <th scope="col">Regions</th>
                    <th scope="col">Go-live</th>
                    <th scope="col">Ramp</th>
                    <th scope="col">Gate to next wave</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.waves.map((wave) => (
                    <tr key={wave.number}>
                      <th scope="row">{wave.number}</th>
                      <td title={wave.regionNames.join(', ')}>{wave.regions.join(' · ')}</td>
                      <td>
                        {formatDay(wave.goLive)}{' '}
                        <span className="tminus">{offsetLabel(wave.offsetDays)}</span>
                      </td>
                      <td>{wave.rampPercent} %</td>
                      <td className="wave-template__gate">
                        {wave.gateCriteria || <span className="muted">Last wave</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.readiness.length > 0 && (
                <p className="wave-template__readiness">
                  Each wave gets its own readiness:{' '}
                  {preview.readiness
                    .map(
                      ({ line, functionName }) =>
                        `${line.topic} (${functionName}, due ${offsetLabel(line.offsetDays)})`,
                    )
                    .join(', ')}
                  .
                </p>
              )}
            </>
          )}
          {preview.warnings.length > 0 && (
            <ul className="wave-template__warnings" aria-label="Left out">
              {preview.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </section>
      </form>
    </Dialog>
  );
}
