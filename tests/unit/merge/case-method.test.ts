import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { undo } from '../../../main/db/history.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listSummaries } from '../../../main/db/repos/summaries.js';
import { applyMerge, openMergeSource, planMerge, type MergeSource } from '../../../main/merge/merge-file.js';
import { createCase } from '../../../main/services/cases.js';
import { decideCase, selectionReport } from '../../../main/services/selection.js';
import { setSummary } from '../../../main/services/summaries.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let theirsPath: string;
let source: MergeSource | undefined;

/** Ours and theirs share case Anna; each wrote its own summary of Anna × Negative, and only theirs decided on a case. */
beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('ours');
  const ctx = t.session.context();
  const anna = createCase(ctx, 'Anna', null);
  const negative = findCodeByPath(ctx.store, 'Valence', 'Negative')!.id;
  setSummary(ctx, { caseId: anna.id, codeId: negative, text: 'Complains about rent.' });

  theirsPath = join(t.home, 'theirs.casecoder');
  t.session.saveCopy(theirsPath);
  const oursPath = ctx.store.path;
  t.session.openProject(theirsPath);
  t.session.settings.setCoderName('Boris');
  const theirs = t.session.context();
  setSummary(theirs, { caseId: anna.id, codeId: negative, text: 'Rent and slow internet.' });
  const boris = createCase(theirs, 'Boris', null);
  setSummary(theirs, { caseId: boris.id, codeId: negative, text: 'Visa runs.' });
  decideCase(theirs, { caseId: boris.id, status: 'excluded', reason: 'No interview', criteria: ['Has an interview'] });
  t.session.openProject(oursPath);
  t.session.settings.setCoderName('Ada');
});
afterEach(() => {
  source?.dispose();
  t.dispose();
});

const summaries = () => listSummaries(t.session.context().store).map((s) => s.text).sort();

describe('merging the case-study method', () => {
  it('shows differing summaries of one cell as a conflict with a choice, and counts the rest', async () => {
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const plan = planMerge(store, source.store.reader);
    const conflict = plan.conflicts.find((c) => c.kind === 'caseSummary');
    expect(conflict?.options).toEqual(['ours', 'theirs']);
    expect(conflict?.description).toContain('Rent and slow internet.');
    expect(plan.added).toMatchObject({ criteria: 1, decisions: 1, summaries: 1 });
    expect(summaries()).toEqual(['Complains about rent.']);
  });

  it('keeps ours by default and takes theirs when chosen, in one undoable step', async () => {
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const conflict = planMerge(store, source.store.reader).conflicts.find((c) => c.kind === 'caseSummary')!;
    applyMerge(store, source, {});
    expect(summaries()).toEqual(['Complains about rent.', 'Visa runs.']);
    undo(store);

    applyMerge(store, source, { [conflict.id]: 'theirs' });
    expect(summaries()).toEqual(['Rent and slow internet.', 'Visa runs.']);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('brings their selection decisions and checklist across', async () => {
    const ctx = t.session.context();
    source = await openMergeSource(theirsPath);
    applyMerge(ctx.store, source, {});
    const report = selectionReport(ctx);
    expect(report.criteria.map((c) => c.name)).toEqual(['Has an interview']);
    const boris = report.cases.find((c) => c.caseName === 'Boris')!;
    expect(boris).toMatchObject({ status: 'excluded', decision: { reason: 'No interview', criteria: ['Has an interview'], decidedBy: 'Boris' } });
  });

  it('refuses a summary with no text and lists it in the report', async () => {
    const db = new Database(theirsPath);
    db.prepare("UPDATE case_summary SET text = '  ' WHERE text = 'Visa runs.'").run();
    db.close();
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const plan = planMerge(store, source.store.reader);
    expect(plan.refused).toEqual([expect.objectContaining({ table: 'case_summary', reason: 'badValue', count: 1 })]);
    expect(plan.added.summaries).toBe(0);
  });
});
