/**
 * A participant's form as typed (the region as the select's text, '' for none) and the
 * command fields it becomes. An edit sends only the fields the person changed, so a status
 * someone else set meanwhile (in another window) is not overwritten by the one the form opened
 * with.
 */
import type { ParticipantFields } from '../../../shared/domain/betas/commands';
import type { Participant } from '../../../shared/domain/betas/schema';

export type ParticipantDraft = Pick<ParticipantFields, 'account' | 'contact' | 'segment' | 'status'> & {
  region: string;
};

export const EMPTY_PARTICIPANT: ParticipantDraft = {
  account: '',
  contact: '',
  segment: '',
  region: '',
  status: 'invited',
};

/** Every field of a new participant's form. */
export const fieldsOf = (
  draft: ParticipantDraft,
): Partial<ParticipantFields> & Pick<ParticipantFields, 'account'> => ({
  ...draft,
  region: draft.region || null,
});

/** The edit form as it opens on `participant`. */
export const draftOf = (participant: Participant): ParticipantDraft => ({
  account: participant.account,
  contact: participant.contact,
  segment: participant.segment,
  region: participant.region ?? '',
  status: participant.status,
});

/** Only the fields that differ from the form as it opened (`initial`). */
export function changedFieldsOf(
  initial: ParticipantDraft,
  draft: ParticipantDraft,
): Partial<ParticipantFields> {
  const fields = fieldsOf(draft);
  const before = fieldsOf(initial);
  const patch: Partial<ParticipantFields> = {};
  for (const key of Object.keys(fields) as (keyof ParticipantDraft)[]) {
    if (fields[key] !== before[key]) Object.assign(patch, { [key]: fields[key] });
  }
  return patch;
}
