/**
 * REFI-QDA import: the file is written as one undoable step as it is parsed and checked
 * (import-into-project.ts). A file refused at any stage leaves the project untouched.
 */
import { withBulkCache } from '../db/bulk-cache.js';
import { recordStep } from '../db/history.js';
import type { ServiceContext } from '../services/context.js';
import type { RefiParts } from './model.js';
import { parseRefi, refiFormat } from './parse-project.js';
import { wholeProjectParts } from './project-parts.js';
import type { RefiImportReport } from './uncarried.js';
import { importIntoProject, type ImportProgress } from './import-into-project.js';

export { parseRefi } from './parse-project.js';

/** Parses the whole file in this thread, then writes it (a merge's package; tests). */
export async function importRefi(ctx: ServiceContext, fileName: string, bytes: Buffer): Promise<RefiImportReport> {
  return writeRefi(ctx, fileName, wholeProjectParts(await parseRefi(fileName, bytes)));
}

/**
 * Writes a project handed in parts (the import job's come from a parser running ahead in
 * another thread: jobs/refi-parse-ahead.ts), and stops its parsing when done. `progress` may
 * throw to stop the import: the step's transaction then rolls back and the project is as it was.
 */
export function writeRefi(ctx: ServiceContext, fileName: string, parts: RefiParts, progress?: ImportProgress): RefiImportReport {
  const report: RefiImportReport = {
    fileName,
    format: refiFormat(fileName),
    origin: '',
    created: { coders: 0, frameworks: 0, codes: 0, attributes: 0, groups: 0, cases: 0, documents: 0, segments: 0, codings: 0, memos: 0, sets: 0 },
    notCarried: [],
    notes: [],
  };
  try {
    withBulkCache(ctx.store, () => recordStep(ctx.store, 'refi.import', () => importIntoProject(ctx.store, parts, ctx.coderName, report, progress)));
  } catch (error) {
    throw parts.explain(error);
  } finally {
    parts.close();
  }
  return report;
}
