/**
 * The JSON Schema of the workspace file (docs/workspace.schema.json), generated from the same
 * zod schemas the import validates with, by zod's own z.toJSONSchema, so the published schema
 * cannot drift from what the app accepts. tests/unit/shared/json-schema.test.ts fails when
 * the committed file differs from this; `npm run schema` writes it again.
 *
 * What JSON Schema cannot say is left to the import and described in words instead: the
 * refinements (a real calendar day, start ≤ launch ≤ end, unique stage ids, a valid rank) and
 * the rules between records (shared/domain/integrity.ts: references, loops, known regions).
 * Schemas are generated for input (`io: 'input'`): a field with a default may be left out.
 */
import { z } from 'zod';
import { builtSchema } from '../domain/lazy-schema';
import { daySchema, rankSchema, timestampSchema } from '../domain/primitives';
import { TABLES, TABLE_LABELS, TABLE_SCHEMAS, type TableName } from '../domain/workspace';
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION } from './workspace-json';

export const WORKSPACE_SCHEMA_ID = 'https://launch-control.app/schemas/workspace.schema.json';

/** Words for the schemas whose rule is a refinement JSON Schema cannot express. */
function describeRefinements(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const json = ctx.jsonSchema;
  const is = (schema: object) => ctx.zodSchema === schema || ctx.zodSchema === builtSchema(schema);
  if (is(daySchema)) {
    json.format = 'date';
    json.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
    json.description = 'A calendar day, yyyy-mm-dd, between 1970 and 2200.';
  } else if (is(rankSchema))
    json.description = 'Order within its list: a fractional-indexing key such as "a0".';
  else if (is(timestampSchema)) json.description = 'An ISO 8601 timestamp in UTC.';
}

const TABLE_NOTES: Partial<Record<TableName, string>> = {
  settings: 'Exactly one record, with the id "workspace".',
  items:
    'start ≤ launch ≤ end when set; the parent, dependencies, owner, approvers, stage and regions must exist.',
  readiness: 'Its launch item, readiness function and owner must exist; "done" needs evidence.',
};

function tableDescription(table: TableName): string {
  const note = TABLE_NOTES[table];
  return `Every ${TABLE_LABELS[table][0]}, sorted by id.${note ? ` ${note}` : ''}`;
}

/** The whole file as a zod schema: header fields and one array per table. */
function workspaceFileSchema() {
  const tables = Object.fromEntries(
    TABLES.map((table) => {
      const list = z.array(TABLE_SCHEMAS[table] as z.ZodType).describe(tableDescription(table));
      // A file may leave a table out (an empty one); the settings record is required.
      return [table, table === 'settings' ? list.min(1) : list.optional()];
    }),
  );
  return z.object({
    format: z.literal(WORKSPACE_FORMAT),
    version: z
      .number()
      .int()
      .min(1)
      .max(WORKSPACE_FORMAT_VERSION)
      .describe('The format version; an app reads files up to its own.'),
    exportedAt: timestampSchema.optional(),
    tables: z.object(tables),
  });
}

/** The JSON Schema (draft 2020-12) of a workspace file, as committed in docs/workspace.schema.json. */
export function workspaceJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(workspaceFileSchema(), {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: describeRefinements,
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: WORKSPACE_SCHEMA_ID,
    title: 'Launch Control workspace',
    description:
      'A whole workspace exported by Launch Control. Importing checks more than this schema: real calendar days, dates in order, unique names, and that every reference (stage, person, region, readiness function, launch item) exists without loops.',
    ...rest,
  };
}

/** The schema as the committed file's text (formatted by the caller, e.g. Prettier). */
export function workspaceJsonSchemaText(): string {
  return `${JSON.stringify(workspaceJsonSchema(), null, 2)}\n`;
}
