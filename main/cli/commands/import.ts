import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ImportReport } from '../../../shared/entities.js';
import { listCases } from '../../db/repos/cases.js';
import { findGroupByName } from '../../db/repos/groups.js';
import { createCase, createGroup } from '../../services/cases.js';
import type { ServiceContext } from '../../services/context.js';
import { importCaseTable, importTextFile } from '../../services/documents.js';
import { importRefi } from '../../refi/import.js';
import { refiFormatOf } from '../../refi/parse-project.js';
import type { RefiImportReport } from '../../refi/report.js';
import { defineCommand, UsageError } from '../args.js';
import { plural, type CliIo } from '../output.js';
import { withProject } from '../project.js';

interface ImportOptions {
  caseTable: boolean;
  caseName: string | undefined;
  groupName: string | undefined;
}

/** What an import says: one summary line, and warnings for stderr. */
interface Outcome {
  summary: string;
  warnings: string[];
}

type Importer = (ctx: ServiceContext, fileName: string, bytes: Buffer) => Outcome | Promise<Outcome>;


export const importCommand = defineCommand({
  name: 'import',
  summary: 'Import plain-text files into a case, case tables (a case per row), or REFI-QDA projects and codebooks',
  positionals: ['PROJECT', 'FILE...'],
  options: {
    'case-table': { type: 'boolean', help: 'Each FILE is a case table: CSV, a row per case, a column per fact type' },
    group: { type: 'string', value: 'GROUP', help: 'Group of the cases (created when missing)' },
    coder: { type: 'string', value: 'NAME', help: 'Coder of the codings a case table makes (default: $CASECODER_CODER, else your settings)' },
    case: { type: 'string', value: 'CASE', help: 'Case the text files go to (created when missing)' },
  },
  details: [
    'Text files may be UTF-8, UTF-16 or Windows-1251; each becomes one document of CASE.',
    "A case table's cells become documents of their row's case, each coded whole with its column's code.",
    'A .qdpx, .qde or .qdc file (REFI-QDA, from NVivo, ATLAS.ti, MAXQDA, QualCoder...) brings its sources, codes, cases,',
    'variables, codings and notes; what cannot be carried (PDF, pictures, audio, video, graphs, links) is listed.',
  ].join('\n'),
  async run({ values, positionals: [project, ...files] }, io) {
    const options: ImportOptions = { caseTable: values['case-table'], caseName: values.case, groupName: values.group };
    // Choose every importer and read every file before the project changes, so a typo in the
    // last file name does not leave the first files imported.
    const inputs = files.map((file) => ({ file, importer: importerFor(file, options), bytes: readInput(io, file) }));
    await withProject(io, project!, { coder: values.coder }, async (ctx) => {
      for (const { file, importer, bytes } of inputs) {
        const outcome = await importer(ctx, basename(file), bytes);
        io.out(`${file}: ${outcome.summary}`);
        for (const warning of outcome.warnings) io.err(`${file}: ${warning}`);
      }
    });
  },
});

/** How a file is imported; each format the command reads is one branch here. */
function importerFor(file: string, options: ImportOptions): Importer {
  if (refiFormatOf(file)) {
    if (options.caseTable || options.caseName !== undefined) throw new UsageError(`${file} is a REFI-QDA file: --case-table and --case do not apply`);
    return async (ctx, fileName, bytes) => describeRefi(await importRefi(ctx, fileName, bytes));
  }
  if (options.caseTable) {
    if (options.caseName !== undefined) throw new UsageError('--case does not apply to case tables, whose rows name their cases');
    return (ctx, fileName, bytes) => describeReport(importCaseTable(ctx, fileName, bytes, options.groupName));
  }
  const { caseName } = options;
  if (caseName === undefined) throw new UsageError(`--case CASE is needed to import ${file} as text (or --case-table for a case table)`);
  // One transaction, so a file that fails to import leaves no empty case behind.
  return (ctx, fileName, bytes) =>
    describeReport(
      ctx.store.transaction(() => {
        const target = caseFor(ctx, caseName, options.groupName);
        const report = importTextFile(ctx, target.id, fileName, bytes);
        return { ...report, casesCreated: report.casesCreated + (target.created ? 1 : 0) };
      }),
    );
}

/** The case named so (in the group, when one is given), created when there is none. */
function caseFor(ctx: ServiceContext, name: string, groupName: string | undefined): { id: number; created: boolean } {
  const group = groupName === undefined ? undefined : findGroupByName(ctx.store, groupName);
  const matches = listCases(ctx.store).filter((c) => c.name === name && (groupName === undefined || c.groupId === group?.id));
  if (matches.length > 1) {
    const hint = groupName === undefined ? '; give --group to say which' : '';
    throw new Error(`${matches.length} cases are named ${name} (ids ${matches.map((c) => c.id).join(', ')})${hint}`);
  }
  if (matches[0]) return { id: matches[0].id, created: false };
  const groupId = groupName === undefined ? null : (group ?? createGroup(ctx, groupName)).id;
  return { id: createCase(ctx, name, groupId).id, created: true };
}

function readInput(io: CliIo, file: string): Buffer {
  try {
    return readFileSync(resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new Error(`Cannot read ${file}: ${reason}`);
  }
}

function describeReport(report: ImportReport): Outcome {
  const created = [plural(report.casesCreated, 'case'), plural(report.documentsCreated, 'document'), plural(report.segmentsCreated, 'segment')];
  return { summary: `created ${created.join(', ')}${report.encoding ? ` (${report.encoding})` : ''}`, warnings: report.warnings };
}

/** A REFI-QDA import: what arrived, and (as warnings) what could not be carried and why. */
function describeRefi(report: RefiImportReport): Outcome {
  const { created } = report;
  const counts = [
    plural(created.cases, 'case'), plural(created.documents, 'document'), plural(created.codes, 'code'),
    plural(created.segments, 'segment'), plural(created.codings, 'coding'), plural(created.coders, 'coder'),
    plural(created.attributes, 'attribute'), plural(created.memos, 'memo'),
  ];
  return {
    summary: `created ${counts.join(', ')} (${report.format} from ${report.origin || 'an unnamed tool'})`,
    warnings: [
      ...report.notCarried.map((u) => `not carried: ${plural(u.count, u.kind)}${u.examples.length ? ` (${u.examples.join('; ')})` : ''}`),
      ...report.notes,
    ],
  };
}
