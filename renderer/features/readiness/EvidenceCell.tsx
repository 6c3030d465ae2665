/**
 * A line's evidence: a link opens in the system browser (through the platform seam: the app
 * itself never navigates away), a note is shown as written; either can be edited in place.
 * Clearing the evidence of a done line is refused by the schema, and the message says so.
 */
import { useState } from 'react';
import { updateReadinessItem } from '../../../shared/domain/readiness/commands';
import type { ReadinessItem } from '../../../shared/domain/readiness/schema';
import { isSafeExternalUrl } from '../../../shared/ipc/contract';
import { platform } from '../../platform';
import { InlineInput } from '../../ui/InlineInput';
import { write } from './write';

/** "wiki.example.com/launch/faq" for a link's text. */
function linkText(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === '/' ? '' : parsed.pathname;
    return `${parsed.host}${path}`;
  } catch {
    return url;
  }
}

export function EvidenceCell({ line }: { line: ReadinessItem }) {
  const [editing, setEditing] = useState(false);
  const evidence = line.evidence.trim();
  if (editing)
    return (
      <InlineInput
        label={`Evidence of “${line.title}”`}
        value={line.evidence}
        autoFocus
        className="rl-evidence__input"
        onCommit={async (value) =>
          (await write((ws, ctx) => updateReadinessItem(ws, line.id, { evidence: value.trim() }, ctx))) !==
          null
        }
        onDone={() => setEditing(false)}
      />
    );
  if (!evidence)
    return (
      <button
        type="button"
        className="button button--small rl-evidence__add"
        aria-label={`Add evidence to “${line.title}”`}
        onClick={() => setEditing(true)}
      >
        Add evidence
      </button>
    );
  const link = isSafeExternalUrl(evidence);
  return (
    <span className="rl-evidence">
      {link ? (
        <a
          href={evidence}
          className="rl-evidence__link"
          title={`${evidence} (opens in your browser)`}
          onClick={(event) => {
            event.preventDefault();
            void platform.openExternal(evidence);
          }}
        >
          {linkText(evidence)}
        </a>
      ) : (
        <span className="rl-evidence__note" title={evidence}>
          {evidence}
        </span>
      )}
      <button
        type="button"
        className="icon-button rl-evidence__edit"
        aria-label={`Edit evidence of “${line.title}”`}
        title="Edit evidence"
        onClick={() => setEditing(true)}
      >
        ✎
      </button>
    </span>
  );
}
