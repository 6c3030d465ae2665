/**
 * Changing the status of readiness lines, as the checklist and My work both do it: Done on a
 * line without evidence opens the evidence dialog (it asks instead of refusing); everything
 * else is written at once. The hook hands back the dialog to render where the caller is.
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { Change } from '../../../shared/domain/change';
import { setReadinessStatus } from '../../../shared/domain/readiness/commands';
import type { ReadinessStatus } from '../../../shared/domain/readiness/schema';
import { recordOf } from '../../../shared/domain/workspace';
import { useDocument } from '../../state/document';
import { EvidenceDialog } from './EvidenceDialog';
import { write } from './write';

export interface StatusChange {
  /** Sets the status of the lines (asking for evidence first where Done needs it). */
  changeStatus: (ids: readonly string[], status: ReadinessStatus) => void;
  /** The evidence dialog while it is asking; render it anywhere. */
  dialog: ReactNode;
}

/** `onSaved` hears every saved status change (to say so, or to clear a selection). */
export function useStatusChange(onSaved?: (change: Change) => void): StatusChange {
  const [asking, setAsking] = useState<readonly string[] | null>(null);
  const changeStatus = useCallback(
    (ids: readonly string[], status: ReadinessStatus) => {
      const { readiness } = useDocument.getState().workspace;
      const needsEvidence =
        status === 'done' && ids.some((id) => recordOf(readiness, id)?.evidence.trim() === '');
      if (needsEvidence) {
        setAsking(ids);
        return;
      }
      void write((ws, ctx) => setReadinessStatus(ws, ids, status, ctx)).then(
        (change) => change && change.ops.length > 0 && onSaved?.(change),
      );
    },
    [onSaved],
  );
  const dialog = asking && <EvidenceDialog ids={asking} onClose={() => setAsking(null)} onSaved={onSaved} />;
  return { changeStatus, dialog };
}
