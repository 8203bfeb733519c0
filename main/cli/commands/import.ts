import { basename } from 'node:path';
import type { DocumentImportReport } from '../../../shared/entities.js';
import { refiNoteText } from '../../../shared/i18n/refi-note-text.js';
import type { RefiImportReport } from '../../../shared/refi-report.js';
import { AppError } from '../../errors.js';
import { refiFormatOf } from '../../refi/parse-project.js';
import { defineCommand, UsageError } from '../args.js';
import type { Call } from '../call.js';
import { plural, type CliIo } from '../output.js';
import { documentTargets, type CaseChoice, type DocumentTarget } from '../document-cases.js';
import { counted, messagesFor, refusedMessage, uncarriedMessage, warningMessage, type Messages } from '../messages.js';
import { withProject } from '../project.js';
import { readInput } from '../read-input.js';
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

/** Imports one file, given as its name and its bytes. */
type Importer = (call: Call, fileName: string, content: Uint8Array) => Promise<Outcome>;

export const importCommand = defineCommand({
  name: 'import',
  summary: 'Import documents (text, Markdown, HTML, Word, OpenDocument, RTF, PDF) into a case, case tables (a case per row), or REFI-QDA projects and codebooks',
  positionals: ['PROJECT', 'FILE...'],
  options: {
    'case-table': { type: 'boolean', help: 'Each FILE is a case table: CSV, a row per case, a column per fact type' },
    group: { type: 'string', value: 'GROUP', help: 'Group of the cases (created when missing); documents are matched to its cases only' },
    coder: { type: 'string', value: 'NAME', help: 'Coder of the codings a case table makes (default: $CASECODER_CODER, else your settings)' },
    case: { type: 'string', value: 'CASE', help: 'Case the documents go to (created when missing); of several files, those named after a case go to it' },
    'case-per-file': { type: 'boolean', help: 'A new case per document, named after its file (P1_interview.docx makes P1) unless a case is' },
    encoding: { type: 'string', value: 'NAME', help: 'Read text, Markdown and HTML files in this encoding (e.g. koi8-r, windows-1252) instead of detecting it' },
    'allow-duplicates': { type: 'boolean', help: 'Import a file whose text is already a document of the case as a second copy' },
    attributes: { type: 'boolean', help: 'Each FILE is an attribute sheet (CSV or XLSX): a row per case, its name first, a column per attribute' },
    survey: { type: 'boolean', help: 'Each FILE is a survey (CSV or XLSX): a row per respondent; needs --case-column and --text-columns' },
    'case-column': { type: 'string', value: 'COL', help: "Survey column naming each row's case" },
    'text-columns': { type: 'string', value: '"A,B"', help: 'Survey columns whose answers become documents of the case, named by the column' },
    types: { type: 'string', value: '"COL=TYPE,..."', help: 'Attribute types instead of the inferred ones: text, number, date, boolean, choice or skip' },
  },
  details: [
    'Each .txt, .md, .html, .docx, .odt, .rtf or .pdf file becomes one document of a case, chosen as the app chooses it:',
    'a file named after a case (P1_interview.docx, P1 notes.pdf: the case\'s name, then _, -, a space or a dot) goes to it,',
    'the others to CASE (one file alone: to CASE if given); a file left without a case stops the import before anything',
    'is written. With --case-per-file each file not named after a case makes one named after it. The encoding of text files',
    '(UTF-8, UTF-16, Windows-1251, KOI8-R, Windows-1252...) is detected and printed, "unsure" when it is a guess.',
    'A file that cannot be read is reported on stderr and the others still import (the command then ends with status 1);',
    'a file whose text is already a document of CASE is skipped unless --allow-duplicates.',
    "A case table's cells (CSV or XLSX) become documents of their row's case, each coded whole with its column's code,",
    'but a column of short values (a city, a profession, an age) sets a case attribute; cells already documents of their',
    'case are skipped. An attribute sheet sets case attributes (a Group, Группа or Топ',
    'column sets the group; types are inferred); a survey also makes each text column a document of the respondent.',
    'A .qdpx, .qde or .qdc file (REFI-QDA, from NVivo, ATLAS.ti, MAXQDA, QualCoder...) brings its sources, codes, cases,',
    'variables, codings and notes; what cannot be carried (PDF, pictures, audio, video, graphs, links) is listed.',
  ].join('\n'),
  async run({ values, positionals: [project, ...files] }, io) {
    const options: ImportOptions = {
      caseName: values.case, groupName: values.group, casePerFile: values['case-per-file'],
      encoding: values.encoding, allowDuplicates: values['allow-duplicates'],
    };
    const sheetOptions: SheetOptions = {
      caseTable: values['case-table'], attributes: values.attributes, survey: values.survey, caseColumn: values['case-column'],
      textColumns: values['text-columns'], types: values.types, caseName: values.case, groupName: values.group,
    };
    // Choose every importer and read every file before the project changes, so a typo in the
    // last file name does not leave the first files imported.
    const words = messagesFor(io.env);
    const inputs = files.map((file) => ({ file, importer: sheetImporterFor(sheetOptions, words) ?? importerFor(file, options, io, words), content: readInput(io, file) }));
    let failed = 0;
    await withProject(io, project!, { coder: values.coder }, async (call) => {
      // Every document's case is decided before the first is imported, each by its file's name.
      const documentFiles = inputs.filter((input) => input.importer === 'document').map((input) => basename(input.file));
      const targets = documentFiles.length === 0 ? []
        : documentTargets(documentFiles, options, { cases: await call('cases.list', {}), groups: await call('groups.list', {}) });
      let nextTarget = 0;
      for (const { file, importer, content } of inputs) {
        const importOne = importer === 'document' ? documentImporter(targets[nextTarget++]!, options, words) : importer;
        const outcome = await importOne(call, basename(file), content);
        if (outcome.failed) io.err(`${file}: ${outcome.summary}`);
        else io.out(`${file}: ${outcome.summary}`);
        for (const warning of outcome.warnings) io.err(`${file}: ${warning}`);
        if (outcome.failed) failed++;
      }
    });
    // The command line's own summary, after each file's line.
    if (failed > 0) throw new AppError('filesNotImported', `${failed} of ${plural(inputs.length, 'file')} not imported`, { failed, count: inputs.length });
  },
});

/**
 * How a file is imported; each format the command reads is one branch here. A document's
 * importer waits for its case (documentImporter), which the project's cases decide.
 */
function importerFor(file: string, options: ImportOptions, io: CliIo, words: Messages): Importer | 'document' {
  if (refiFormatOf(file)) {
    if (options.caseName !== undefined) throw new UsageError(`${file} is a REFI-QDA file: --case does not apply`);
    // Written by a job off the main thread: progress on stderr, Ctrl+C cancels with nothing imported.
    return async (call, fileName, content) => describeRefi(words, await watchJob(call, io, words.t('commandLine.work.importing', { file: fileName }), () => call('refi.import', { fileName, content })));
  }
  return 'document';
}

function documentImporter(target: DocumentTarget, { encoding, allowDuplicates }: ImportOptions, words: Messages): Importer {
  return async (call, fileName, content) => describeDocument(words, await call('documents.import', {
    target, files: [{ fileName, content, encoding }], allowDuplicates,
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
