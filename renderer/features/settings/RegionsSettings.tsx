/**
 * Regions (markets): a code such as EU or APAC with a name, and how many Tier-1 launches each
 * can absorb going live in one week. A region without its own figure takes the default one;
 * clearing a region's figure returns it to the default.
 */
import { useId, useState } from 'react';
import type { FieldIssue } from '../../../shared/domain/errors';
import type { Region, Settings } from '../../../shared/domain/settings/schema';
import {
  addRegion,
  removeRegion,
  renameRegion,
  setRegionCapacity,
  updateSettings,
} from '../../../shared/domain/settings/commands';
import { settingsOf } from '../../../shared/domain/workspace';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { NamedRow } from './NamedListEditor';

const firstMessage = (issues: FieldIssue[]) => issues[0]?.message ?? 'Not saved';

export function RegionsSettings() {
  const settings = useDocument((s) => settingsOf(s.workspace));
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await run((ws) => addRegion(ws, { code: code.trim().toUpperCase(), name }));
    if (result.ok) {
      setCode('');
      setName('');
      setError(null);
    } else setError(result.issues.map((i) => i.message).join('. '));
  };

  const defaultCapacity = settings.tier1CapacityPerRegionWeek;
  return (
    <section className="settings-section" aria-labelledby="regions-title">
      <h2 id="regions-title">Regions</h2>
      <p className="muted">
        Markets that launches and rollouts go to, and how many Tier-1 launches each can absorb going live in
        one week (a launch and its own waves count once). An empty figure uses the default.
      </p>
      <CapacityField
        label="Default Tier-1 capacity per region and week"
        value={defaultCapacity}
        required
        onSave={(value) => run((ws) => updateSettings(ws, { tier1CapacityPerRegionWeek: value! }))}
      />
      <ol className="list-editor__list">
        {settings.regions.map((region) => (
          <NamedRow
            key={region.code}
            before={<span className="region-code">{region.code}</span>}
            label={`${region.code} name`}
            name={region.name}
            onRename={async (value) => (await run((ws) => renameRegion(ws, region.code, value))).ok}
            removeLabel={`Remove ${region.code}`}
            onRemove={() => void run((ws) => removeRegion(ws, region.code))}
          >
            <RegionCapacity region={region} settings={settings} />
          </NamedRow>
        ))}
      </ol>
      <form className="list-editor__add" onSubmit={(e) => void add(e)}>
        <input
          className="input input--code"
          aria-label="New region code"
          placeholder="Code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <input
          className="input"
          aria-label="New region name"
          placeholder="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button">
          Add region
        </button>
      </form>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function RegionCapacity({ region, settings }: { region: Region; settings: Settings }) {
  const own = settings.tier1CapacityByRegion;
  const value = own && Object.hasOwn(own, region.code) ? own[region.code]! : null;
  return (
    <CapacityField
      label={`${region.code} Tier-1 capacity per week`}
      value={value}
      placeholder={String(settings.tier1CapacityPerRegionWeek)}
      title={`Empty: the default (${settings.tier1CapacityPerRegionWeek})`}
      onSave={(next) => run((ws) => setRegionCapacity(ws, region.code, next))}
    />
  );
}

/** A capacity as typed: a whole number 1–50, or empty (null) for "the default" when allowed. */
export function parseCapacity(
  text: string,
  required: boolean,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '' && !required) return { ok: true, value: null };
  const value = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || value < 1 || value > 50)
    return {
      ok: false,
      message: `Enter a whole number from 1 to 50${required ? '' : ', or leave it empty for the default'}`,
    };
  return { ok: true, value };
}

/**
 * A capacity figure edited in place: saved on Enter or leaving the field (one undo step, not
 * one per keystroke), Escape puts the saved figure back; empty means "the default" unless the
 * figure is required. A text field (numeric keyboard), not a number one: a number field reads
 * text it cannot parse as empty, which would quietly return a region to the default. What
 * cannot be saved stays in the field with its message beside it (tied by aria-describedby);
 * the stored figure is untouched.
 */
function CapacityField({
  label,
  value,
  placeholder,
  title,
  required = false,
  onSave,
}: {
  label: string;
  value: number | null;
  placeholder?: string;
  title?: string;
  required?: boolean;
  onSave: (value: number | null) => Promise<{ ok: true } | { ok: false; issues: FieldIssue[] }>;
}) {
  const errorId = useId();
  const shown = value === null ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  const [lastShown, setLastShown] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  // Follow outside changes (undo, another window) while not being edited.
  if (shown !== lastShown) {
    setLastShown(shown);
    setDraft(shown);
    setError(null);
  }
  const commit = async () => {
    if (draft.trim() === shown) return setError(null);
    const parsed = parseCapacity(draft, required);
    if (!parsed.ok) return setError(parsed.message);
    const result = await onSave(parsed.value);
    setError(result.ok ? null : firstMessage(result.issues));
  };
  const input = (
    <input
      type="text"
      inputMode="numeric"
      className="input input--capacity"
      aria-label={label}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      title={title}
      placeholder={placeholder}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void commit();
        }
        if (e.key === 'Escape') {
          e.stopPropagation();
          setDraft(shown);
          setError(null);
        }
      }}
    />
  );
  const message = error && (
    <span id={errorId} className="field__error" role="alert">
      {error}
    </span>
  );
  if (!required)
    return (
      <>
        {input}
        {message}
      </>
    );
  return (
    <label className="capacity-default">
      <span className="field__label">{label}</span>
      {input}
      {message}
    </label>
  );
}
