/**
 * The one API between the UI (or any front door) and the services: each method's input and
 * output schema. Every front door parses input with these schemas before a service sees it.
 */
import { z } from 'zod';
import {
  Attribute, AttributeValue, BackupInfo, Memo, MemoListRow, MemoTarget, memoListKinds, CaseItem, Codebook, Code, DocumentItem, DocumentView, Framework,
  DocumentImportReport, Group, HistoryState, ImportReport, ProjectInfo, importRunKinds, MAX_RUN_FILES, ListedSegmentPage, SegmentCoding, SegmentQuery, SessionState,
  attributeTypes, segmentListFormats,
} from './entities.js';
import { CellEvidencePage, CellEvidenceRequest, CrossTable, TableRequest, exportFormats, exportLanguages } from './tables.js';
import {
  AutocodeApplyRequest, AutocodePreviewRequest, AutocodeResult, AutocodeSpan, SearchRequest, SearchResult, StopWordSettings,
  WordList, WordListExportRequest, WordListRequest,
} from './search.js';
import { codebookLanguages } from './default-codebook.js';
import { MergeChoices, MergePlan } from './merge.js';
import { AgreementReport, AgreementRequest } from './agreement/schema.js';
import { RefiImportReport } from './refi-report.js';
import { Comparison, ComparisonCellRequest, ComparisonRequest, EvidenceSegment } from './method/comparison.js';
import { QcaRequest, QcaResult } from './method/qca-request.js';
import { SelectionReport, caseStatuses } from './method/selection.js';
import { SummaryCellEvidence, SummaryCellRequest, SummaryGrid, SummaryGridRequest } from './method/summaries.js';
import { TablePresentation } from './method/presentation.js';
import { AttributeSheetPreview, CaseTablePreview, ColumnMapping, ColumnType, GroupColumn, GroupMap, SheetImportReport, SurveyColumns } from './sheets.js';

/**
 * Largest file that may be carried in a call, in bytes (before any base64): a document or a sheet,
 * which the importers hold to this or less. A project or package to merge or import is read
 * where it lies instead (fileAt below), past this size.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * What a job is doing when its count alone would not say: `finishing` once every item is done
 * but indexes are still being built and the work saved (a REFI-QDA import of 1,000 documents
 * sat at "1,000 of 1,000" for a second or more).
 */
export const jobStages = ['finishing'] as const;
export type JobStage = (typeof jobStages)[number];

const id = z.number().int().positive();
// A name is one line of text: a line break, tab or NUL in a case's name reached CSV exports and
// the screen as it was (review-hostile-1207 #9); invalid-input.ts says so by `kind`.
/** The longest name of anything (a case, code, coder, document): a REFI-QDA package's are held to it too. */
export const MAX_NAME_CHARS = 500;
const name = z.string().trim().min(1).max(MAX_NAME_CHARS).refine((text) => !/\p{Cc}/u.test(text), { params: { kind: 'controlCharacters' } });
const path = z.string().min(1).max(4096);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/);
/**
 * File content: the bytes themselves (the app sends them so: browser mode's HTTP in a call frame,
 * shared/call-frame.ts; the desktop app's IPC clones them; the command line, in its own process,
 * passes them), so a file of up to 50 MB is neither encoded nor decoded on the thread that must
 * start the import; or base64, for a caller that can only send JSON. The limit is MAX_IMPORT_BYTES either way. One check, not a
 * union: zod runs a string branch's length check on any object, and an object made to pass as
 * a typed array (its prototype set) throws from its length; isView tells a real one.
 */
const fileContent = z.custom<string | Uint8Array>(
  (value) => typeof value === 'string'
    ? value.length <= Math.ceil(MAX_IMPORT_BYTES / 3) * 4
    : value instanceof Uint8Array && ArrayBuffer.isView(value) && value.byteLength <= MAX_IMPORT_BYTES,
  { message: `expected a file's content, as base64 or bytes, of at most ${MAX_IMPORT_BYTES} bytes` },
);
/**
 * A file too large to carry in a call (a team's project holds hundreds of MB), which the services
 * read where it lies: by its path (the command line; the desktop app, which knows the path of
 * the file chosen), or by the handle browser mode's upload answered (shared/uploads.ts), never
 * by a path the page would name on the server's disk. `shownAs`: how messages name the file (as
 * typed, or as chosen); an upload's is the name it came with. `shape`: the method's other fields.
 */
