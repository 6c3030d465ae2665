/**
 * The editor's draft of an existing item: the form, and for each field the value it was based
 * on. Saving writes only the fields the person changed from their base, merged onto the item as
 * it is then (shared/domain/merge.ts). A field the person has not touched follows changes made
 * elsewhere, so the form shows what is stored; a touched field keeps its base until the person
 * settles a conflict on it.
 *
 * Every comparison is between launch item fields as the form would write them, so a stored
 * value the form spells differently (a link without a label, say) does not count as a change.
 */
import { deepEqual } from '../../../shared/domain/equal';
import type { LaunchItemFields } from '../../../shared/domain/items/schema';
import { threeWayMerge, type MergeResult } from '../../../shared/domain/merge';
import { fieldsFromForm, formFromFields, type ItemForm } from './item-form';

export interface Draft {
  form: ItemForm;
  base: LaunchItemFields;
}

type Field = keyof LaunchItemFields;

/** The form inputs that edit each field. */
const INPUTS: Record<Field, readonly (keyof ItemForm)[]> = {
  kind: ['kind'],
  title: ['title'],
  summary: ['summary'],
  productArea: ['productArea'],
  tier: ['tier'],
  stageId: ['stageId'],
  ownerId: ['ownerId'],
  approverIds: ['approverIds'],
  startDate: ['startDate'],
  launchDate: ['launchDate'],
  endDate: ['endDate'],
  regions: ['regions'],
  parentId: ['parentId'],
  dependsOn: ['dependsOn'],
  healthOverride: ['health', 'healthReason'],
  tags: ['tags'],
  links: ['links'],
  archived: ['archived'],
  wave: ['wave'],
};
const FIELDS = Object.keys(INPUTS) as Field[];

/** A record's fields as the form writes them back. */
const asWritten = (record: LaunchItemFields) => fieldsFromForm(formFromFields(record));

export function startDraft(record: LaunchItemFields): Draft {
  const form = formFromFields(record);
  return { form, base: fieldsFromForm(form) };
}

/** What saving would write onto `current`, and the fields to settle first. */
export function mergeDraft(draft: Draft, current: LaunchItemFields): MergeResult<LaunchItemFields> {
  return threeWayMerge(draft.base, fieldsFromForm(draft.form), asWritten(current));
}

/**
 * Bases `fields` on their current value; with `showInForm` the form takes that value too.
 * Returns the same draft when nothing changes, so a store update that touched nothing here
 * costs no render.
 */
function rebase(draft: Draft, current: LaunchItemFields, fields: Field[], showInForm: boolean): Draft {
  const now = asWritten(current);
  const currentForm = formFromFields(current);
  let next = draft;
  for (const field of fields) {
    const inputs = INPUTS[field];
    const formChanges =
      showInForm && inputs.some((input) => !deepEqual(next.form[input], currentForm[input]));
    if (deepEqual(next.base[field], now[field]) && !formChanges) continue;
    next = {
      base: { ...next.base, [field]: now[field] },
      form: formChanges
        ? { ...next.form, ...Object.fromEntries(inputs.map((input) => [input, currentForm[input]])) }
        : next.form,
    };
  }
  return next;
}

/** Fields the person has not changed take the value saved elsewhere since. */
export function followElsewhere(draft: Draft, current: LaunchItemFields): Draft {
  const mine = fieldsFromForm(draft.form);
  const now = asWritten(current);
  const untouched = FIELDS.filter(
    (field) => deepEqual(mine[field], draft.base[field]) && !deepEqual(now[field], draft.base[field]),
  );
  return untouched.length ? rebase(draft, current, untouched, true) : draft;
}

/** Settles conflicts on `fields` with the value saved elsewhere: the form shows it. */
export function takeTheirs(draft: Draft, current: LaunchItemFields, fields: Field[]): Draft {
  return rebase(draft, current, fields, true);
}

/** Settles conflicts on `fields` with the person's value: it is written over theirs. */
export function keepMine(draft: Draft, current: LaunchItemFields, fields: Field[]): Draft {
  return rebase(draft, current, fields, false);
}

/** Whether the form holds anything saving would write: a form with none closes without asking. */
export function draftHasChanges(draft: Draft): boolean {
  return !deepEqual(fieldsFromForm(draft.form), draft.base);
}
