import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summaryNoteLinkRows, summaryNoteRows } from '../../../main/db/repos/summaries.js';
import { caseWithText, codeId, newMethodProject, type MethodProject } from './helpers.js';
import { summaryCells } from '../../../shared/method/summaries.js';

let p: MethodProject;
let anna: { caseId: number; documentId: number };
let negative: number;
let valence: number;
beforeEach(async () => {
  p = await newMethodProject();
  anna = await caseWithText(p.call, 'Anna', 'Programmers', 'Low wages. Good team.');
  await caseWithText(p.call, 'Boris', null, 'Nothing to say.');
  negative = await codeId(p.call, 'Valence/Negative');
  valence = (await p.call('frameworks.findByName', { name: 'Valence' })).id;
  await p.call('coding.apply', { documentId: anna.documentId, start: 0, end: 10, codeId: negative });
});
afterEach(() => p.t.dispose());

const grid = () => p.call('summaries.grid', { frameworkId: valence });
const cell = async (caseName: string, codeName: string) => {
  const g = await grid();
  return summaryCells(g)(g.cases.findIndex((c) => c.name === caseName), g.codes.findIndex((c) => c.name === codeName));
};

describe('case summaries', () => {
  it('grid: cases × the framework\'s codes, each cell with its coded segments as evidence', async () => {
    const g = await grid();
    expect(g.framework).toBe('Valence');
    expect(g.cases.map((c) => [c.name, c.groupName])).toEqual([['Anna', 'Programmers'], ['Boris', null]]);
    expect(g.codes.map((c) => c.name)).toContain('Negative');
    expect(await cell('Anna', 'Negative')).toMatchObject({ text: '', updatedBy: null, segmentCount: 1 });
    expect((await cell('Boris', 'Negative')).segmentCount).toBe(0);
    // The segments themselves are read when the cell is opened.
    expect(await p.call('summaries.cellEvidence', { caseId: anna.caseId, codeId: negative })).toMatchObject([
      { caseName: 'Anna', documentId: anna.documentId, start: 0, end: 10, quote: 'Low wages.' },
    ]);
    const boris = (await p.call('cases.list', {})).find((c) => c.name === 'Boris')!;
    expect(await p.call('summaries.cellEvidence', { caseId: boris.id, codeId: negative })).toEqual([]);
    await expect(p.call('summaries.cellEvidence', { caseId: 9999, codeId: negative })).rejects.toMatchObject({ code: 'notFound' });
  });

  it('list cases as the case list does: group by group, each group\'s cases in the order made, then those in no group', async () => {
    await caseWithText(p.call, 'Vera', 'Managers', 'Fine.');
    await caseWithText(p.call, 'Dana', 'Programmers', 'Fine.');
    const order = ['Anna', 'Dana', 'Vera', 'Boris'];
    expect((await grid()).cases.map((c) => c.name)).toEqual(order);
    expect((await p.call('selection.report', {})).cases.map((c) => c.caseName)).toEqual(order);
  });

  it('are written, rewritten and removed, each an undoable step, with who and when', async () => {
    await p.call('summaries.set', { caseId: anna.caseId, codeId: negative, text: 'Pay is the complaint.' });
    expect(await cell('Anna', 'Negative')).toMatchObject({ text: 'Pay is the complaint.', updatedBy: 'Ada' });
    await p.call('summaries.set', { caseId: anna.caseId, codeId: negative, text: 'Pay, mostly.' });
    expect((await cell('Anna', 'Negative')).text).toBe('Pay, mostly.');
    await p.call('history.undo', {});
    expect((await cell('Anna', 'Negative')).text).toBe('Pay is the complaint.');
    await p.call('summaries.set', { caseId: anna.caseId, codeId: negative, text: '  ' });
    expect((await cell('Anna', 'Negative')).text).toBe('');
    await p.call('history.undo', {});
    expect((await cell('Anna', 'Negative')).text).toBe('Pay is the complaint.');
  });

  it('go with a deleted case or code, and come back with undo', async () => {
    await p.call('summaries.set', { caseId: anna.caseId, codeId: negative, text: 'Pay.' });
    const count = () => p.t.session.context().store.prepare('SELECT count(*) AS n FROM case_summary').get();
    await p.call('codes.delete', { id: negative });
    expect(count()).toEqual({ n: 0 });
    await p.call('history.undo', {});
    expect((await cell('Anna', 'Negative')).text).toBe('Pay.');
    await p.call('cases.delete', { id: anna.caseId });
    expect(count()).toEqual({ n: 0 });
    await p.call('history.undo', {});
    expect((await cell('Anna', 'Negative')).text).toBe('Pay.');
  });

  it('leave out excluded cases unless asked for', async () => {
    const boris = (await p.call('cases.list', {})).find((c) => c.name === 'Boris')!;
    await p.call('selection.decide', { caseId: boris.id, status: 'excluded' });
    expect((await grid()).cases.map((c) => c.name)).toEqual(['Anna']);
    const all = await p.call('summaries.grid', { frameworkId: valence, statuses: ['selected', 'excluded'] });
    expect(all.cases.map((c) => c.name)).toEqual(['Anna', 'Boris']);
  });

  it('refuses a case, code or framework that does not exist', async () => {
    await expect(p.call('summaries.set', { caseId: 99, codeId: negative, text: 'x' })).rejects.toMatchObject({ code: 'notFound' });
    await expect(p.call('summaries.set', { caseId: anna.caseId, codeId: 999, text: 'x' })).rejects.toMatchObject({ code: 'notFound' });
    await expect(p.call('summaries.grid', { frameworkId: 999 })).rejects.toMatchObject({ code: 'notFound' });
  });
});

describe('case summaries in REFI-QDA', () => {
  it('travel as a Note on the case and the code, named for the cell', async () => {
    await p.call('summaries.set', { caseId: anna.caseId, codeId: negative, text: 'Pay is the complaint.' });
    const { store } = p.t.session.context();
    const [note] = summaryNoteRows(store);
    expect(note).toMatchObject({ name: 'Case summary: Anna × Negative', text: 'Pay is the complaint.' });
    const caseGuid = (store.prepare('SELECT guid FROM case_ WHERE id = ?').get(anna.caseId) as { guid: string }).guid;
    const codeGuid = (store.prepare('SELECT guid FROM code WHERE id = ?').get(negative) as { guid: string }).guid;
    expect(summaryNoteLinkRows(store).map((l) => [l.memo_guid, l.target_kind, l.target_guid]).sort()).toEqual(
      [[note!.guid, 'case', caseGuid], [note!.guid, 'code', codeGuid]].sort(),
    );
  });
});
