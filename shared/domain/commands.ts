/**
 * Every domain command by name, with the shape of its arguments: the table the app, the
 * command line and (later) team sync refer to, so "items.move" means the same everywhere and
 * a command sent as data ({ name, args }) is checked before it runs. Each entry adapts one pure
 * command (workspace, args, context → Change); the command itself still validates the record
 * it writes, so `fields` objects are passed through and judged there.
 */
import { z } from 'zod';
import { briefRequestSchema } from './briefs/schema';
import { acknowledgeCollision, editAcknowledgementNote, reopenCollision } from './acknowledgements/commands';
import { recordBrief } from '../formats/brief';
import {
  addExitCriterion,
  addParticipant,
  moveExitCriterion,
  removeExitCriterion,
  removeParticipant,
  updateExitCriterion,
  updateParticipant,
  type ExitCriterionFields,
  type ParticipantFields,
} from './betas/commands';
import { createBlackout, deleteBlackout, updateBlackout, type BlackoutFields } from './blackouts/commands';
import type { Change } from './change';
import { todayOf, type CommandContext } from './context';
import { deleteDecision, recordDecision, type DecisionFields } from './decisions/commands';
import { parseOrThrow } from './errors';
import {
  captureFeedback,
  deleteFeedback,
  importFeedback,
  linkFeedback,
  mergeFeedback,
  setFeedbackStatus,
  updateFeedback,
  type FeedbackFields,
} from './feedback/commands';
import { FEEDBACK_STATUSES } from './feedback/schema';
import { GROUPINGS } from '../views/lanes';
import { moveItem } from './items/board';
import { createItem, deleteItem, setArchived, updateItem } from './items/commands';
import { launchItemFieldsSchema, type LaunchItemFields } from './items/schema';
import { shiftItemWithDependants } from './items/shift';
import {
  createMilestone,
  deleteMilestone,
  updateMilestone,
  type MilestoneFields,
} from './milestones/commands';
import { createPerson, removePerson, updatePerson, type PersonFields } from './people/commands';
import {
  applyPlaybook,
  createItemWithPlaybook,
  createPlaybook,
  deletePlaybook,
  duplicatePlaybook,
  updatePlaybook,
  type PlaybookFields,
} from './playbooks/commands';
import { idSchema, optionalDaySchema } from './primitives';
import {
  addReadinessItem,
  deleteReadinessItems,
  moveReadinessItem,
  setReadinessOwner,
  setReadinessStatus,
  updateReadinessItem,
  type ReadinessFields,
} from './readiness/commands';
import { readinessStatusSchema } from './readiness/schema';
import { createWavesFromTemplate, moveWave } from './rollouts/commands';
import {
  addFunction,
  addRegion,
  addStage,
  removeFunction,
  removeRegion,
  removeStage,
  setRegionCapacity,
  renameFunction,
  renameRegion,
  renameStage,
  reorderStage,
  updateSettings,
} from './settings/commands';
import type { Workspace } from './workspace';

/**
 * The fields a command may be given, by name only: a field it does not take (an item's rank
 * or createdAt, the settings' stage list) is refused here; the values are judged by the
 * command itself, with its own messages.
 */
const fieldsNamed = (names: readonly string[]) =>
  z
    .object(Object.fromEntries(names.map((n) => [n, z.unknown()])))
    .partial()
    .strict();

const itemFields = fieldsNamed(Object.keys(launchItemFieldsSchema.shape));
const decisionFields = fieldsNamed([
  'outcome',
  'decidedBy',
  'decidedOn',
  'conditions',
  'riskAcceptedBy',
  'reevaluateOn',
  'notes',
]);
const blackoutFields = fieldsNamed(['title', 'start', 'end', 'regions', 'reason']);
const readinessFields = fieldsNamed([
  'functionId',
  'title',
  'ownerId',
  'due',
  'status',
  'evidence',
  'requiredSignOff',
]);
const readinessIds = z.array(idSchema).min(1).max(100_000);
// Stages, regions and functions change only through their own commands (which move items out
// of a removed stage, refuse removing a region in use, …).
const settingsFields = fieldsNamed([
  'name',
  'tier1CapacityPerRegionWeek',
  'weekStartsOn',
  'fiscalYearStartMonth',
  'launchedStageId',
  'decisionRequiredTiers',
  'tier1CapacityByRegion',
  'feedbackWeights',
  'betaExitCriteriaGate',
]);
const participantFields = fieldsNamed(['account', 'contact', 'segment', 'region', 'status', 'joinedOn']);
const exitCriterionFields = fieldsNamed(['title', 'status', 'evidence']);
const milestoneFields = fieldsNamed(['itemId', 'title', 'date']);
const feedbackFields = fieldsNamed([
  'title',
  'detail',
  'source',
  'account',
  'region',
  'severity',
  'accountCount',
  'revenueAtStake',
  'status',
  'itemId',
  'tags',
]);
const feedbackIds = z.array(idSchema).min(1).max(100_000);
const personFields = fieldsNamed(['name', 'team', 'role', 'region', 'email', 'areas']);
const playbookFields = fieldsNamed(['name', 'kind', 'tier', 'entries']);
const id = z.object({ id: idSchema });
const name = z.string().max(200);
/** Any case: the command upper-cases region codes. */
const regionCode = z.string().max(20);

