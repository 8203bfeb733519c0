import { basename, resolve } from 'node:path';
import type { DocumentImportReport } from '../../../shared/entities.js';
import { refiNoteText } from '../../../shared/i18n/refi-note-text.js';
import { refiFormatOf } from '../../../shared/refi-format.js';
import { sheetFormat } from '../../../shared/sheets.js';
import type { RefiImportReport } from '../../../shared/refi-report.js';
import { AppError } from '../../errors.js';
import { refuseCaseCoderProject } from '../../refi/parse-project.js';
import { defineCommand, UsageError } from '../args.js';
import type { Call } from '../call.js';
import { plural, type CliIo } from '../output.js';
import { documentTargets, type CaseChoice, type DocumentTarget } from '../document-cases.js';
import { counted, messagesFor, refusedMessage, uncarriedMessage, warningMessage, type Messages } from '../messages.js';
import { withProject } from '../project.js';
import { checkInput, readInput } from '../read-input.js';
import { sheetImporterFor, type SheetOptions } from '../sheet-importers.js';
import { watchJob } from '../watch-job.js';

interface ImportOptions extends CaseChoice {
  encoding: string | undefined;
  allowDuplicates: boolean;
}

/** What an import says: one summary line, and warnings for stderr. */
interface Outcome {
  summary: string;
  warnings: string[];
  /** The file was not imported (the others still are); the command ends with status 1. */
  failed?: boolean;
}

/** The file's place in the command's import run (imports.begin), for the importers that record one. */
type RunPlace = { id: number; file: number };

/** Imports one file, given as its name and its bytes. */
type Importer = (call: Call, fileName: string, content: Uint8Array, run?: RunPlace) => Promise<Outcome>;

/** A file to import: a REFI-QDA file is read where it lies by the import (a package may be hundreds of MB), any other here. */
type Input = { file: string; importer: 'package' } | { file: string; importer: Importer | 'document'; content: Uint8Array };

export const importCommand = defineCommand({
  name: 'import',
  positionals: ['PROJECT', 'FILE...'],
  options: {
    'case-table': { type: 'boolean' },
    group: { type: 'string', value: 'GROUP' },
    coder: { type: 'string', value: 'NAME' },
    case: { type: 'string', value: 'CASE' },
    'case-per-file': { type: 'boolean' },
    encoding: { type: 'string', value: 'NAME' },
    'allow-duplicates': { type: 'boolean' },
    attributes: { type: 'boolean' },
    survey: { type: 'boolean' },
    'case-column': { type: 'string', value: 'COL' },
    'text-columns': { type: 'string', value: '"A,B"' },
    types: { type: 'string', value: '"COL=TYPE,..."' },
    'by-number': { type: 'boolean' },
    'map-group': { type: 'string', value: '"SHEET=GROUP"', multiple: true },
  },
  async run({ values, positionals: [project, ...files] }, io) {
    const options: ImportOptions = {
      caseName: values.case, groupName: values.group, casePerFile: values['case-per-file'],
      encoding: values.encoding, allowDuplicates: values['allow-duplicates'],
    };
    const sheetOptions: SheetOptions = {
      caseTable: values['case-table'], attributes: values.attributes, survey: values.survey, caseColumn: values['case-column'],
      textColumns: values['text-columns'], types: values.types, caseName: values.case, groupName: values.group, byNumber: values['by-number'],
      groupMap: values['map-group'],
    };
    // Choose every importer and read every file before the project changes, so a typo in the
    // last file name does not leave the first files imported.
    const words = messagesFor(io.env);
    const inputs = files.map((file): Input => {
      const importer = sheetImporterFor(sheetOptions, words) ?? importerFor(file, options);
      if (importer === 'package') return (checkInput(io, file), { file, importer });
      const content = readInput(io, file);
      // Before any importer reads it as what it is not (a document whose name is no case's).
      refuseCaseCoderProject(basename(file), content);
      return { file, importer, content };
    });
    let failed = 0;
    let reached = inputs.length;
    await withProject(io, project!, { coder: values.coder }, async (call) => {
      // Every document's case is decided before the first is imported, each by its file's name.
      const documentFiles = inputs.filter((input) => input.importer === 'document').map((input) => basename(input.file));
      const targets = documentFiles.length === 0 ? []
        : documentTargets(documentFiles, options, { cases: await call('cases.list', {}), groups: await call('groups.list', {}) });
      const run = await beginRun(call, inputs, sheetOptions, words);
      // Ctrl+C stops after the file being imported (its reading abandoned), as the app's Stop does,
      // so the run is ended as stopped, not left to be reported as a crash.
      let stopping = false;
      const stop = () => {
        stopping = true;
        void call('documents.cancelImport', { importId: IMPORT_ID });
      };
      process.on('SIGINT', stop);
      try {
        let nextTarget = 0;
        for (const [index, input] of inputs.entries()) {
          if (stopping) {
            reached = index;
            break;
          }
          const { file } = input;
          const place = run === null ? undefined : { id: run, file: index };
          const outcome = input.importer === 'package'
            ? await importPackage(call, io, words, file, place)
            : await (input.importer === 'document' ? documentImporter(targets[nextTarget++]!, options, words) : input.importer)(call, basename(file), input.content, place);
          if (outcome.failed) io.err(`${file}: ${outcome.summary}`);
          else io.out(`${file}: ${outcome.summary}`);
          for (const warning of outcome.warnings) io.err(`${file}: ${warning}`);
          if (outcome.failed) failed++;
        }
      } finally {
        process.off('SIGINT', stop);
        if (run !== null) await call('imports.end', { id: run });
      }
    });
    if (reached < inputs.length) {
      throw new AppError('importStopped', `Stopped: ${reached - failed} of ${plural(inputs.length, 'file')} were imported, the rest were not`, {
        done: reached - failed, count: inputs.length,
      });
    }
    // The command line's own summary, after each file's line.
    if (failed > 0) throw new AppError('filesNotImported', `${failed} of ${plural(inputs.length, 'file')} not imported`, { failed, count: inputs.length });
  },
});

