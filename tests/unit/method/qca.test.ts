import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIPSET_CONDITIONS, caseWithText, newMethodProject, seedLipset, type MethodProject } from './helpers.js';

let p: MethodProject;
beforeEach(async () => {
  p = await newMethodProject();
  await seedLipset(p.call);
});
afterEach(() => p.t.dispose());

const run = (extra: object = {}) => p.call('qca.run', { conditions: LIPSET_CONDITIONS, outcome: 'Lipset/SURV', ...extra });

describe('QCA over coded cases (Lipset, data set LC of R\'s QCA package)', () => {
  it('builds the published truth table from codings and an attribute test', async () => {
    const { analysis, caseNames } = await run();
    const rows = analysis.truthTable.rows.map((r) => [r.code + 1, r.outcome, r.n, r.cases.map((id) => caseNames[id]).sort()]);
    expect(rows).toEqual([
      [1, 0, 3, ['ES', 'GR', 'PT']], [2, 0, 2, ['IT', 'RO']], [5, 0, 2, ['HU', 'PL']], [6, 0, 1, ['EE']],
      [22, 1, 2, ['FI', 'IE']], [23, 0, 1, ['AU']], [24, 1, 2, ['FR', 'SE']], [31, 0, 1, ['DE']], [32, 1, 4, ['BE', 'CZ', 'NL', 'UK']],
    ]);
    expect(analysis.truthTable.remainders).toHaveLength(23);
  });

  it('gives the published complex, parsimonious and intermediate solutions with their fit', async () => {
    const { analysis, formatted } = await run({ expectations: ['present', 'present', 'present', 'present', 'present'] });
    expect(formatted.complex).toEqual(['GNP >= 550*~Lipset/URB*Lipset/LIT*Lipset/STB + GNP >= 550*Lipset/LIT*Lipset/IND*Lipset/STB']);
    expect(formatted.parsimonious).toEqual(['GNP >= 550*Lipset/STB']);
    expect(formatted.intermediate).toEqual(['GNP >= 550*Lipset/LIT*Lipset/STB']);
    const [complex] = analysis.complex.solutions;
    expect([complex!.consistency, complex!.coverage]).toEqual([1, 1]);
    expect(complex!.terms.map((t) => [t.rawCoverage, t.uniqueCoverage])).toEqual([[0.5, 0.25], [0.75, 0.5]]);
  });

  it('negates the outcome: parsimonious ~DEV + ~STB', async () => {
    const { formatted } = await run({ negateOutcome: true });
    expect(formatted.parsimonious).toEqual(['~GNP >= 550 + ~Lipset/STB']);
  });

  it('leaves candidate and excluded cases out unless asked, and restricts to a group', async () => {
    // A developed, stable country that did not survive would make DEV*STB inconsistent.
    const { caseId, documentId } = await caseWithText(p.call, 'XX', 'Extra', 'Notes on XX.');
    const [gnp] = await p.call('attributes.list', {});
    await p.call('attributes.setValue', { caseId, attributeId: gnp!.id, value: 700 });
    for (const code of ['Lipset/URB', 'Lipset/LIT', 'Lipset/IND', 'Lipset/STB']) {
      await p.call('coding.apply', { documentId, start: 0, end: 5, codeId: (await p.call('codes.findByPath', { path: code })).id });
    }
    const withXX = await run();
    expect(withXX.analysis.truthTable.rows.find((r) => r.code === 31)!.contradictory).toBe(true);

    await p.call('selection.decide', { caseId, status: 'candidate', reason: 'Not yet read' });
    const without = await run();
    expect(without.formatted.parsimonious).toEqual(['GNP >= 550*Lipset/STB']);
    expect(Object.values(without.caseNames)).not.toContain('XX');
    const included = await run({ statuses: ['selected', 'candidate'] });
    expect(Object.values(included.caseNames)).toContain('XX');

    const group = (await p.call('groups.list', {})).find((g) => g.name === 'Extra')!;
    const onlyGroup = await run({ groupId: group.id, statuses: ['candidate'] });
    expect(Object.values(onlyGroup.caseNames)).toEqual(['XX']);

    // A name two groups use (each group's cases numbered alike) says its group; others stay bare.
    await caseWithText(p.call, 'XX', 'Other', 'Notes on the other XX.');
    const named = Object.values((await run({ statuses: ['selected', 'candidate'] })).caseNames);
    expect(named).toEqual(expect.arrayContaining(['Extra · XX', 'Other · XX']));
    expect(named).not.toContain('XX');
    expect(named.filter((n) => n.includes(' · '))).toHaveLength(2);
  });

  it('writes the data file for R with the codes as syntactic column names', async () => {
    const { rData } = await run();
    expect(rData.columns.map((c) => c.rName)).toEqual(['GNP.550', 'Lipset.URB', 'Lipset.LIT', 'Lipset.IND', 'Lipset.STB', 'Lipset.SURV']);
    expect(rData.csv.split('\n')[1]).toBe('"BE",1,1,1,1,1,1');
  });

  it('refuses an unknown code, an unknown attribute, and data the engine refuses', async () => {
    await expect(run({ conditions: ['Lipset/NOPE'] })).rejects.toMatchObject({ code: 'codeNotFound' });
    await expect(run({ conditions: ['Age >= 30'] })).rejects.toMatchObject({ code: 'attributeNotFound', params: { attribute: 'Age' } });
    await expect(run({ conditions: ['Lipset/SURV'] })).rejects.toMatchObject({ code: 'qcaInvalid' });
    await expect(run({ conditions: ['Lipset/URB'], expectations: ['present', 'absent'] })).rejects.toMatchObject({ code: 'qcaInvalid' });
  });

});
