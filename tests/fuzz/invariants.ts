/**
 * What every import must guarantee, whatever it is given: it fails only with an AppError and
 * then changes nothing; when it succeeds it is at most one undoable step, its report counts what it
 * made, the texts it stored are normalised, and each segment is a true span of its document.
 */
import { expect } from 'vitest';
import type { ImportReport } from '../../shared/entities.js';
import { trackedTables } from '../../main/db/tracked-tables.js';
import { Store } from '../../main/db/store.js';
import { AppError } from '../../main/errors.js';
import { seedDefaultCodebook } from '../../main/services/codebook.js';
import { createCase } from '../../main/services/cases.js';
import type { ServiceContext } from '../../main/services/context.js';

export function fuzzProject(): { ctx: ServiceContext; caseId: number } {
  const store = Store.memory();
  seedDefaultCodebook(store);
  const ctx = { store, coderName: 'Ada' };
  return { ctx, caseId: createCase(ctx, 'Fuzz', null).id };
}

/** Row counts of every table a user action can touch, the history's included. */
function rowCounts(store: Store): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of [...Object.keys(trackedTables), 'history_step', 'history_change']) {
    counts[table] = store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  }
  return counts;
}

const maxId = (store: Store, table: string) => (store.db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number);

/** Runs an import and checks the guarantees; returns its report, or null when it refused. */
export function checkImport(store: Store, run: () => ImportReport): ImportReport | null {
  const before = rowCounts(store);
  const since = { document: maxId(store, 'document'), segment: maxId(store, 'segment'), case_: maxId(store, 'case_') };
  let report: ImportReport;
  try {
    report = run();
  } catch (error) {
    if (!(error instanceof AppError)) throw new Error(`threw ${error instanceof Error ? error.stack : String(error)}, not an AppError`);
    expect(error.message).not.toBe('');
    expect(rowCounts(store)).toEqual(before);
    return null;
  }
  // An import only adds rows; one that found nothing to add records no step.
  const after = rowCounts(store);
  const added = Object.keys(trackedTables).some((table) => after[table] !== before[table]);
  expect(after.history_step).toBe(before.history_step! + (added ? 1 : 0));
  const newRows = (table: string, id: number) => store.db.prepare(`SELECT count(*) FROM ${table} WHERE id > ?`).pluck().get(id);
  expect(newRows('case_', since.case_)).toBe(report.casesCreated);
  expect(newRows('document', since.document)).toBe(report.documentsCreated);
  expect(newRows('segment', since.segment)).toBe(report.segmentsCreated);
  checkDocuments(store, since.document);
  return report;
}

function checkDocuments(store: Store, sinceId: number): void {
  const documents = store.db.prepare('SELECT id, text FROM document WHERE id > ?').all(sinceId) as { id: number; text: string }[];
  const segments = store.db.prepare('SELECT start, "end" AS "end", quote FROM segment WHERE document_id = ?');
  for (const { id, text } of documents) {
    expect(text, `document ${id}`).not.toMatch(/\r/);
    expect(text.startsWith('\uFEFF'), `document ${id} starts with a BOM`).toBe(false);
    expect(text.trim(), `document ${id} is blank`).not.toBe('');
    const codePoints = Array.from(text);
    for (const segment of segments.all(id) as { start: number; end: number; quote: string }[]) {
      expect(0 <= segment.start && segment.start < segment.end && segment.end <= codePoints.length, `segment [${segment.start}, ${segment.end}) of a ${codePoints.length}-code-point document`).toBe(true);
      expect(segment.quote).toBe(codePoints.slice(segment.start, segment.end).join(''));
    }
  }
}
