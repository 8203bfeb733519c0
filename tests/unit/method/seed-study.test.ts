/**
 * The seed study reported from CaseCoder: 40 candidate cases considered, the 10 programmers and
 * 4 entrepreneurs of Tables 1–2 kept, the rest excluded "after filtering for similar
 * information"; then the groups compared on the valence of their facts.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasSeedStudy, seedStudyDir } from '../../helpers/seed-study.js';
import { newMethodProject, type MethodProject } from './helpers.js';

let p: MethodProject;
beforeEach(async () => {
  p = await newMethodProject('seed');
});
afterEach(() => p.t.dispose());

const base64 = (file: string) => readFileSync(`${seedStudyDir}${file}`).toString('base64');

describe.skipIf(!hasSeedStudy)('the seed study, end to end', () => {
  it('reports the selection funnel 40 → 14 and compares programmers with entrepreneurs', async () => {
    await p.call('documents.importCaseTable', { fileName: 'table1-programmers.csv', content: base64('table1-programmers.csv'), groupName: 'Programmers' });
    await p.call('documents.importCaseTable', { fileName: 'table2-entrepreneurs.csv', content: base64('table2-entrepreneurs.csv'), groupName: 'Entrepreneurs' });
    let report = await p.call('selection.report', {});
    // Imported cases count as selected until someone says otherwise.
    expect(report.funnel).toEqual({ pool: 14, candidate: 0, selected: 14, excluded: 0 });

    const pool = await p.call('groups.create', { name: 'Candidates' });
    for (let i = 1; i <= 26; i++) {
      const c = await p.call('cases.create', { name: `Candidate ${i}`, groupId: pool.id });
      await p.call('selection.decide', {
        caseId: c.id, status: 'excluded', reason: 'Similar information', criteria: ['Moved in 2022'],
      });
    }
    for (const c of report.cases) {
      await p.call('selection.decide', { caseId: c.caseId, status: 'selected', reason: 'Account covers positive, negative and forecast', criteria: ['Moved in 2022', 'Full account'] });
    }
    report = await p.call('selection.report', {});
    expect(report.funnel).toEqual({ pool: 40, candidate: 0, selected: 14, excluded: 26 });
    expect(report.reasons).toEqual([
      { status: 'selected', reason: 'Account covers positive, negative and forecast', cases: 14 },
      { status: 'excluded', reason: 'Similar information', cases: 26 },
    ]);
    const md = Buffer.from((await p.call('selection.export', { format: 'md' })).content, 'base64').toString('utf8');
    expect(md).toContain('| **Pool: 40** | **40** | **40** | **14** |');
    expect(md).toContain('40 cases considered, 14 selected, 26 excluded');

    // The excluded candidates have no material; comparing the groups counts only the 14.
    const valence = await p.call('frameworks.findByName', { name: 'Valence' });
    const comparison = await p.call('comparison.build', { frameworkId: valence.id });
    expect(comparison.parts.map((x) => [x.label, x.cases])).toEqual([['Programmers', 10], ['Entrepreneurs', 4]]);
    for (const row of comparison.rows) {
      for (const [i, n] of row.counts.entries()) {
        if (n === 0) continue;
        const evidence = await p.call('comparison.cellEvidence', { request: { frameworkId: valence.id }, codeId: row.codeId, part: comparison.parts[i]!.key });
        // Each case counted has at least one segment behind it.
        expect(new Set(evidence.map((s) => s.caseName)).size).toBe(n);
      }
    }
  });
});
