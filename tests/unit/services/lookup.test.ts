/**
 * Lookups by name for front doors that name things (the command line), through the dispatch
 * as they are called: one name rule, and refusals that say what there is.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../main/api/dispatch.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let call: ReturnType<typeof createDispatch>;
beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('lookup');
  call = createDispatch(t.session, () => {});
});
afterEach(() => t.dispose());

const value = async (method: string, input: unknown) => {
  const result = await call(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { id: number; name: string };
};
const refusal = async (method: string, input: unknown) => {
  const result = await call(method, input);
  return result.ok ? 'accepted' : result.error.message;
};

describe('a new case named with its group', () => {
  it('goes into the group of that name, or one made with it in the same undo step, and not both ways', async () => {
    const group = await value('groups.create', { name: 'Предприниматели' });
    const dana = await value('cases.create', { name: 'Dana', groupName: 'предприниматели' });
    expect(dana).toMatchObject({ groupId: group.id });
    const pavel = await value('cases.create', { name: 'Pavel', groupName: 'Программисты' });
    const groups = async () => ((await call('groups.list', {})) as { ok: true; value: { id: number; name: string }[] }).value.map((g) => g.name);
    expect(await groups()).toEqual(['Предприниматели', 'Программисты']);
    expect(pavel).toMatchObject({ groupId: (await value('groups.findByName', { name: 'Программисты' })).id });
    // One step: undone, the case and its new group go together.
    expect((await call('history.undo', {})).ok).toBe(true);
    expect(await groups()).toEqual(['Предприниматели']);
    expect(await refusal('cases.findByName', { name: 'Pavel' })).toMatch(/Pavel/);
    // A name taken in the group is refused as with its id; both ways at once is refused outright.
    expect(await refusal('cases.create', { name: 'dana', groupName: 'Предприниматели' })).not.toBe('accepted');
    expect(await refusal('cases.create', { name: 'Olga', groupId: group.id, groupName: 'Предприниматели' })).not.toBe('accepted');
  });
});

describe('finding by name', () => {
  it('compares names by the one rule: case-folded, Cyrillic included, an exact spelling first', async () => {
    const group = await value('groups.create', { name: 'Предприниматели' });
    expect(await value('groups.findByName', { name: 'предприниматели' })).toEqual(group);
    expect(await value('frameworks.findByName', { name: 'steepl' })).toMatchObject({ name: 'STEEPL' });
    const anna = await value('cases.create', { name: 'Anna', groupId: group.id });
    const lower = await value('cases.create', { name: 'anna', groupId: null });
    expect((await value('cases.findByName', { name: 'anna' })).id).toBe(lower.id);
    expect((await value('cases.findByName', { name: 'ANNA', groupName: 'ПРЕДПРИНИМАТЕЛИ' })).id).toBe(anna.id);
    expect(await refusal('cases.findByName', { name: 'ANNA' })).toMatch(/^2 cases are named ANNA \(ids \d+, \d+\); name the group/);
    expect(await refusal('groups.create', { name: 'ПРЕДПРИНИМАТЕЛИ' })).toBe('A group named ПРЕДПРИНИМАТЕЛИ exists');
  });

  it('says what there is when nothing carries the name', async () => {
    expect(await refusal('groups.findByName', { name: 'Nurses' })).toBe('No group named Nurses (groups: none)');
    expect(await refusal('frameworks.findByName', { name: 'PESTLE' })).toBe('No framework named PESTLE (frameworks: Valence, STEEPL)');
    expect(await refusal('codes.findByPath', { path: 'STEEPL/Wages' })).toMatch(/^Framework STEEPL has no code named Wages/);
    expect(await refusal('cases.findByName', { name: '  ' })).toMatch(/^Invalid input for cases.findByName: name/);
  });
});

describe('importing text into a case by name', () => {
  it('creates the case and its group once, and leaves no case behind when the file fails', async () => {
    const content = Buffer.from('Rent is high.').toString('base64');
    const first = await call('documents.importTextToCase', { caseName: 'P1', groupName: 'Designers', fileName: 'a.txt', content });
    expect(first).toMatchObject({ ok: true, value: { casesCreated: 1, documentsCreated: 1 } });
    const again = await call('documents.importTextToCase', { caseName: 'p1', groupName: 'designers', fileName: 'b.txt', content });
    expect(again).toMatchObject({ ok: true, value: { casesCreated: 0, documentsCreated: 1 } });
    expect(await refusal('documents.importTextToCase', { caseName: 'P2', fileName: 'e.txt', content: '' })).toBe('e.txt is empty');
    expect(await call('cases.list', {})).toMatchObject({ ok: true, value: [{ name: 'P1' }] });
    expect(await call('cases.list', {})).toMatchObject({ value: { length: 1 } });
  });
});

describe('restoring a backup by file', () => {
  it('refuses the project open in this session', async () => {
    const open = t.session.state().project!.path;
    expect(await refusal('backups.restoreFile', { project: open, backup: `${open}.old` })).toBe(`${open} is open; restore it from the app`);
  });
});
