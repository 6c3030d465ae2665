/**
 * mergeWorkspace over random edits on both sides of the sample: every record ends as the
 * version the rule picks (the later edit; the file's on a tie or without an edit time), what
 * is only on one side survives, the result breaks no integrity rule, and undo restores the
 * workspace exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import { integrityProblems } from '../../../shared/domain/integrity';
import { mergeWorkspace } from '../../../shared/formats/workspace-merge';
import { sample } from '../../fixtures/workspace';

const BASE = sample();
const ITEM_IDS = Object.keys(BASE.items).sort();
const PERSON_IDS = Object.keys(BASE.people).sort();
const EDITS = ['same', 'file-later', 'here-later', 'same-moment'] as const;
const EARLY = '2026-11-27T08:00:00.000Z';
const LATE = '2026-11-27T09:00:00.000Z';

const scenario = fc.record({
  items: fc.array(fc.constantFrom(...EDITS), { minLength: ITEM_IDS.length, maxLength: ITEM_IDS.length }),
  people: fc.array(fc.boolean(), { minLength: PERSON_IDS.length, maxLength: PERSON_IDS.length }),
  newInFile: fc.integer({ min: 0, max: 3 }),
  newHere: fc.integer({ min: 0, max: 3 }),
});

describe('mergeWorkspace, random edits on both sides', () => {
  it(
    'takes the version the rule picks for every record, keeps both sides’ own, and undoes exactly',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(scenario, ({ items, people, newInFile, newHere }) => {
          const here = sample();
          const file = sample();
          ITEM_IDS.forEach((id, index) => {
            const edit = items[index]!;
            if (edit === 'same') return;
            const [hereAt, fileAt] =
              edit === 'file-later' ? [EARLY, LATE] : edit === 'here-later' ? [LATE, EARLY] : [LATE, LATE];
            here.items[id] = { ...here.items[id]!, summary: 'Edited here', updatedAt: hereAt };
            file.items[id] = { ...file.items[id]!, summary: 'Edited in the file', updatedAt: fileAt };
          });
          PERSON_IDS.forEach((id, index) => {
            if (people[index]) file.people[id] = { ...file.people[id]!, role: 'Role from the file' };
          });
          const template = BASE.items[ITEM_IDS[0]!]!;
          for (let n = 0; n < newInFile; n++)
            file.items[`file-${n}`] = {
              ...template,
              id: `file-${n}`,
              title: `From the file ${n}`,
              parentId: null,
              dependsOn: [],
            };
          for (let n = 0; n < newHere; n++)
            here.items[`here-${n}`] = {
              ...template,
              id: `here-${n}`,
              title: `Only here ${n}`,
              parentId: null,
              dependsOn: [],
            };

          const snapshot = structuredClone(here);
          const result = mergeWorkspace(here, file);
          if (!result.ok) throw new Error(result.problems.join('\n'));
          const merged = applyChange(here, result.change);

          ITEM_IDS.forEach((id, index) => {
            const fromFile = items[index] === 'file-later' || items[index] === 'same-moment';
            expect(merged.items[id]).toEqual(fromFile ? file.items[id] : here.items[id]);
          });
          PERSON_IDS.forEach((id) => expect(merged.people[id]).toEqual(file.people[id]));
          for (let n = 0; n < newInFile; n++)
            expect(merged.items[`file-${n}`]).toEqual(file.items[`file-${n}`]);
          for (let n = 0; n < newHere; n++)
            expect(merged.items[`here-${n}`]).toEqual(here.items[`here-${n}`]);
          const conflicts = items.filter((edit) => edit !== 'same').length + people.filter(Boolean).length;
          expect(result.conflicts).toHaveLength(conflicts);
          expect(integrityProblems(merged)).toEqual([]);
          expect(applyChange(merged, invert(result.change))).toEqual(snapshot);
        }),
        { numRuns: 40 },
      );
    },
  );
});