function fileAt<S extends z.ZodRawShape>(shape: S) {
  return z.union([
    z.object({ path, shownAs: name.optional(), ...shape }).strict(),
    z.object({ upload: z.string().uuid(), ...shape }).strict(),
  ]);
}
/** A code's place in the codebook: FRAMEWORK/CODE or FRAMEWORK/PARENT/CHILD. */
const codePath = z.string().min(1).max(5000);
const empty = z.object({}).strict();
/**
 * A file of an import run begun by imports.begin: the run, and the file's place in its list (of
 * a call bringing several files, the first's; the others follow it).
 */
const runFile = z.object({ id, file: z.number().int().min(0).max(MAX_RUN_FILES - 1) }).strict();
const ok = z.object({ ok: z.literal(true) });
/**
 * A call's own name, chosen by the page and sent beside the method and input (every front door
 * passes it to the dispatch), so that jobs.cancelCall can stop the work of that call alone.
 */
export const CallId = z.string().uuid();

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const contract = {
  'session.get': method(empty, SessionState),
  'session.setCoder': method(z.object({ name }), SessionState),

  'project.list': method(empty, z.object({ recent: z.array(z.string()), workspace: z.array(z.string()) })),
  /** `language`: the default codebook's (the UI's language in the app); English when left out. */
  'project.create': method(z.object({ path, name: name.optional(), language: z.enum(codebookLanguages).optional() }), ProjectInfo),
  /** `readingCopy`: for a command that only reads; an older project is opened from a copy brought up to date, the file left as it was (ProjectInfo.readingCopy). */
  'project.open': method(z.object({ path, readingCopy: z.boolean().optional() }), ProjectInfo),
  'project.close': method(empty, ok),
  // The file written: a bare name lands in the CaseCoder folder, and the user is told where.
  // `withoutCodings`: for a second coder coding blind: no segments, codings, their memos or undo history.
  'project.saveCopy': method(z.object({ path, withoutCodings: z.boolean().optional() }), z.object({ path: z.string() })),
  /** A project refused as altered outside CaseCoder, imported into a new project beside it, which opens. */
  'project.salvage': method(z.object({ path }), z.object({ project: ProjectInfo, added: MergePlan.shape.added, leftBehind: z.number().int() })),

  'backups.list': method(empty, z.array(BackupInfo)),
  'backups.restore': method(z.object({ path }), ProjectInfo),
  /** A project file's backups and their restoring, without opening it (it may not open). */
  'backups.listOfFile': method(z.object({ project: path }), z.array(BackupInfo)),
  'backups.restoreFile': method(
    z.object({ project: path, backup: path }),
    z.object({ restoredFrom: z.string(), keptCurrentAs: z.string().nullable() }),
  ),

  'groups.list': method(empty, z.array(Group)),
  'groups.create': method(z.object({ name }), Group),
  'groups.findByName': method(z.object({ name }), Group),

  'cases.list': method(empty, z.array(CaseItem)),
  /** In the group `groupId`, or the group named `groupName` (made when missing, in the same undo step); not both. */
  'cases.create': method(
    z.object({ name, groupId: id.nullable().default(null), groupName: name.optional() })
      .refine((v) => v.groupId === null || v.groupName === undefined, { message: 'give groupId or groupName, not both' }),
    CaseItem,
  ),
  'cases.rename': method(z.object({ id, name }), ok),
  'cases.setGroup': method(z.object({ id, groupId: id.nullable() }), ok),
  'cases.delete': method(z.object({ id }), ok),
  /** The one case of that name (in that group, when one is named); several of that name is an error. */
  'cases.findByName': method(z.object({ name, groupName: name.optional() }), CaseItem),

  'attributes.list': method(empty, z.array(Attribute)),
  'attributes.create': method(
    z.object({ name, type: z.enum(attributeTypes), choices: z.array(name).default([]) }),
    Attribute,
  ),
  'attributes.setValue': method(
    z.object({ caseId: id, attributeId: id, value: AttributeValue.nullable() }),
    ok,
  ),

  'documents.list': method(z.object({ caseId: id.optional() }), z.array(DocumentItem)),
  'documents.get': method(z.object({ id }), DocumentView),
  'documents.importText': method(
    z.object({ caseId: id, fileName: name, content: fileContent }),
    ImportReport,
  ),
  'documents.paste': method(
    z.object({ caseId: id, name, text: z.string().min(1).max(MAX_IMPORT_BYTES) }),
    ImportReport,
  ),
  /** A text file into the case of that name, created (with its group) when missing. */
  'documents.importTextToCase': method(
    z.object({ caseName: name, groupName: name.optional(), fileName: name, content: fileContent }),
    ImportReport,
  ),
  /**
   * Text, Markdown, HTML, Word, OpenDocument, RTF and PDF files into one case (an existing one,
   * or one named and created when missing); each file is reported created, duplicate or refused.
   */
  'documents.import': method(
    z.object({
      target: z.union([z.object({ caseId: id }).strict(), z.object({ caseName: name, groupName: name.optional() }).strict()]),
      files: z.array(z.object({ fileName: name, content: fileContent, encoding: z.string().trim().min(1).max(64).optional() })).min(1).max(1000),
      /** Import a file whose text is already a document of the case as a second copy. */
      allowDuplicates: z.boolean().default(false),
      /** Names this import so documents.cancelImport can stop it. */
      importId: z.string().min(1).max(100).optional(),
      /** The import run this call's files belong to, marked as each comes in (imports.begin). */
      run: runFile.optional(),
    }),
    DocumentImportReport,
  ),
  'documents.cancelImport': method(z.object({ importId: z.string().min(1).max(100) }), ok),
  /**
   * A batch of files a front door brings in one call each: recorded in the project before the
   * first, so that, should the process die part-way, reopening it says which came in; ended
   * with imports.end however the batch ends (done, stopped, failed).
   */
  'imports.begin': method(z.object({ kind: z.enum(importRunKinds), files: z.array(name).min(1).max(MAX_RUN_FILES) }), z.object({ id })),
  'imports.end': method(z.object({ id }), ok),
  /** Puts away the notice of an import found interrupted on opening (ProjectInfo.interruptedImports). */
  'imports.dismiss': method(z.object({ id }), SessionState),
  'documents.rename': method(z.object({ id, name }), ok),
  'documents.move': method(z.object({ id, caseId: id }), ok),
  'documents.delete': method(z.object({ id }), ok),
  'documents.importCaseTable': method(
    z.object({ fileName: name, content: fileContent, groupName: name.optional(), columnFramework: name.optional(), tableCoder: name.optional() }),
    ImportReport,
  ),
  /**
   * A case table (CSV or XLSX): each fact column's proposed code, and a few rows. Nothing is
   * written. `groupColumn`: the fact column (by index) the user mapped to the group, or null for
   * none, so the cases it lists carry that column's groups; left out, the proposed column's.
   */
  'sheets.previewCaseTable': method(
    z.object({ fileName: name, content: fileContent, groupColumn: z.number().int().min(0).max(1000).nullable().optional() }),
    CaseTablePreview,
  ),
  /** Imports a case table with the mapping the user confirmed (the proposed one when left out). */
  'sheets.importCaseTable': method(
    z.object({
      fileName: name, content: fileContent, groupName: name.optional(), mapping: z.array(ColumnMapping).max(1000).optional(),
      /**
       * The rows' group when neither `groupName` nor a column gives theirs (the command line's,
       * named after the file); the report says when it was taken (SheetImportReport.defaultGroup).
       */
      defaultGroup: name.optional(),
      /** Where codes made for columns go (DEFAULT_COLUMN_FRAMEWORK when left out). */
      columnFramework: name.optional(),
      /** The name of the coder the cells' pre-coding is recorded under, should the import make it (shared/case-table-coder.ts). */
      tableCoder: name.optional(),
      /** A row's case named P1 also finds its group's case 1 (shared/sheet-cases.ts). */
      byNumber: z.boolean().optional(),
      /** The group column's groups put into groups of the project (shared/sheet-group-map.ts). */
      groupMap: GroupMap.optional(),
    }),
    SheetImportReport,
  ),
  /** An attribute sheet or, with `survey`, a survey: each column's role and inferred type. Nothing is written. */
  'sheets.previewAttributes': method(
    z.object({ fileName: name, content: fileContent, survey: SurveyColumns.optional(), groupColumn: GroupColumn.optional() }),
    AttributeSheetPreview,
  ),
  /** Imports an attribute sheet or survey, with the types the user chose by column header. */
  'sheets.importAttributes': method(
    z.object({
      fileName: name, content: fileContent, groupName: name.optional(), survey: SurveyColumns.optional(), groupColumn: GroupColumn.optional(),
      types: z.record(z.string().max(500), ColumnType).optional(),
      /** A row's case named P1 also finds its group's case 1 (shared/sheet-cases.ts). */
      byNumber: z.boolean().optional(),
      /** The Group column's groups put into groups of the project (shared/sheet-group-map.ts). */
      groupMap: GroupMap.optional(),
    }),
    SheetImportReport,
  ),

  'codebook.get': method(empty, Codebook),
  /**
   * The UI's language, said as it shows a project: a project made at start (named in the
   * system's language) gets its default codebook named in it while nothing is done in it yet.
   */
  'codebook.followUiLanguage': method(z.object({ language: z.enum(codebookLanguages) }), z.object({ renamed: z.boolean() })),
  'frameworks.create': method(z.object({ name, exclusive: z.boolean().default(false) }), Framework),
  'frameworks.findByName': method(z.object({ name }), Framework),
  'frameworks.update': method(z.object({ id, name: name.optional(), exclusive: z.boolean().optional() }), ok),
  'codes.create': method(
    z.object({
      frameworkId: id,
      parentId: id.nullable().default(null),
      name,
      color: color.optional(),
      description: z.string().max(10000).default(''),
    }),
    Code,
  ),
  'codes.update': method(
    z.object({ id, name: name.optional(), color: color.optional(), description: z.string().max(10000).optional() }),
    ok,
  ),
  'codes.delete': method(z.object({ id }), ok),
  /** Puts a code under another parent of its framework (null: top level), at `index` among its new siblings. */
  'codes.move': method(z.object({ id, parentId: id.nullable(), index: z.number().int().min(0) }), ok),
  /** The source code's and its sub-codes' codings move to the target; the merged codes go. One undoable step. */
  'codes.merge': method(z.object({ sourceId: id, targetId: id }), z.object({ codingsMoved: z.number().int() })),
  /** Per code: segments, cases and codings that carry it. */
  'codebook.counts': method(
    z.object({}),
    z.array(z.object({ codeId: z.number().int(), segments: z.number().int(), cases: z.number().int(), codings: z.number().int() })),
  ),
  'codes.findByPath': method(z.object({ path: codePath }), Code),

  'coding.apply': method(
    z.object({ documentId: id, start: z.number().int().min(0), end: z.number().int().min(1), codeId: id }),
    /** `replaced`: the coder's other codes of an exclusive framework taken off the span in its place. */
    z.object({ segmentId: id, replaced: z.array(id) }),
  ),
  /** Codes the one place the quote occurs in the case's documents; none or several is an error. */
  'coding.applyByQuote': method(
    z.object({ caseName: name, groupName: name.optional(), quote: z.string().min(1).max(MAX_IMPORT_BYTES), codePath }),
    z.object({
      segmentId: id, documentId: id, documentName: z.string(), start: z.number().int(), end: z.number().int(), codeId: id, codePath: z.string(),
    }),
  ),
  'coding.remove': method(z.object({ codingId: id }), ok),
  /** The coding's segment coded with another code as the current coder's, the coding removed: one undoable step. */
  'coding.change': method(z.object({ codingId: id, codeId: id }), ok),

  'memos.list': method(z.object({ target: MemoTarget }), z.array(Memo)),
  'memos.create': method(z.object({ target: MemoTarget, name: z.string().max(500).default(''), text: z.string().min(1).max(1_000_000) }), ok),
  /** A memo on a passage (code points) that need not be a segment yet: it becomes one, with no coding (services/memos.ts). */
  'memos.createOnPassage': method(
    z.object({
      documentId: id, start: z.number().int().min(0), end: z.number().int().min(1), name: z.string().max(500).default(''), text: z.string().min(1).max(1_000_000),
    }),
    ok,
  ),
  // A memo whose text is emptied is deleted (services/memos.ts).
  'memos.update': method(z.object({ id, name: z.string().max(500).optional(), text: z.string().max(1_000_000).optional() }), ok),
  'memos.delete': method(z.object({ id }), ok),
  // A memo no longer attached to anything put on a target again (services/memos.ts).
  'memos.attach': method(z.object({ id, target: MemoTarget }), ok),
  /** `documentId`: only the memos on that document's segments and on their codings. */
  'memos.find': method(z.object({ kind: z.enum(memoListKinds).optional(), text: z.string().max(500).optional(), documentId: id.optional() }), z.array(MemoListRow)),

  'segments.query': method(SegmentQuery, ListedSegmentPage),
  /** A segment's codings, each by its code and coder, with how many notes are on it. */
  'segments.codings': method(z.object({ segmentId: id }), z.array(SegmentCoding)),
  /** Every segment the list's filters match, in its sort, as a file; headings in `language`. */
  'segments.export': method(
    z.object({
      query: SegmentQuery.omit({ offset: true, limit: true, countTotal: true, afterId: true }),
      format: z.enum(segmentListFormats),
      language: z.enum(exportLanguages).default('en'),
    }),
    z.object({ fileName: z.string(), content: z.string(), rowCount: z.number().int() }),
  ),

  'search.run': method(SearchRequest, SearchResult),
  'search.autocodePreview': method(AutocodePreviewRequest, z.object({ spans: z.array(AutocodeSpan), complete: z.boolean() })),
  'search.autocodeApply': method(AutocodeApplyRequest, AutocodeResult),
  'words.list': method(WordListRequest, WordList),
  'words.export': method(WordListExportRequest, z.object({ fileName: z.string(), content: z.string(), rowCount: z.number().int() })),
  'words.stopWords': method(empty, StopWordSettings),
  'words.setStopWords': method(StopWordSettings, StopWordSettings),

  'tables.build': method(TableRequest, CrossTable),
  /** A page of the segments behind one cell of a table (tables.build leaves a table of counts without them). */
  'tables.cellEvidence': method(CellEvidenceRequest, CellEvidencePage),
  'tables.export': method(
    z.object({ request: TableRequest, format: z.enum(exportFormats) }),
    z.object({ fileName: z.string(), content: z.string(), title: z.string(), rowCount: z.number().int(), columnCount: z.number().int() }),
  ),
  /** Long operations running in worker threads (tables, exports), with their progress; cancel asks one to stop. */
  'jobs.list': method(
    z.object({}),
    z.array(z.object({
      id: z.number().int(), name: z.string(), done: z.number(), total: z.number(), stage: z.enum(jobStages).optional(), startedAt: z.number(),
    })),
  ),
  'jobs.cancel': method(z.object({ id: z.number().int() }), ok),
  /** Stops the jobs of a call the page no longer waits for (its view left, its request superseded): see CallId. */
  'jobs.cancelCall': method(z.object({ callId: CallId }), ok),

  /** What merging a teammate's project (or a REFI-QDA package: .qdpx, .qde) would do; merge.apply writes it. */
  'merge.plan': method(fileAt({}), MergePlan),
  'merge.apply': method(z.object({ planId: z.string().uuid(), choices: MergeChoices.default({}) }), MergePlan),
  'merge.cancel': method(z.object({ planId: z.string().uuid() }), ok),

  /** `run`: of a batch begun by imports.begin; without it the import records a run of its own. */
  'refi.import': method(fileAt({ run: runFile.optional() }), RefiImportReport),
  /** `language`: of the names CaseCoder adds (the case groups' variable); English when left out. */
  'refi.export': method(z.object({ format: z.enum(['qdpx', 'qdc']), language: z.enum(exportLanguages).optional() }), z.object({ fileName: z.string(), content: z.string() })),

  /**
   * The coders with a coding (one with none has nothing to filter or compare by). `people`: not the
   * case table's pre-coding (shared/case-table-coder.ts): agreement compares people, a table is read for one.
   */
  'coders.list': method(z.object({ people: z.boolean().optional() }), z.array(z.string())),
  /** The name as the project spells it; unknownCoder when no coder has it. */
  'coders.findByName': method(z.object({ name }), z.string()),
  'agreement.report': method(AgreementRequest, AgreementReport),
  /** The report's figures as a table file for a paper (no disagreements: they are the tab's and --json's). */
  'agreement.export': method(
    TablePresentation.extend({ request: AgreementRequest.omit({ maxDisagreements: true }), format: z.enum(exportFormats) }),
    z.object({ fileName: z.string(), content: z.string(), title: z.string() }),
  ),

  /** The case selection log: every case's status, its decisions, the funnel and the reasons. */
  'selection.report': method(empty, SelectionReport),
  /** A decision on a case; criteria not yet on the project's checklist are added to it. */
  'selection.decide': method(
    z.object({ caseId: id, status: z.enum(caseStatuses), reason: z.string().trim().max(5000).default(''), criteria: z.array(name).max(100).default([]) }),
    ok,
  ),
  'selection.addCriterion': method(z.object({ name }), ok),
  'selection.export': method(TablePresentation.extend({ format: z.enum(exportFormats) }), z.object({ fileName: z.string(), content: z.string(), title: z.string() })),
  'qca.run': method(QcaRequest, QcaResult),
  'comparison.build': method(ComparisonRequest, Comparison),
  /** The segments behind one comparison cell (a code in a part's cases), read when it is opened. */
  'comparison.cellEvidence': method(ComparisonCellRequest, z.array(EvidenceSegment)),
  'comparison.export': method(
    TablePresentation.extend({ request: ComparisonRequest, format: z.enum(exportFormats) }),
    z.object({ fileName: z.string(), content: z.string(), title: z.string() }),
  ),
  'summaries.grid': method(SummaryGridRequest, SummaryGrid),
  /** The coded segments of one case × code cell, read when it is opened. */
  'summaries.cellEvidence': method(SummaryCellRequest, SummaryCellEvidence),
  /** A case × code cell's summary; empty text removes it. One undoable step. */
  'summaries.set': method(z.object({ caseId: id, codeId: id, text: z.string().max(1_000_000) }), ok),
  /** The summaries grid as a table file, each cell its summary and, with quotes, the segments behind it. */
  'summaries.export': method(
    TablePresentation.extend({ request: SummaryGridRequest, quotes: z.boolean().default(false), format: z.enum(exportFormats) }),
    z.object({ fileName: z.string(), content: z.string(), title: z.string() }),
  ),

  'history.state': method(empty, HistoryState),
  'history.undo': method(empty, HistoryState),
  'history.redo': method(empty, HistoryState),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const methods = Object.keys(contract) as Method[];

export function isMethod(value: unknown): value is Method {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** A failure the user can act on: a stable code for translation, plus its parameters. */
export const ApiError = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type ApiError = z.infer<typeof ApiError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
