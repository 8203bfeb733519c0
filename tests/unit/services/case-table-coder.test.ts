/**
 * A case table's pre-coding is recorded under the table's own coder (shared/case-table-coder.ts):
 * found by its GUID whatever its name, kept through REFI-QDA, never a person to compare.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { agreementReport } from '../../../main/agreement/build-report.js';
import { findCodeByPath, getCodebook } from '../../../main/db/repos/codebook.js';
import { buildTable } from '../../../main/analysis/tables.js';
import { TableRequest } from '../../../shared/tables.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { importRefi } from '../../../main/refi/import.js';
import { exportQdpx } from '../../../main/refi/write-package.js';
import { createCase } from '../../../main/services/cases.js';
import { listCoders } from '../../../main/services/coders.js';
import { applyCode } from '../../../main/services/coding.js';
import { importCaseTable, pasteText } from '../../../main/services/text-import.js';
import { CASE_TABLE_CODER_GUID } from '../../../shared/case-table-coder.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

const TABLE = new TextEncoder().encode('Case,Positive facts,Negative facts\nP1,Low taxes.,Slow internet.\n');
const sessions: TestSession[] = [];
afterEach(() => sessions.splice(0).forEach((t) => t.dispose()));

function project(coder: string | null = 'Ada') {
  const t = newTestSession(coder);
  sessions.push(t);
  t.session.createProject('study');
  return t;
}
const coders = (t: TestSession) => t.session.context().store.prepare('SELECT guid, name FROM coder ORDER BY id').all();

describe("the case table's coder", () => {
  it('is made once, named as asked, and needs no coder name from the user', () => {
    const t = project(null);
    const ctx = t.session.context();
    importCaseTable(ctx, 'table.csv', TABLE, 'Programmers', undefined, 'Таблица кейсов');
    importCaseTable(ctx, 'other.csv', new TextEncoder().encode('Case,Positive facts\nP2,Good pay.\n'), 'Programmers', undefined, 'Case table');
    expect(coders(t)).toEqual([{ guid: CASE_TABLE_CODER_GUID, name: 'Таблица кейсов' }]);
  });

  it('takes another name where a person has the one asked for', () => {
    const t = project('Case table');
    const ctx = t.session.context();
    pasteText(ctx, createCase(ctx, 'P0', null).id, 'Notes', 'Some text.');
    applyCode(ctx, { documentId: listDocuments(ctx.store)[0]!.id, start: 0, end: 4, codeId: findCodeByPath(ctx.store, 'Valence', 'Positive')!.id });
    importCaseTable(ctx, 'table.csv', TABLE, 'Programmers');
    expect(coders(t)).toEqual([{ guid: expect.not.stringMatching(CASE_TABLE_CODER_GUID), name: 'Case table' }, { guid: CASE_TABLE_CODER_GUID, name: 'Case table (2)' }]);
  });

  it('is no one to compare: left out of the coders agreement lists, its codings no one\'s', () => {
    const t = project();
    const ctx = t.session.context();
    importCaseTable(ctx, 'table.csv', TABLE, 'Programmers');
    const cell = listDocuments(ctx.store).find((d) => d.name === 'P1 — Negative facts')!;
    const technological = findCodeByPath(ctx.store, 'STEEPL', 'Technological')!.id;
    applyCode(ctx, { documentId: cell.id, start: 0, end: 4, codeId: technological });
    t.session.settings.setCoderName('Boris');
    applyCode(t.session.context(), { documentId: cell.id, start: 0, end: 4, codeId: technological });
    expect(listCoders(ctx)).toEqual(['Ada', 'Boris', 'Case table']);
    expect(listCoders(ctx, true)).toEqual(['Ada', 'Boris']);
    const report = agreementReport(ctx.store, { coders: ['Ada', 'Boris'] });
    // The table's Positive and Negative are neither Ada's nor Boris's: no cell is Ada's alone, and
    // Valence has no agreement to give, as neither applied it (it read «100 %», fit to be cited).
    expect(report.skippedDocuments).toEqual([]);
    expect(report.frameworks.find((f) => f.name === 'Valence')!.character.percentAgreement).toMatchObject({ value: null, code: 'notApplied' });
    expect(report.frameworks.find((f) => f.name === 'STEEPL')!.character.percentAgreement).toEqual({ value: 1 });
  });

  it("is the material a table read for one coder is counted on: their STEEPL inside a cell meets the cell's valence", () => {
    const t = project();
    const ctx = t.session.context();
    importCaseTable(ctx, 'table.csv', TABLE, 'Programmers');
    const cell = listDocuments(ctx.store).find((d) => d.name === 'P1 — Negative facts')!;
    applyCode(ctx, { documentId: cell.id, start: 0, end: 4, codeId: findCodeByPath(ctx.store, 'STEEPL', 'Technological')!.id });
    const framework = (name: string) => getCodebook(ctx.store).frameworks.find((f) => f.name === name)!.id;
    const steeplByValence = buildTable(ctx.store, TableRequest.parse({
      kind: 'crosstab', rowFramework: framework('STEEPL'), columnFramework: framework('Valence'), filters: { coders: ['Ada'] },
    }));
    const r = steeplByValence.rows.findIndex((row) => row.label === 'Technological');
    const c = steeplByValence.columns.findIndex((column) => column.label === 'Negative');
    expect(steeplByValence.cells[r]![c]!.count).toBe(1);
    expect(steeplByValence.uncountedNote ?? '').not.toMatch(/[1-9]/);
  });

  it('comes back from REFI-QDA as the same coder, whatever its name there', async () => {
    const theirs = project();
    importCaseTable(theirs.session.context(), 'table.csv', TABLE, 'Programmers', undefined, 'Case table');
    const pkg = await exportQdpx(theirs.session.context().store);
    const ours = project();
    const ctx = ours.session.context();
    importCaseTable(ctx, 'other.csv', new TextEncoder().encode('Case,Positive facts\nP2,Good pay.\n'), 'Programmers', undefined, 'Кейстер кестесі');
    await importRefi(ctx, 'theirs.qdpx', pkg);
    expect(coders(ours)).toEqual([{ guid: CASE_TABLE_CODER_GUID, name: 'Кейстер кестесі' }]);
    expect(ctx.store.prepare('SELECT count(*) FROM coding').pluck().get()).toBe(3);
  });
});
