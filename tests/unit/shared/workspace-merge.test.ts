import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../shared/domain/change';
import { integrityProblems } from '../../../shared/domain/integrity';
import { settingsOf, type Workspace } from '../../../shared/domain/workspace';
import { mergeWorkspace, type MergeResult } from '../../../shared/formats/workspace-merge';
import { sample } from '../../fixtures/workspace';

const LATER = '2026-11-27T09:30:00.000Z';
const EARLIER = '2026-11-25T08:00:00.000Z';

function merged(result: MergeResult) {
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

/** The sample as two copies: the workspace here and the file, edited apart by each test. */
function twoCopies(): { here: Workspace; file: Workspace } {
  return { here: sample(), file: sample() };
}

describe('mergeWorkspace', () => {
  it('adds what is only in the file, keeps what is only here, and touches nothing else', () => {
    const { here, file } = twoCopies();
    file.items['new-item'] = { ...file.items['sample-dark-mode']!, id: 'new-item', title: 'Offline mode' };
    delete file.items['sample-team-workspaces'];
    here.people['only-here'] = { ...here.people['sample-maya']!, id: 'only-here', name: 'Rui Costa' };
    const result = merged(mergeWorkspace(here, file));
    const after = applyChange(here, result.change);
    expect(after.items['new-item']!.title).toBe('Offline mode');
    expect(after.items['sample-team-workspaces']).toEqual(here.items['sample-team-workspaces']);
    expect(after.people['only-here']!.name).toBe('Rui Costa');
    expect(result.conflicts).toEqual([]);
    expect(result.change.ops.map((op) => `${op.table}/${op.id}`)).toEqual(['items/new-item']);
    const items = Object.keys(here.items).length;
    expect(result.tables.find((t) => t.table === 'items')).toEqual({
      table: 'items',
      added: 1,
      changed: 0,
      kept: items,
    });
    expect(result.tables.find((t) => t.table === 'people')).toMatchObject({ added: 0, changed: 0 });
  });

  it('the later edit wins, whichever side made it, and each conflict says why', () => {
    const { here, file } = twoCopies();
    file.items['sample-dark-mode'] = {
      ...file.items['sample-dark-mode']!,
      title: 'Dark mode (file)',
      updatedAt: LATER,
    };
    here.items['sample-payment-links'] = {
      ...here.items['sample-payment-links']!,
      title: 'Links (here)',
      updatedAt: LATER,
    };
    file.items['sample-payment-links'] = {
      ...file.items['sample-payment-links']!,
      title: 'Links (file)',
      updatedAt: EARLIER,
    };
    const result = merged(mergeWorkspace(here, file));
    const after = applyChange(here, result.change);
    expect(after.items['sample-dark-mode']!.title).toBe('Dark mode (file)');
    expect(after.items['sample-payment-links']!.title).toBe('Links (here)');
    expect(result.conflicts).toEqual([
      {
        table: 'items',
        id: 'sample-dark-mode',
        name: 'Launch item “Dark mode (file)”',
        winner: 'file',
        reason: 'was edited later in the file (2026-11-27 09:30 UTC in the file, 2026-11-26 12:00 UTC here)',
      },
      {
        table: 'items',
        id: 'sample-payment-links',
        name: 'Launch item “Links (here)”',
        winner: 'workspace',
        reason: 'was edited later here (2026-11-25 08:00 UTC in the file, 2026-11-27 09:30 UTC here)',
      },
    ]);
    expect(result.tables.find((t) => t.table === 'items')).toMatchObject({ added: 0, changed: 1 });
  });

  it('readiness lines follow the same rule; the same instant takes the file’s version', () => {
    const { here, file } = twoCopies();
    const line = here.readiness['sample-r1']!;
    here.readiness['sample-r1'] = { ...line, evidence: 'Here', updatedAt: LATER };
    file.readiness['sample-r1'] = { ...line, evidence: 'File', updatedAt: LATER };
    const result = merged(mergeWorkspace(here, file));
    expect(applyChange(here, result.change).readiness['sample-r1']!.evidence).toBe('File');
    expect(result.conflicts).toEqual([
      expect.objectContaining({
        table: 'readiness',
        winner: 'file',
        reason: expect.stringMatching(
          /^was edited at the same moment in both \(.*\); the file’s version is taken$/,
        ),
      }),
    ]);
  });

  it('feedback follows the same rule; one stored before its edit time reads its creation time', () => {
    const { here, file } = twoCopies();
    const [id] = Object.keys(here.feedback);
    const record = here.feedback[id!]!;
    here.feedback[id!] = { ...record, status: 'planned', updatedAt: LATER };
    file.feedback[id!] = { ...record, status: 'done', updatedAt: EARLIER };
    const result = merged(mergeWorkspace(here, file));
    expect(applyChange(here, result.change).feedback[id!]!.status).toBe('planned');
    expect(result.conflicts).toEqual([
      expect.objectContaining({
        table: 'feedback',
        winner: 'workspace',
        reason: expect.stringMatching(/^was edited later here/),
      }),
    ]);
    // Here without an edit time (created before the file's edit): the file's later edit wins.
    const { updatedAt: _unset, ...old } = { ...record, createdAt: EARLIER, status: 'triaged' as const };
    here.feedback[id!] = old;
    file.feedback[id!] = { ...record, status: 'done', updatedAt: LATER };
    const second = merged(mergeWorkspace(here, file));
    expect(applyChange(here, second.change).feedback[id!]!.status).toBe('done');
    expect(second.conflicts).toEqual([
      expect.objectContaining({
        table: 'feedback',
        winner: 'file',
        reason: expect.stringMatching(/^was edited later in the file/),
      }),
    ]);
  });

  it('records without an edit time take the file’s version and are listed', () => {
    const { here, file } = twoCopies();
    file.people['sample-maya'] = { ...file.people['sample-maya']!, role: 'Head of launches' };
    const result = merged(mergeWorkspace(here, file));
    expect(applyChange(here, result.change).people['sample-maya']!.role).toBe('Head of launches');
    expect(result.conflicts).toEqual([
      {
        table: 'people',
        id: 'sample-maya',
        name: 'Person “Maya Chen”',
        winner: 'file',
        reason: 'differs in the file; people carry no edit time, so the file’s version is taken',
      },
    ]);
  });

  it('settings keep the workspace’s own and gain the file’s missing stages, functions and regions', () => {
    const { here, file } = twoCopies();
    const theirs = settingsOf(file);
    theirs.name = 'Their workspace';
    theirs.stages.splice(2, 0, { id: 'dogfood', name: 'Dogfood' });
    theirs.stages[0] = { ...theirs.stages[0]!, name: 'Ideas' };
    theirs.regions.push({ code: 'MENA', name: 'Middle East' });
    file.items['sample-dark-mode'] = {
      ...file.items['sample-dark-mode']!,
      stageId: 'dogfood',
      regions: ['MENA'],
      updatedAt: LATER,
    };
    const result = merged(mergeWorkspace(here, file));
    const after = settingsOf(applyChange(here, result.change));
    const ours = settingsOf(here);
    expect(after.name).toBe(ours.name);
    expect(after.stages.map((s) => s.id)).toEqual([
      ...ours.stages.slice(0, 2).map((s) => s.id),
      'dogfood',
      ...ours.stages.slice(2).map((s) => s.id),
    ]);
    expect(after.stages[0]!.name).toBe(ours.stages[0]!.name);
    expect(after.regions.at(-1)).toEqual({ code: 'MENA', name: 'Middle East' });
    expect(result.conflicts.map((c) => `${c.name} ${c.reason}`)).toEqual([
      `The stage “${ours.stages[0]!.name}” is called “Ideas” in the file; the workspace’s name is kept`,
      'The workspace settings differ in the file (name, tiers, gate or calendar); the workspace keeps its own and gains the file’s missing stages, readiness functions and regions',
      expect.stringMatching(/^Launch item “Dashboard dark mode” was edited later in the file/),
    ]);
  });

  it('refuses, whole, a merge whose result would break integrity, naming every problem', () => {
    const { here, file } = twoCopies();
    // The file's EU wave (newer there) waits for the NA wave; the NA wave here (newer here)
    // waits for the EU wave: neither side has a loop, the merge would.
    file.items['sample-payment-links-eu'] = { ...file.items['sample-payment-links-eu']!, updatedAt: LATER };
    here.items['sample-payment-links-eu'] = {
      ...here.items['sample-payment-links-eu']!,
      dependsOn: [],
      title: 'EU wave',
    };
    here.items['sample-payment-links-na'] = {
      ...here.items['sample-payment-links-na']!,
      dependsOn: ['sample-payment-links-eu'],
      updatedAt: LATER,
    };
    expect(integrityProblems(here)).toEqual([]);
    const result = mergeWorkspace(here, file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/is in a dependency loop: .*“Payment Links v2 — NA wave”/),
    ]);
    expect('change' in result).toBe(false);
  });

  it('takes a stage and a function both sides added under one name as the same, moving the file’s records to them', () => {
    const { here, file } = twoCopies();
    settingsOf(here).stages.push({ id: 'pilot-here', name: 'Pilot' });
    settingsOf(file).stages.push({ id: 'pilot-file', name: 'pilot' });
    settingsOf(here).functions.push({ id: 'privacy-here', name: 'Privacy' });
    settingsOf(file).functions.push({ id: 'privacy-file', name: 'Privacy' });
    file.items['sample-dark-mode'] = {
      ...file.items['sample-dark-mode']!,
      stageId: 'pilot-file',
      updatedAt: LATER,
    };
    const line = Object.values(file.readiness)[0]!;
    file.readiness[line.id] = { ...line, functionId: 'privacy-file', updatedAt: LATER };
    const playbook = Object.values(file.playbooks)[0]!;
    file.playbooks[playbook.id] = {
      ...playbook,
      entries: [...playbook.entries, { ...playbook.entries[0]!, title: 'DPIA', functionId: 'privacy-file' }],
    };
    const result = merged(mergeWorkspace(here, file));
    const after = applyChange(here, result.change);
    expect(settingsOf(after).stages.filter((s) => s.name.toLowerCase() === 'pilot')).toEqual([
      { id: 'pilot-here', name: 'Pilot' },
    ]);
    expect(settingsOf(after).functions.filter((f) => f.name === 'Privacy')).toEqual([
      { id: 'privacy-here', name: 'Privacy' },
    ]);
    expect(after.items['sample-dark-mode']!.stageId).toBe('pilot-here');
    expect(after.readiness[line.id]!.functionId).toBe('privacy-here');
    expect(after.playbooks[playbook.id]!.entries.at(-1)).toMatchObject({
      title: 'DPIA',
      functionId: 'privacy-here',
    });
    expect(integrityProblems(after)).toEqual([]);
    expect(result.conflicts.map((c) => `${c.name} ${c.reason}`)).toEqual(
      expect.arrayContaining([
        'The stage “Pilot” in the file is the same as yours (added on both sides, under other ids); the file’s launch items in it are moved to yours',
        'The readiness function “Privacy” in the file is the same as yours (added on both sides, under other ids); the file’s readiness and playbook lines for it are moved to yours',
      ]),
    );
  });

  it('refuses settings that would have two stages of one name, naming both', () => {
    const { here, file } = twoCopies();
    const first = settingsOf(here).stages[0];
    // The file calls the first stage by another name and gives the first's name to a new
    // stage: its id is the file's other stage's, so the two cannot be taken as one.
    settingsOf(file).stages[0] = { ...first!, name: 'Ideas' };
    settingsOf(file).stages.push({ id: 'other-id', name: first!.name.toUpperCase() });
    settingsOf(file).functions.push({ id: 'f-other', name: settingsOf(here).functions[0]!.name });
    settingsOf(file).functions[0] = { ...settingsOf(file).functions[0]!, name: 'Something else' };
    const result = mergeWorkspace(here, file);
    expect(!result.ok && result.problems).toEqual([
      `The merged settings would have two stages of one name: “${first!.name}” (id ${first!.id}) and “${first!.name.toUpperCase()}” (id other-id); rename one of them here or in the file`,
      `The merged settings would have two readiness functions of one name: “${settingsOf(here).functions[0]!.name}” (id ${settingsOf(here).functions[0]!.id}) and “${settingsOf(here).functions[0]!.name}” (id f-other); rename one of them here or in the file`,
    ]);
  });

  it('undo restores the workspace exactly, and merging a copy of the workspace changes nothing', () => {
    const { here, file } = twoCopies();
    file.items['sample-dark-mode'] = { ...file.items['sample-dark-mode']!, title: 'Later', updatedAt: LATER };
    file.items['added'] = { ...file.items['sample-dark-mode']!, id: 'added', title: 'Added' };
    settingsOf(file).regions.push({ code: 'MENA', name: 'Middle East' });
    const { change } = merged(mergeWorkspace(here, file));
    expect(change.ops).toHaveLength(3);
    const snapshot = structuredClone(here);
    expect(applyChange(applyChange(here, change), invert(change))).toEqual(snapshot);
    const same = merged(mergeWorkspace(here, structuredClone(here)));
    expect(same.change.ops).toEqual([]);
    expect(same.conflicts).toEqual([]);
  });
});
