/**
 * REFI-QDA import: parse and check the whole file first, then write it as one undoable step.
 * A file refused at any stage leaves the project untouched.
 */
import { recordStep } from '../db/history.js';
import type { ServiceContext } from '../services/context.js';
import type { RefiProject } from './model.js';
import { parseRefi, refiFormat } from './parse-project.js';
import type { RefiImportReport } from './uncarried.js';
import { importIntoProject, type ImportProgress } from './import-into-project.js';

export { parseRefi } from './parse-project.js';

export async function importRefi(ctx: ServiceContext, fileName: string, bytes: Buffer): Promise<RefiImportReport> {
  const project = await parseRefi(fileName, bytes);
  return writeRefi(ctx, fileName, project);
}

/**
 * Writes an already parsed project (for callers that inspected it first, and the import job,
 * which parses in its worker thread and writes there). `progress` may throw to stop the
 * import: the step's transaction then rolls back and the project is as it was.
 */
export function writeRefi(ctx: ServiceContext, fileName: string, project: RefiProject, progress?: ImportProgress): RefiImportReport {
  const report: RefiImportReport = {
    fileName,
    format: refiFormat(fileName),
    origin: project.origin,
    created: { coders: 0, frameworks: 0, codes: 0, attributes: 0, groups: 0, cases: 0, documents: 0, segments: 0, codings: 0, memos: 0, sets: 0 },
    notCarried: project.uncarried.map((u) => ({ ...u, examples: [...u.examples] })),
    notes: [],
  };
  // Objects without a recorded author are credited to whoever imports, else to the file's first user.
  const fallbackCoder = ctx.coderName ?? project.users[0]?.name ?? 'Imported';
  recordStep(ctx.store, 'refi.import', () => importIntoProject(ctx.store, project, fallbackCoder, report, progress));
  for (const source of project.sources) {
    const placed = Object.entries(source.placedByQuote) as [RefiProject['sources'][number]['offsetUnit'], number][];
    if (placed.length > 1 || placed.some(([unit]) => unit !== 'codePoint-lf')) {
      const counts = placed.map(([unit, n]) => `${n} as ${describeUnit(unit)}`).join(', ');
      report.notes.push(`Selections in "${source.name}" were placed one by one by their quoted text: ${counts}.`);
    }
    const unplaced = source.selections.length - placed.reduce((sum, [, n]) => sum + n, 0);
    if (source.offsetUnit !== 'codePoint-lf' && unplaced > 0) {
      report.notes.push(`Positions in "${source.name}" were read as ${describeUnit(source.offsetUnit)}, as ${project.origin || 'the writing tool'} counts them.`);
    }
  }
  return report;
}

function describeUnit(unit: RefiProject['sources'][number]['offsetUnit']): string {
  const [counting, lines] = unit.split('-');
  return `${counting === 'utf16' ? 'UTF-16 units' : 'code points'} with ${lines === 'raw' ? 'CRLF counted as two' : 'CRLF counted as one'}`;
}
