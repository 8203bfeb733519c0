/**
 * Documents made from text: a text file (its encoding detected), pasted text, and a case table
 * (CSV) whose cells become documents coded whole. Apart from services/documents.ts, which the
 * write jobs' thread loads to delete a document: that thread then loads no decoders.
 */
import type { ImportReport } from '../../shared/entities.js';
import { nameKey } from '../../shared/names.js';
import { MAX_IMPORT_BYTES } from '../../shared/contract.js';
import { codePointLength, normalizeText } from '../../shared/offsets.js';
import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import * as cases from '../db/repos/cases.js';
import * as codebook from '../db/repos/codebook.js';
import { tableCoder } from './coders.js';
import * as documents from '../db/repos/documents.js';
import * as segments from '../db/repos/segments.js';
import { parseCaseTable, type CaseTable } from '../import/case-table.js';
import { decodeText } from '../import/decode-text.js';
import { ensureGroup, findOrCreateCase, requireCase } from './cases.js';
import { columnCode } from './column-codes.js';
import type { ServiceContext } from './context.js';

export function importTextFile(ctx: ServiceContext, caseId: number, fileName: string, bytes: Uint8Array): ImportReport {
  requireCase(ctx, caseId);
  checkSize(bytes, fileName);
  const { text, encoding } = decodeText(bytes, fileName);
  const name = fileName.replace(/\.[^.]+$/, '') || fileName;
  addDocument(ctx, caseId, name, text, `file:${fileName}`);
  return { casesCreated: 0, documentsCreated: 1, segmentsCreated: 0, encoding, warnings: [] };
}

/**
 * A text file into the case of that name (in the group, when one is named), creating the case
 * and group when missing; one transaction, so a file that fails leaves no empty case behind.
 */
export function importTextFileToCase(
  ctx: ServiceContext,
  target: { caseName: string; groupName?: string | undefined },
  fileName: string,
  bytes: Uint8Array,
): ImportReport {
  return ctx.store.transaction(() => {
    const found = findOrCreateCase(ctx, target.caseName, target.groupName);
    const report = importTextFile(ctx, found.id, fileName, bytes);
    return { ...report, casesCreated: report.casesCreated + (found.created ? 1 : 0) };
  });
}

export function pasteText(ctx: ServiceContext, caseId: number, name: string, text: string): ImportReport {
  requireCase(ctx, caseId);
  addDocument(ctx, caseId, name, text, 'paste');
  return { casesCreated: 0, documentsCreated: 1, segmentsCreated: 0, warnings: [] };
}

function addDocument(ctx: ServiceContext, caseId: number, name: string, raw: string, origin: string): void {
  const text = normalizeText(raw);
  if (text.trim() === '') throw new AppError('emptyDocument', `${name} has no text`, { name });
  recordStep(ctx.store, 'documents.import', () => documents.insertDocument(ctx.store, caseId, name, text, origin));
}

/**
 * Imports a case table: each row a case (matched by name within the group, else created),
 * each non-empty cell a document of that case, coded whole with its column's code by the case
 * table's coder (shared/case-table-coder.ts), not the user's: a coder name is not needed.
 */
export function importCaseTable(
  ctx: ServiceContext, fileName: string, bytes: Uint8Array, groupName?: string, columnFramework?: string, tableCoderName?: string,
): ImportReport {
  const { store } = ctx;
  checkSize(bytes, fileName);
  const { text, encoding } = decodeText(bytes, fileName);
  const table = parseCaseTable(normalizeText(text), fileName);
  const report: ImportReport = { casesCreated: 0, documentsCreated: 0, segmentsCreated: 0, encoding, warnings: [] };

  recordStep(store, 'documents.importCaseTable', () => {
    const groupId = groupName ? ensureGroup(ctx, groupName).id : null;
    const columnCodes = mapColumnsToCodes(ctx, table, report, columnFramework);
    const coderId = tableCoder(store, tableCoderName);
    // Cases by name in this group, the table's own new rows included: a name repeated in the
    // table is one case.
    const caseIds = new Map<string, number>();
    for (const c of cases.listCases(store)) if (c.groupId === groupId && !caseIds.has(nameKey(c.name))) caseIds.set(nameKey(c.name), c.id);
    for (const row of table.rows) {
      let caseId = caseIds.get(nameKey(row.caseName));
      if (caseId === undefined) {
        caseId = cases.insertCase(store, row.caseName, groupId);
        caseIds.set(nameKey(row.caseName), caseId);
        report.casesCreated++;
      }
      row.cells.forEach((cell, i) => {
        if (cell === null) return;
        const column = table.factColumns[i]!;
        const body = normalizeText(cell);
        const documentId = documents.insertDocument(store, caseId, `${row.caseName} — ${column}`, body, `case-table:${fileName}`);
        report.documentsCreated++;
        const segmentId = segments.insertSegment(store, { documentId, start: 0, end: codePointLength(body), quote: body, coderId });
        segments.insertCoding(store, segmentId, columnCodes[i]!, coderId);
        report.segmentsCreated++;
      });
    }
  });
  return report;
}

/**
 * Each column's code: an existing code whose name is a word of the header ("Positive facts"
 * is Positive, "Perspective (forecast)" is Forecast), else a code named for the column (column-codes.ts).
 */
function mapColumnsToCodes(ctx: ServiceContext, table: CaseTable, report: ImportReport, columnFramework: string | undefined): number[] {
  const { store } = ctx;
  const { frameworks, codes } = codebook.getCodebook(store);
  const frameworkOrder = new Map(frameworks.map((f, i) => [f.id, i]));
  const byFramework = [...codes].sort((a, b) => frameworkOrder.get(a.frameworkId)! - frameworkOrder.get(b.frameworkId)!);
  return table.factColumns.map((column) => {
    // Folded before splitting, so a letter written with a combining mark stays in its word.
    const words = new Set(nameKey(column).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    const match = byFramework.find((code) => words.has(nameKey(code.name)));
    return match ? match.id : columnCode(store, column, columnFramework, report.warnings);
  });
}

function checkSize(bytes: Uint8Array, fileName: string): void {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('fileTooLarge', `${fileName} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, {
      file: fileName, limitMb: MAX_IMPORT_BYTES / 1024 / 1024,
    });
  }
  if (bytes.length === 0) throw new AppError('emptyFile', `${fileName} is empty`, { file: fileName });
}
