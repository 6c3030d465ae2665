/** Readiness functions: the teams that must be ready for a launch. */
import { addFunction, removeFunction, renameFunction } from '../../../shared/domain/settings/commands';
import { settingsOf } from '../../../shared/domain/workspace';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { NamedListEditor } from './NamedListEditor';

export function FunctionsSettings() {
  const settings = useDocument((s) => settingsOf(s.workspace));
  return (
    <section className="settings-section" aria-labelledby="functions-title">
      <h2 id="functions-title">Readiness functions</h2>
      <p className="muted">The teams whose readiness a launch checks.</p>
      <NamedListEditor
        noun="function"
        entries={settings.functions}
        onRename={(id, name) => run((ws) => renameFunction(ws, id, name))}
        onAdd={(name) => run((ws, ctx) => addFunction(ws, name, ctx))}
        onRemove={(entry) => void run((ws) => removeFunction(ws, entry.id))}
      />
    </section>
  );
}
