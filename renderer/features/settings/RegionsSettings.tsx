/** Regions (markets): a code such as EU or APAC with a name. */
import { useState } from 'react';
import { addRegion, removeRegion, renameRegion } from '../../../shared/domain/settings/commands';
import { settingsOf } from '../../../shared/domain/workspace';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { NamedRow } from './NamedListEditor';

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

  return (
    <section className="settings-section" aria-labelledby="regions-title">
      <h2 id="regions-title">Regions</h2>
      <p className="muted">Markets that launches and rollouts go to.</p>
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
          />
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
