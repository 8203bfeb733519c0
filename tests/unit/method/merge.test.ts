import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RefusalReason } from '../../../shared/merge.js';
import { insertRow } from '../../../main/db/repos/rows.js';
import type { TrackedTable } from '../../../main/db/tracked-tables.js';
import { mergeCaseMethod, type CaseMethodConflict } from '../../../main/merge/case-method.js';
import { caseWithText, codeId, newMethodProject, type MethodProject } from './helpers.js';
import { summaryCells } from '../../../shared/method/summaries.js';

let ours: MethodProject;
let theirs: MethodProject;
beforeEach(async () => {
  ours = await newMethodProject('ours');
  theirs = await newMethodProject('theirs');
  for (const p of [ours, theirs]) {
    await caseWithText(p.call, 'Anna', null);
    await caseWithText(p.call, 'Boris', null);
  }
});
afterEach(() => {
  ours.t.dispose();
  theirs.t.dispose();
});

/** Their ids → ours, by case name and code path, as mergeProjects maps them. */
async function maps() {
  const byName = async (p: MethodProject) => new Map((await p.call('cases.list', {})).map((c) => [c.name, c.id]));
  const [a, b] = [await byName(ours), await byName(theirs)];
  const cases = new Map([...b].map(([name, id]) => [id, a.get(name)!]));
  const codes = new Map([[await codeId(theirs.call, 'Valence/Negative'), await codeId(ours.call, 'Valence/Negative')]]);
  return { cases, codes, coders: new Map<number, number>() };
}

function run(dryRun: boolean, mapped: Awaited<ReturnType<typeof maps>>, choice = 'ours') {
  const target = ours.t.session.context().store;
  const conflicts: CaseMethodConflict[] = [];
  const refused: [TrackedTable, RefusalReason][] = [];
  let fake = 0;
  const counts = target.transaction(() =>
    mergeCaseMethod({
      target, source: theirs.t.session.context().store, ...mapped,
      insert: (table, values) => (dryRun ? --fake : insertRow(target, table, values)),
      write: (fn) => (dryRun ? undefined : fn()),
      decide: (conflict) => (conflicts.push(conflict), choice),
      refuse: (table, reason) => refused.push([table, reason]),
      freshGuid: (guid) => String(guid),
    }),
  );
  return { counts, conflicts, refused };
}

const cellText = async (caseName: string) => {
  const valence = (await ours.call('frameworks.findByName', { name: 'Valence' })).id;
  const grid = await ours.call('summaries.grid', { frameworkId: valence, statuses: ['selected', 'excluded'] });
  const r = grid.cases.findIndex((c) => c.name === caseName);
  return summaryCells(grid)(r, grid.codes.findIndex((c) => c.name === 'Negative')).text;
};

describe('merging selection decisions and case summaries', () => {
  it('plans, then adds their criteria, decisions and summaries, and settles a differing summary by choice', async () => {
    const [annaOurs, annaTheirs, borisTheirs] = [
      (await ours.call('cases.findByName', { name: 'Anna' })).id,
      (await theirs.call('cases.findByName', { name: 'Anna' })).id,
      (await theirs.call('cases.findByName', { name: 'Boris' })).id,
    ];
    const negOurs = await codeId(ours.call, 'Valence/Negative');
    const negTheirs = await codeId(theirs.call, 'Valence/Negative');
    await ours.call('summaries.set', { caseId: annaOurs, codeId: negOurs, text: 'Pay.' });
    await theirs.call('summaries.set', { caseId: annaTheirs, codeId: negTheirs, text: 'Rent.' });
    await theirs.call('summaries.set', { caseId: borisTheirs, codeId: negTheirs, text: 'Visa.' });
    await theirs.call('selection.decide', { caseId: borisTheirs, status: 'excluded', reason: 'Similar information', criteria: ['Moved in 2022'] });

    const mapped = await maps();
    const plan = run(true, mapped);
    expect(plan.counts.added).toEqual({ criteria: 1, decisions: 1, summaries: 1 });
    expect(plan.conflicts).toMatchObject([{ kind: 'caseSummary', options: ['ours', 'theirs'] }]);
    expect(plan.conflicts[0]!.description).toContain('"Pay." here, "Rent." in theirs');
    // The dry run wrote nothing.
    expect((await ours.call('selection.report', {})).funnel.excluded).toBe(0);

    const applied = run(false, mapped, 'theirs');
    expect(applied.counts).toEqual(plan.counts);
    expect(await cellText('Anna')).toBe('Rent.');
    expect(await cellText('Boris')).toBe('Visa.');
    const boris = (await ours.call('selection.report', {})).cases.find((c) => c.caseName === 'Boris')!;
    expect(boris).toMatchObject({ status: 'excluded', decision: { reason: 'Similar information', criteria: ['Moved in 2022'] } });

    // Merging again finds everything already there.
    const again = run(false, mapped);
    expect(again.counts.added).toEqual({ criteria: 0, decisions: 0, summaries: 0 });
    expect(again.counts.matched).toEqual({ criteria: 1, decisions: 1, summaries: 2 });
  });

  it('refuses decisions with a status or criteria no project could hold', async () => {
    const boris = (await theirs.call('cases.findByName', { name: 'Boris' })).id;
    const store = theirs.t.session.context().store;
    store.db.exec('DROP TRIGGER IF EXISTS case_decision_log_insert');
    store.db.prepare("INSERT INTO case_decision (guid, case_id, status, reason, criteria, decided_at) VALUES ('g1', ?, 'selected', '', 'not json', '2026-01-01T00:00:00.000Z')").run(boris);
    store.db.pragma('ignore_check_constraints = ON');
    store.db.prepare("INSERT INTO case_decision (guid, case_id, status, reason, criteria, decided_at) VALUES ('g2', ?, 'maybe', '', '[]', '2026-01-01T00:00:00.000Z')").run(boris);
    const { refused, counts } = run(false, await maps());
    expect(refused).toEqual([['case_decision', 'badJson'], ['case_decision', 'badValue']]);
    expect(counts.added.decisions).toBe(0);
  });
});
