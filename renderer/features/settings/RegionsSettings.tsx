/**
 * Regions (markets): a code such as EU or APAC with a name, and how many Tier-1 launches each
 * can absorb going live in one week. A region without its own figure takes the default one;
 * clearing a region's figure returns it to the default.
 */
import { useState } from 'react';
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
        onError={setError}
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
            <RegionCapacity region={region} settings={settings} onError={setError} />
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

function RegionCapacity({
  region,
  settings,
  onError,
}: {
  region: Region;
  settings: Settings;
  onError: (message: string | null) => void;
}) {
  const own = settings.tier1CapacityByRegion;
  const value = own && Object.hasOwn(own, region.code) ? own[region.code]! : null;
  return (
    <CapacityField
      label={`${region.code} Tier-1 capacity per week`}
      value={value}
      placeholder={String(settings.tier1CapacityPerRegionWeek)}
      title={`Empty: the default (${settings.tier1CapacityPerRegionWeek})`}
      onSave={(next) => run((ws) => setRegionCapacity(ws, region.code, next))}
      onError={onError}
    />
  );
}

/**
 * A capacity figure edited in place: saved on Enter or leaving the field (one undo step, not
 * one per keystroke), Escape puts the saved figure back; empty means "the default" unless the
 * figure is required.
 */
function CapacityField({
  label,
  value,
  placeholder,
  title,
  required = false,
  onSave,
  onError,
}: {
  label: string;
  value: number | null;
  placeholder?: string;
  title?: string;
  required?: boolean;
  onSave: (value: number | null) => Promise<{ ok: true } | { ok: false; issues: FieldIssue[] }>;
  onError: (message: string | null) => void;
}) {
  const shown = value === null ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  const [lastShown, setLastShown] = useState(shown);
  // Follow outside changes (undo, another window) while not being edited.
  if (shown !== lastShown) {
    setLastShown(shown);
    setDraft(shown);
  }
  const commit = async () => {
    const text = draft.trim();
    if (text === shown) return;
    const next = text === '' ? null : Number(text);
    if (
      (next === null && required) ||
      (next !== null && !(Number.isInteger(next) && next >= 1 && next <= 50))
    ) {
      onError(`${label}: a whole number from 1 to 50${required ? '' : ', or empty for the default'}`);
      setDraft(shown);
      return;
    }
    const result = await onSave(next);
    if (result.ok) onError(null);
    else {
      onError(firstMessage(result.issues));
      setDraft(shown);
    }
  };
  const input = (
    <input
      type="number"
      inputMode="numeric"
      className="input input--capacity"
      min={1}
      max={50}
      aria-label={label}
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
        }
      }}
    />
  );
  if (!required) return input;
  return (
    <label className="capacity-default">
      <span className="field__label">{label}</span>
      {input}
    </label>
  );
}
