/**
 * Files that are not what they claim, or are made to hurt, given to the text and case-table
 * importers: each is refused with a clear message and leaves the project as it was, or is
 * handled within stated limits. (Hostile REFI-QDA packages: tests/unit/refi/hostile.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/contract.js';
import { listCases } from '../../../main/db/repos/cases.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { MAX_CASE_TABLE_ROWS } from '../../../main/import/case-table.js';
import { AppError } from '../../../main/errors.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { importCaseTable, importTextFile } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let caseId: number;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('hostile');
  caseId = createCase(t.session.context(), 'C', null).id;
});
afterEach(() => t.dispose());

const rowCounts = () =>
  Object.fromEntries(
    ['case_', 'document', 'segment', 'coding', 'code', 'history_step'].map((table) => [
      table, t.session.context().store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(),
    ]),
  );

function refusal(run: () => unknown): string {
  const before = rowCounts();
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect(rowCounts()).toEqual(before);
    return (error as AppError).message;
  }
  throw new Error('accepted');
}

/** A minimal DOCX whose relationships point outside the package. */
const docxWithExternalLink = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]),
  Buffer.from('word/_rels/document.xml.rels<Relationship TargetMode="External" Target="http://evil.example/x"/>'),
]);
const pdfWithScript = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\nendobj\n%%EOF\n');

describe('hostile and mistaken files', () => {
  it('refuses a DOCX with external links, a PDF with a script, an image and an old Word file, by name', () => {
    const text = (name: string, bytes: Buffer) => refusal(() => importTextFile(t.session.context(), caseId, name, bytes));
    expect(text('report.docx', docxWithExternalLink)).toMatch(/report\.docx is a Word, Excel or other zip file; CaseCoder imports plain text/);
    expect(text('paper.pdf', pdfWithScript)).toMatch(/paper\.pdf is a PDF file/);
    expect(text('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]))).toMatch(/JPEG image/);
    expect(text('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/old Word or Excel/);
    expect(refusal(() => importCaseTable(t.session.context(), 'table.xlsx', docxWithExternalLink))).toMatch(/zip file/);
  });

  it('refuses a file over the size limit before reading it as text', () => {
    const huge = Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61);
    expect(refusal(() => importTextFile(t.session.context(), caseId, 'huge.txt', huge))).toMatch(/larger than 50 MB/);
  });

  it('refuses text with NUL bytes, and an empty or blank file', () => {
    expect(refusal(() => importTextFile(t.session.context(), caseId, 'nul.txt', Buffer.from('abc\0def')))).toMatch(/binary file/);
    expect(refusal(() => importTextFile(t.session.context(), caseId, 'empty.txt', Buffer.alloc(0)))).toMatch(/empty/);
    expect(refusal(() => importTextFile(t.session.context(), caseId, 'blank.txt', Buffer.from(' \r\n\t ')))).toMatch(/no text/);
  });

  it('reads invalid UTF-8 in a one-byte encoding rather than losing bytes', () => {
    const report = importTextFile(t.session.context(), caseId, 'mixed.txt', Buffer.from([0x41, 0xc3, 0x28, 0xe0, 0xe1]));
    // Five bytes carry too few words to tell the code page (main/import/decode-text.ts); none is lost.
    expect(['windows-1251', 'koi8-r', 'windows-1252']).toContain(report.encoding);
    const [document] = listDocuments(t.session.context().store, caseId);
    expect(document!.length).toBe(5);
  });

  it('imports a 10 MB single-line text and codes its last character', () => {
    const line = 'ж'.repeat(5 * 1024 * 1024);
    importTextFile(t.session.context(), caseId, 'long.txt', Buffer.from(line));
    const [document] = listDocuments(t.session.context().store, caseId);
    expect(document!.length).toBe(line.length);
    const ctx = t.session.context();
    applyCode(ctx, { documentId: document!.id, start: line.length - 1, end: line.length, codeId: findCodeByPath(ctx.store, 'Valence', 'Positive')!.id });
  });

  it('refuses a case table with more rows than it takes, and one whose quoting never closes', () => {
    const rows = Array.from({ length: MAX_CASE_TABLE_ROWS + 1 }, (_, i) => `c${i},fact`).join('\n');
    expect(refusal(() => importCaseTable(t.session.context(), 'big.csv', Buffer.from(`Case,Positive\n${rows}\n`)))).toMatch(/more than 100000 rows/);
    expect(refusal(() => importCaseTable(t.session.context(), 'q.csv', Buffer.from('Case,Positive\n1,"never closed\n2,x\n')))).toMatch(/not a readable CSV/);
    expect(listCases(t.session.context().store)).toHaveLength(1);
  });
});