interface Entry<A extends z.ZodType> {
  args: A;
  run: (ws: Workspace, args: z.infer<A>, ctx: CommandContext) => Change;
}
const entry = <A extends z.ZodType>(args: A, run: Entry<A>['run']): Entry<A> => ({ args, run });

export const DOMAIN_COMMANDS = {
  'items.create': entry(
    z.object({ fields: itemFields }),
    (ws, a, ctx) => createItem(ws, a.fields as Partial<LaunchItemFields>, ctx).change,
  ),
  'items.update': entry(z.object({ id: idSchema, fields: itemFields }), (ws, a, ctx) =>
    updateItem(ws, a.id, a.fields as Partial<LaunchItemFields>, ctx),
  ),
  'items.move': entry(
    z.object({
      id: idSchema,
      stageId: idSchema,
      afterId: idSchema.nullable(),
      beforeId: idSchema.nullable(),
      lane: z.object({ grouping: z.enum(GROUPINGS), from: z.string(), to: z.string() }).optional(),
    }),
    (ws, { id: itemId, ...target }, ctx) => moveItem(ws, itemId, target, ctx),
  ),
  'items.archive': entry(z.object({ id: idSchema, archived: z.boolean() }), (ws, a, ctx) =>
    setArchived(ws, a.id, a.archived, ctx),
  ),
  'items.delete': entry(id, (ws, a, ctx) => deleteItem(ws, a.id, ctx)),
  // New dates for an item; with withDependants, its milestones, waves and betas move as far.
  'items.shiftWithDependants': entry(
    z.object({
      id: idSchema,
      // All three, each a day or null: the item's dates as they will be, not a patch of some.
      dates: z.object({
        startDate: optionalDaySchema,
        launchDate: optionalDaySchema,
        endDate: optionalDaySchema,
      }),
      withDependants: z.boolean(),
    }),
    (ws, a, ctx) =>
      shiftItemWithDependants(ws, a.id, a.dates, ctx, {
        withDependants: a.withDependants,
      }),
  ),
  'decisions.record': entry(
    z.object({ itemId: idSchema, fields: decisionFields }),
    (ws, a, ctx) => recordDecision(ws, a.itemId, a.fields as DecisionFields, ctx).change,
  ),
  'decisions.delete': entry(id, (ws, a) => deleteDecision(ws, a.id)),
  'readiness.add': entry(
    z.object({ itemId: idSchema, fields: readinessFields }),
    (ws, a, ctx) =>
      addReadinessItem(ws, a.itemId, a.fields as Parameters<typeof addReadinessItem>[2], ctx).change,
  ),
  'readiness.update': entry(z.object({ id: idSchema, fields: readinessFields }), (ws, a, ctx) =>
    updateReadinessItem(ws, a.id, a.fields as Partial<ReadinessFields>, ctx),
  ),
  'readiness.setStatus': entry(
    z.object({ ids: readinessIds, status: readinessStatusSchema, evidence: z.string().max(2000).optional() }),
    (ws, a, ctx) => setReadinessStatus(ws, a.ids, a.status, ctx, a.evidence),
  ),
  'readiness.setOwner': entry(z.object({ ids: readinessIds, ownerId: idSchema.nullable() }), (ws, a, ctx) =>
    setReadinessOwner(ws, a.ids, a.ownerId, ctx),
  ),
  'readiness.delete': entry(z.object({ ids: readinessIds }), (ws, a) => deleteReadinessItems(ws, a.ids)),
  'readiness.move': entry(
    z.object({
      id: idSchema,
      functionId: idSchema,
      afterId: idSchema.nullable(),
      beforeId: idSchema.nullable(),
    }),
    (ws, { id: lineId, ...target }, ctx) => moveReadinessItem(ws, lineId, target, ctx),
  ),
  'blackouts.create': entry(
    z.object({ fields: blackoutFields }),
    (ws, a, ctx) => createBlackout(ws, a.fields as BlackoutFields, ctx).change,
  ),
  'blackouts.update': entry(z.object({ id: idSchema, fields: blackoutFields }), (ws, a) =>
    updateBlackout(ws, a.id, a.fields as Partial<BlackoutFields>),
  ),
  'blackouts.delete': entry(id, (ws, a) => deleteBlackout(ws, a.id)),
  'milestones.create': entry(
    z.object({ fields: milestoneFields }),
    (ws, a, ctx) => createMilestone(ws, a.fields as MilestoneFields, ctx).change,
  ),
  'milestones.update': entry(z.object({ id: idSchema, fields: milestoneFields }), (ws, a) =>
    updateMilestone(ws, a.id, a.fields as Partial<MilestoneFields>),
  ),
  'milestones.delete': entry(id, (ws, a) => deleteMilestone(ws, a.id)),
  'feedback.capture': entry(
    z.object({ fields: feedbackFields }),
    (ws, a, ctx) => captureFeedback(ws, a.fields as Partial<FeedbackFields>, ctx).change,
  ),
  'feedback.update': entry(z.object({ id: idSchema, fields: feedbackFields }), (ws, a, ctx) =>
    updateFeedback(ws, a.id, a.fields as Partial<FeedbackFields>, ctx),
  ),
  'feedback.setStatus': entry(
    z.object({ ids: feedbackIds, status: z.enum(FEEDBACK_STATUSES) }),
    (ws, a, ctx) => setFeedbackStatus(ws, a.ids, a.status, ctx),
  ),
  'feedback.link': entry(z.object({ ids: feedbackIds, itemId: idSchema.nullable() }), (ws, a, ctx) =>
    linkFeedback(ws, a.ids, a.itemId, ctx),
  ),
  'feedback.delete': entry(z.object({ ids: feedbackIds }), (ws, a) => deleteFeedback(ws, a.ids)),
  'feedback.merge': entry(z.object({ keepId: idSchema, duplicateIds: feedbackIds }), (ws, a, ctx) =>
    mergeFeedback(ws, a.keepId, a.duplicateIds, ctx),
  ),
  'feedback.import': entry(z.object({ rows: z.array(feedbackFields).min(1).max(100_000) }), (ws, a, ctx) =>
    importFeedback(ws, a.rows as Partial<FeedbackFields>[], ctx),
  ),
  'settings.update': entry(z.object({ fields: settingsFields }), (ws, a) =>
    updateSettings(ws, a.fields as Parameters<typeof updateSettings>[1]),
  ),
  'settings.addStage': entry(z.object({ name }), (ws, a, ctx) => addStage(ws, a.name, ctx)),
  'settings.renameStage': entry(z.object({ id: idSchema, name }), (ws, a) => renameStage(ws, a.id, a.name)),
  'settings.reorderStage': entry(z.object({ id: idSchema, toIndex: z.number().int().min(0) }), (ws, a) =>
    reorderStage(ws, a.id, a.toIndex),
  ),
  'settings.removeStage': entry(z.object({ id: idSchema, moveTo: idSchema.nullable() }), (ws, a, ctx) =>
    removeStage(ws, a.id, a.moveTo, ctx),
  ),
  'settings.addRegion': entry(z.object({ code: regionCode, name }), (ws, a) => addRegion(ws, a)),
  'settings.renameRegion': entry(z.object({ code: regionCode, name }), (ws, a) =>
    renameRegion(ws, a.code, a.name),
  ),
  'settings.removeRegion': entry(z.object({ code: regionCode }), (ws, a) => removeRegion(ws, a.code)),
  'settings.setRegionCapacity': entry(
    z.object({ code: regionCode, capacity: z.number().nullable() }),
    (ws, a) => setRegionCapacity(ws, a.code, a.capacity),
  ),
  'settings.addFunction': entry(z.object({ name }), (ws, a, ctx) => addFunction(ws, a.name, ctx)),
  'settings.renameFunction': entry(z.object({ id: idSchema, name }), (ws, a) =>
    renameFunction(ws, a.id, a.name),
  ),
  'settings.removeFunction': entry(id, (ws, a) => removeFunction(ws, a.id)),
  'people.create': entry(
    z.object({ fields: personFields }),
    (ws, a, ctx) => createPerson(ws, a.fields as Partial<PersonFields>, ctx).change,
  ),
  'people.update': entry(z.object({ id: idSchema, fields: personFields }), (ws, a) =>
    updatePerson(ws, a.id, a.fields as Partial<PersonFields>),
  ),
  'people.remove': entry(z.object({ id: idSchema, handToId: idSchema.nullable() }), (ws, a, ctx) =>
    removePerson(ws, a.id, a.handToId, ctx),
  ),
  'playbooks.apply': entry(z.object({ itemId: idSchema, playbookId: idSchema }), (ws, a, ctx) =>
    applyPlaybook(ws, a.itemId, a.playbookId, ctx),
  ),
  'playbooks.createItem': entry(
    z.object({ fields: itemFields, playbookId: idSchema.nullable() }),
    (ws, a, ctx) =>
      createItemWithPlaybook(ws, a.fields as Partial<LaunchItemFields>, a.playbookId, ctx).change,
  ),
  'playbooks.create': entry(
    z.object({ fields: playbookFields.extend({ name: z.unknown() }) }),
    (ws, a, ctx) =>
      createPlaybook(ws, a.fields as Partial<PlaybookFields> & Pick<PlaybookFields, 'name'>, ctx).change,
  ),
  'playbooks.update': entry(z.object({ id: idSchema, fields: playbookFields }), (ws, a) =>
    updatePlaybook(ws, a.id, a.fields as Partial<PlaybookFields>),
  ),
  'playbooks.duplicate': entry(id, (ws, a, ctx) => duplicatePlaybook(ws, a.id, ctx).change),
  'playbooks.delete': entry(id, (ws, a) => deletePlaybook(ws, a.id)),
  'acknowledgements.acknowledge': entry(
    z.object({ key: z.string().min(1).max(2000), note: z.string().max(2000), by: idSchema.nullable() }),
    (ws, a, ctx) => acknowledgeCollision(ws, a, ctx),
  ),
  'acknowledgements.editNote': entry(
    z.object({ key: z.string().min(1).max(2000), note: z.string().max(2000) }),
    (ws, a) => editAcknowledgementNote(ws, a.key, a.note),
  ),
  'acknowledgements.reopen': entry(z.object({ key: z.string().min(1).max(2000) }), (ws, a) =>
    reopenCollision(ws, a.key),
  ),
  'rollouts.fromTemplate': entry(
    z.object({ launchId: idSchema, templateId: z.string().max(100) }),
    (ws, a, ctx) => createWavesFromTemplate(ws, a.launchId, a.templateId, ctx),
  ),
  'rollouts.reorder': entry(z.object({ id: idSchema, direction: z.enum(['up', 'down']) }), (ws, a, ctx) =>
    moveWave(ws, a.id, a.direction, ctx),
  ),
  'participants.add': entry(
    z.object({ itemId: idSchema, fields: participantFields.extend({ account: z.unknown() }) }),
    (ws, a, ctx) =>
      addParticipant(ws, a.itemId, a.fields as Parameters<typeof addParticipant>[2], ctx).change,
  ),
  'participants.update': entry(z.object({ id: idSchema, fields: participantFields }), (ws, a, ctx) =>
    updateParticipant(ws, a.id, a.fields as Partial<ParticipantFields>, ctx),
  ),
  'participants.remove': entry(id, (ws, a) => removeParticipant(ws, a.id)),
  'exitCriteria.add': entry(
    z.object({ itemId: idSchema, fields: exitCriterionFields.extend({ title: z.unknown() }) }),
    (ws, a, ctx) =>
      addExitCriterion(ws, a.itemId, a.fields as Parameters<typeof addExitCriterion>[2], ctx).change,
  ),
  'exitCriteria.update': entry(z.object({ id: idSchema, fields: exitCriterionFields }), (ws, a, ctx) =>
    updateExitCriterion(ws, a.id, a.fields as Partial<ExitCriterionFields>, ctx),
  ),
  'exitCriteria.remove': entry(id, (ws, a) => removeExitCriterion(ws, a.id)),
  'exitCriteria.reorder': entry(z.object({ id: idSchema, direction: z.enum(['up', 'down']) }), (ws, a, ctx) =>
    moveExitCriterion(ws, a.id, a.direction, ctx),
  ),
  // The clock of a recorded brief is the command's: "data as of" is when it was recorded.
  'briefs.record': entry(z.object({ request: briefRequestSchema }), (ws, a, ctx) =>
    recordBrief(ws, a.request, { today: todayOf(ctx), now: ctx.now }, ctx),
  ),
} satisfies Record<string, Entry<z.ZodType>>;

export type DomainCommandName = keyof typeof DOMAIN_COMMANDS;

export function isDomainCommand(name: string): name is DomainCommandName {
  return Object.hasOwn(DOMAIN_COMMANDS, name);
}

/**
 * Runs a command given as data: checks the name and the arguments, then returns its Change
 * (throws ValidationError for bad arguments, CommandError for a refusal, as every command does).
 */
export function runDomainCommand(ws: Workspace, name: string, args: unknown, ctx: CommandContext): Change {
  if (!isDomainCommand(name)) throw new Error(`Unknown command “${name}”`);
  const command: Entry<z.ZodType> = DOMAIN_COMMANDS[name];
  return command.run(ws, parseOrThrow(command.args, args), ctx);
}
