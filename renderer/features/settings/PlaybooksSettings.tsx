/**
 * Playbooks in Settings: the readiness checklists launches start from, per kind and tier. Pick a
 * playbook from the list to rename it, set its kind and tier, and edit its lines; create a new
 * one, duplicate or delete one (undoable). Which playbook a new launch gets is the one for its
 * kind and tier (the first by name when several share them), so the list says which is used.
 */
import { useState } from 'react';
import {
  createPlaybook,
  deletePlaybook,
  duplicatePlaybook,
  playbookFor,
  playbooksInOrder,
  updatePlaybook,
} from '../../../shared/domain/playbooks/commands';
import type { Playbook } from '../../../shared/domain/playbooks/schema';
import { KIND_LABELS, KINDS, type Kind, type Tier } from '../../../shared/domain/primitives';
import { countOf } from '../../../shared/domain/text';
import { settingsOf } from '../../../shared/domain/workspace';
import { run, undo } from '../../state/changes';
import { useDocument } from '../../state/document';
import { showToast } from '../../state/window';
import { AddInput } from '../../ui/AddInput';
import { InlineInput } from '../../ui/InlineInput';
import { optionsFrom, SelectField } from '../../ui/Select';
import { PlaybookEntries } from './PlaybookEntries';
import './playbooks.css';

const firstMessage = (issues: { message: string }[]) => issues[0]?.message ?? 'Not saved';

export function PlaybooksSettings() {
  const workspace = useDocument((s) => s.workspace);
  const playbooks = playbooksInOrder(workspace);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Nothing is open until one is picked: a long playbook's editor is heavy, and Settings opens
  // for many other reasons.
  const selected = playbooks.find((p) => p.id === selectedId) ?? null;
  const tierName = (tier: Tier) =>
    settingsOf(workspace).tiers.find((t) => t.tier === tier)?.name ?? `Tier ${tier}`;

  return (
    <section className="settings-section settings-section--playbooks" aria-labelledby="playbooks-title">
      <h2 id="playbooks-title">Playbooks</h2>
      <p className="muted">
        The readiness checklist a launch starts from, by kind and tier. Lines are due relative to the launch
        date (T-14 is two weeks before); required sign-offs are what the go/no-go gate waits for.
      </p>
      <div className="playbooks">
        <nav className="playbooks__list" aria-label="Playbooks">
          <ul>
            {playbooks.map((p) => {
              const inUse = playbookFor(workspace, p.kind, p.tier)?.id === p.id;
              return (
                <li key={p.id}>
                  <button
                    type="button"
                    className="playbooks__item"
                    aria-current={selected?.id === p.id ? 'true' : undefined}
                    onClick={() => setSelectedId(p.id)}
                  >
                    <span className="playbooks__name">{p.name}</span>
                    <span className="playbooks__meta">
                      {KIND_LABELS[p.kind]} · {tierName(p.tier)} · {countOf(p.entries.length, 'line')}
                      {inUse ? '' : ' · not used (another comes first by name)'}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          <AddInput
            className="list-editor__add"
            label="New playbook name"
            placeholder="New playbook"
            submitLabel="Create"
            onAdd={async (name) => {
              if (!name.trim()) return 'Enter a playbook name';
              const kind: Kind = selected?.kind ?? 'launch';
              const result = await run((ws, ctx) =>
                createPlaybook(ws, { name, kind, tier: selected?.tier ?? 2 }, ctx),
              );
              if (!result.ok) return firstMessage(result.issues);
              setSelectedId(result.value.id);
              return null;
            }}
          />
        </nav>
        {selected ? (
          <PlaybookEditor key={selected.id} playbook={selected} onSelect={setSelectedId} />
        ) : playbooks.length ? (
          <p className="muted playbooks__empty">
            Pick a playbook to edit its lines. A new launch gets the playbook for its kind and tier; the first
            by name when several share them.
          </p>
        ) : (
          <p className="muted playbooks__empty">
            No playbooks: launches start with an empty checklist. Create one to give new launches their
            readiness lines.
          </p>
        )}
      </div>
    </section>
  );
}

function PlaybookEditor({
  playbook,
  onSelect,
}: {
  playbook: Playbook;
  onSelect: (id: string | null) => void;
}) {
  const tiers = useDocument((s) => settingsOf(s.workspace).tiers);
  const [error, setError] = useState<string | null>(null);
  const update = async (fields: Parameters<typeof updatePlaybook>[2]) => {
    const result = await run((ws) => updatePlaybook(ws, playbook.id, fields));
    setError(result.ok ? null : firstMessage(result.issues));
    return result.ok;
  };
  const duplicate = async () => {
    const result = await run((ws, ctx) => duplicatePlaybook(ws, playbook.id, ctx));
    if (result.ok) onSelect(result.value.id);
  };
  const remove = async () => {
    const result = await run((ws) => deletePlaybook(ws, playbook.id));
    if (!result.ok) return;
    onSelect(null);
    showToast(
      {
        tone: 'info',
        message: `Deleted playbook “${playbook.name}”; checklists made from it stay as they are`,
        action: { label: 'Undo', run: undo },
      },
      8000,
    );
  };
  return (
    <div className="playbooks__editor" role="group" aria-label={`Playbook ${playbook.name}`}>
      <div className="playbooks__head">
        <div className="field playbooks__title">
          <span className="field__label" aria-hidden="true">
            Name
          </span>
          <InlineInput label="Playbook name" value={playbook.name} onCommit={(name) => update({ name })} />
        </div>
        <SelectField
          label="Kind"
          value={playbook.kind}
          options={optionsFrom(KINDS, KIND_LABELS)}
          onChange={(kind) => void update({ kind: kind as Kind })}
        />
        <SelectField
          label="Tier"
          value={String(playbook.tier)}
          options={tiers.map((t) => ({ value: String(t.tier), label: t.name, title: t.description }))}
          onChange={(tier) => void update({ tier: Number(tier) as Tier })}
        />
        <div className="playbooks__actions">
          <button type="button" className="button button--small" onClick={() => void duplicate()}>
            Duplicate
          </button>
          <button type="button" className="button button--small button--danger" onClick={() => void remove()}>
            Delete
          </button>
        </div>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <PlaybookEntries playbook={playbook} />
    </div>
  );
}
