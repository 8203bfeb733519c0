import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFormats } from '../../../shared/tables.js';
import { caseWithText, newMethodProject, type MethodProject } from './helpers.js';

let p: MethodProject;
beforeEach(async () => {
  p = await newMethodProject();
});
afterEach(() => p.t.dispose());

const entry = async (name: string) => (await p.call('selection.report', {})).cases.find((c) => c.caseName === name)!;

describe('the case selection log', () => {
  it('counts a new case as selected until someone decides otherwise', async () => {
    await caseWithText(p.call, 'Aigerim', 'Programmers');
    const report = await p.call('selection.report', {});
    expect(report.cases).toMatchObject([{ caseName: 'Aigerim', groupName: 'Programmers', status: 'selected', decision: null, history: [] }]);
    expect(report.funnel).toEqual({ pool: 1, candidate: 0, selected: 1, excluded: 0 });
  });

  it('keeps every decision with criteria, reason, who and when; the latest is the status', async () => {
    const { caseId } = await caseWithText(p.call, 'Bolat', 'Entrepreneurs');
    await p.call('selection.addCriterion', { name: 'Rich account' });
    await p.call('selection.decide', { caseId, status: 'candidate', reason: 'Found in the register', criteria: ['Founded before 2015'] });
    await p.call('selection.decide', { caseId, status: 'excluded', reason: 'Similar information', criteria: ['Founded before 2015', 'Rich account'] });
    const bolat = await entry('Bolat');
    expect(bolat.status).toBe('excluded');
    expect(bolat.history.map((d) => [d.status, d.reason, d.decidedBy])).toEqual([
      ['candidate', 'Found in the register', 'Ada'],
      ['excluded', 'Similar information', 'Ada'],
    ]);
    // Criteria come back in checklist order, whatever order they were given in.
    expect(bolat.decision!.criteria).toEqual(['Rich account', 'Founded before 2015']);
    expect(bolat.decision!.decidedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await p.call('selection.report', {})).criteria.map((c) => c.name)).toEqual(['Rich account', 'Founded before 2015']);
  });

  it('shows the funnel and the reasons, most frequent first', async () => {
    const ids: number[] = [];
    for (let i = 1; i <= 6; i++) ids.push((await caseWithText(p.call, `C${i}`, null)).caseId);
    for (const id of ids.slice(0, 3)) await p.call('selection.decide', { caseId: id, status: 'excluded', reason: 'Similar information' });
    await p.call('selection.decide', { caseId: ids[3]!, status: 'excluded', reason: 'Refused the interview' });
    await p.call('selection.decide', { caseId: ids[4]!, status: 'candidate', reason: '' });
    const report = await p.call('selection.report', {});
    expect(report.funnel).toEqual({ pool: 6, candidate: 1, selected: 1, excluded: 4 });
    expect(report.reasons).toEqual([
      { status: 'candidate', reason: '', cases: 1 },
      { status: 'selected', reason: '', cases: 1 },
      { status: 'excluded', reason: 'Similar information', cases: 3 },
      { status: 'excluded', reason: 'Refused the interview', cases: 1 },
    ]);
  });

  it('is undoable, and a deleted case takes its decisions along (undo brings them back)', async () => {
    const { caseId } = await caseWithText(p.call, 'Dana', null);
    await p.call('selection.decide', { caseId, status: 'excluded', reason: 'Moved away' });
    await p.call('history.undo', {});
    expect((await entry('Dana')).status).toBe('selected');
    await p.call('history.redo', {});
    expect((await entry('Dana')).status).toBe('excluded');

    await p.call('cases.delete', { id: caseId });
    const { store } = p.t.session.context();
    expect(store.prepare('SELECT count(*) AS n FROM case_decision').get()).toEqual({ n: 0 });
    await p.call('history.undo', {});
    expect((await entry('Dana')).decision!.reason).toBe('Moved away');
  });

  it('refuses a case that does not exist and a status that is not one', async () => {
    await expect(p.call('selection.decide', { caseId: 99, status: 'selected' })).rejects.toMatchObject({ code: 'notFound' });
    const { caseId } = await caseWithText(p.call, 'Erlan', null);
    await expect(p.call('selection.decide', { caseId, status: 'maybe' as 'selected' })).rejects.toMatchObject({ code: 'invalidInput' });
  });

  it('exports the methods-section table in every format: cases under status and reason, criteria, subtotals, pool', async () => {
    const a = await caseWithText(p.call, 'Aset', 'Programmers');
    const b = await caseWithText(p.call, 'Baur', 'Programmers');
    await caseWithText(p.call, 'Cholpon', null);
    await p.call('selection.decide', { caseId: a.caseId, status: 'selected', reason: 'Rich account', criteria: ['Two interviews'] });
    await p.call('selection.decide', { caseId: b.caseId, status: 'excluded', reason: 'Similar information', criteria: ['Two interviews'] });
    const md = Buffer.from((await p.call('selection.export', { format: 'md' })).content, 'base64').toString('utf8');
    expect(md).toContain('| Case | Cases | Two interviews |');
    expect(md).toContain('| Aset (Programmers) | 1 | 1 |');
    expect(md).toContain('| Cholpon | 1 | 0 |');
    expect(md).toContain('| **Selected: 2** | **2** | **1** |');
    expect(md).toContain('| **Excluded: 1** | **1** | **1** |');
    expect(md).toContain('| **Pool: 3** | **3** | **2** |');
    expect(md.indexOf('Rich account')).toBeLessThan(md.indexOf('Aset'));
    expect(md).toContain('3 cases considered, 2 selected, 1 excluded, 0 still candidates');
    for (const format of exportFormats) {
      const file = await p.call('selection.export', { format });
      expect(file.fileName).toBe(`Case selection.${format}`);
      expect(Buffer.from(file.content, 'base64').length).toBeGreaterThan(100);
    }
    // Its captions in the language asked for; the reasons and criteria are the researcher's own.
    const inRussian = Buffer.from((await p.call('selection.export', { format: 'md', language: 'ru' })).content, 'base64').toString('utf8');
    expect(inRussian).toContain('**Отбор кейсов**');
    expect(inRussian).toContain('| Кейс | Кейсы | Two interviews |');
    expect(inRussian).toContain('| **Отобранные: 2** | **2** | **1** |');
    expect(inRussian).toContain('| **Всего рассмотрено: 3** | **3** | **2** |');
    expect(inRussian).toContain('Рассмотрено кейсов: 3; отобрано: 2, исключено: 1, остаются кандидатами: 0.');
    const inKazakh = Buffer.from((await p.call('selection.export', { format: 'md', language: 'kk' })).content, 'base64').toString('utf8');
    expect(inKazakh).toContain('| **Алынып тасталғандар: 1** | **1** | **1** |');
    for (const text of [inRussian, inKazakh]) expect(text).not.toMatch(/Case|Selected|Excluded|Pool|considered/);
  });
});
