/**
 * docs/workspace.schema.json is generated from the record schemas (shared/formats/json-schema.ts)
 * and must stay as generated; exports of the sample and of a generated workspace must conform.
 * After changing a record schema: `npm run schema` (UPDATE_SCHEMA=1 on this test) rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../shared/domain/workspace';
import { workspaceJsonSchema, workspaceJsonSchemaText } from '../../../shared/formats/json-schema';
import { exportWorkspaceJson } from '../../../shared/formats/workspace-json';
import { generateWorkspace } from '../../bench/generate';
import { schemaViolations } from '../../fixtures/json-schema-check';
import { NOW, TODAY, sample } from '../../fixtures/workspace';

const FILE = join(__dirname, '../../../docs/workspace.schema.json');

async function formatted(): Promise<string> {
  const options = await prettier.resolveConfig(FILE);
  return prettier.format(workspaceJsonSchemaText(), { ...options, filepath: FILE });
}

describe('the published JSON Schema', () => {
  it('docs/workspace.schema.json is the schema generated from the record schemas', async () => {
    const text = await formatted();
    if (process.env.UPDATE_SCHEMA) writeFileSync(FILE, text);
    const committed = readFileSync(FILE, 'utf8');
    expect(
      committed === text,
      'docs/workspace.schema.json is out of date: run `npm run schema` to regenerate it, and commit it',
    ).toBe(true);
  });

  it('describes the header, every table and the settings as required', () => {
    const schema = workspaceJsonSchema() as {
      required: string[];
      properties: { tables: { properties: Record<string, unknown>; required: string[] } };
    };
    expect(schema.required).toEqual(['format', 'version', 'tables']);
    expect(Object.keys(schema.properties.tables.properties)).toEqual([...TABLES]);
    expect(schema.properties.tables.required).toEqual(['settings']);
  });

  it('the sample workspace export conforms, field by field', () => {
    const file = JSON.parse(exportWorkspaceJson(sample(), NOW));
    expect(schemaViolations(workspaceJsonSchema(), file)).toEqual([]);
  });

  it('a generated workspace export conforms', () => {
    const ws = generateWorkspace({
      items: 200,
      readinessPerItem: 5,
      dependencies: 40,
      seed: 7,
      today: TODAY,
    });
    expect(schemaViolations(workspaceJsonSchema(), JSON.parse(exportWorkspaceJson(ws, NOW)))).toEqual([]);
  });

  it('reports what a broken file gets wrong (the check can fail)', () => {
    const file = JSON.parse(exportWorkspaceJson(sample(), NOW));
    file.tables.items[0].tier = 7;
    delete file.tables.people[0].name;
    file.tables.milestones[0].date = 'soon';
    file.tables.items[1].secret = true;
    expect(schemaViolations(workspaceJsonSchema(), file)).toEqual([
      '$.tables.items[0].tier: matches none of 3 alternatives',
      '$.tables.items[1]: "secret" is not described by the schema',
      '$.tables.milestones[0].date: does not match ^\\d{4}-\\d{2}-\\d{2}$',
      '$.tables.people[0]: missing "name"',
    ]);
  });
});
