import { basename } from 'node:path';
import type { ImportReport } from '../../../shared/entities.js';
import type { RefiImportReport } from '../../../shared/refi-report.js';
import { refiFormatOf } from '../../refi/parse-project.js';
import { defineCommand, UsageError } from '../args.js';
import type { Call } from '../call.js';
import { plural } from '../output.js';
import { withProject } from '../project.js';
import { readInput } from '../read-input.js';

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

/** Imports one file, given as its name and its bytes in base64. */
type Importer = (call: Call, fileName: string, content: string) => Promise<Outcome>;

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
    const inputs = files.map((file) => ({ file, importer: importerFor(file, options), content: readInput(io, file) }));
    await withProject(io, project!, { coder: values.coder }, async (call) => {
      for (const { file, importer, content } of inputs) {
        const outcome = await importer(call, basename(file), content);
        io.out(`${file}: ${outcome.summary}`);
        for (const warning of outcome.warnings) io.err(`${file}: ${warning}`);
      }
    });
  },
});

/** How a file is imported; each format the command reads is one branch here. */
function importerFor(file: string, options: ImportOptions): Importer {
  const { caseName, groupName } = options;
  if (refiFormatOf(file)) {
    if (options.caseTable || caseName !== undefined) throw new UsageError(`${file} is a REFI-QDA file: --case-table and --case do not apply`);
    return async (call, fileName, content) => describeRefi(await call('refi.import', { fileName, content }));
  }
  if (options.caseTable) {
    if (caseName !== undefined) throw new UsageError('--case does not apply to case tables, whose rows name their cases');
    return async (call, fileName, content) => describeReport(await call('documents.importCaseTable', { fileName, content, groupName }));
  }
  if (caseName === undefined) throw new UsageError(`--case CASE is needed to import ${file} as text (or --case-table for a case table)`);
  return async (call, fileName, content) =>
    describeReport(await call('documents.importTextToCase', { caseName, groupName, fileName, content }));
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