/** Names the command's document imports, so that Ctrl+C can abandon the file being read. */
const IMPORT_ID = 'command-line';

/**
 * Records the command's documents and packages as one import run in the project (imports.begin),
 * so that a process killed part-way leaves a record of which came in; a spreadsheet's import is one
 * transaction and records none. Null when nothing is recorded.
 */
async function beginRun(call: Call, inputs: Input[], sheetOptions: SheetOptions, words: Messages): Promise<number | null> {
  if (sheetImporterFor(sheetOptions, words)) return null;
  const kind = inputs.some((input) => input.importer === 'document') ? 'documents' : 'package';
  return (await call('imports.begin', { kind, files: inputs.map((input) => basename(input.file)) })).id;
}

/**
 * How a file is imported; each format the command reads is one branch here. A document's
 * importer waits for its case (documentImporter), which the project's cases decide.
 */
function importerFor(file: string, options: ImportOptions): 'package' | 'document' {
  if (refiFormatOf(file)) {
    if (options.caseName !== undefined) throw new UsageError('refiNoCase', { file });
    return 'package';
  }
  // Read as a document, a table would be refused as a kind CaseCoder does not import, after its
  // name (no case's) had asked for --case: neither says which option reads it.
  if (sheetFormat(file)) throw new UsageError('sheetNeedsMode', { file });
  return 'document';
}

/** A REFI-QDA file, read where it lies; written by a job off the main thread: progress on stderr, Ctrl+C cancels with nothing imported. */
async function importPackage(call: Call, io: CliIo, words: Messages, file: string, run: RunPlace | undefined): Promise<Outcome> {
  const fileName = basename(file);
  const report = await watchJob(call, io, words.t('commandLine.work.importing', { file: fileName }), () =>
    call('refi.import', { path: resolve(io.cwd, file), shownAs: file, ...(run ? { run } : {}) }));
  return describeRefi(words, report);
}

function documentImporter(target: DocumentTarget, { encoding, allowDuplicates }: ImportOptions, words: Messages): Importer {
  return async (call, fileName, content, run) => describeDocument(words, await call('documents.import', {
    target, files: [{ fileName, content, encoding }], allowDuplicates, importId: IMPORT_ID, run,
  }));
}

/** One document file's line: created (format, encoding), skipped as a duplicate, or refused and why. */
function describeDocument(words: Messages, report: DocumentImportReport): Outcome {
  const file = report.files[0]!;
  // A guessed encoding is a warning on stderr, in the system's language, as a spreadsheet's is.
  const warnings = file.warnings.map((w) => warningMessage(words, w));
  if (file.status === 'refused') {
    return { summary: refusedMessage(words, file), warnings, failed: true };
  }
  if (file.status === 'duplicate') {
    return { summary: words.t('commandLineResults.duplicate', { id: file.documentId }), warnings };
  }
  const details = [file.format, file.encoding, counted(words, 'character', file.characters ?? 0)].filter(Boolean).join(', ');
  const line = report.caseCreated ? 'documentAndCaseCreated' : 'documentCreated';
  return { summary: words.t(`commandLineResults.${line}`, { id: file.documentId, details }), warnings };
}

/** A REFI-QDA import: what arrived, and (as warnings) what could not be carried and why. */
export function describeRefi(words: Messages, report: RefiImportReport): Outcome {
  const { created } = report;
  const counts = [
    counted(words, 'case', created.cases), counted(words, 'document', created.documents), counted(words, 'code', created.codes),
    counted(words, 'segment', created.segments), counted(words, 'coding', created.codings), counted(words, 'coder', created.coders),
    counted(words, 'attribute', created.attributes), counted(words, 'memo', created.memos),
  ].join(', ');
  const origin = report.origin || words.t('commandLineResults.unnamedTool');
  return {
    summary: words.t('commandLineResults.refiCreated', { counts, format: report.format, origin }),
    warnings: [
      ...report.notCarried.map((u) => uncarriedMessage(words, u)),
      ...report.notes.map((n) => refiNoteText(words, n)),
    ],
  };
}
