/** The shapes that cross the API boundary, as schemas; the types are inferred from them. */
import { z } from 'zod';
import { languages } from './languages.js';

export const attributeTypes = ['text', 'number', 'date', 'boolean', 'choice'] as const;
export type AttributeType = (typeof attributeTypes)[number];

/** A project file's extension; a path given without one gets it. */
export const PROJECT_EXTENSION = '.casecoder';

/** What a run recorded while it works is: document files, REFI-QDA packages, or a merge of a teammate's project. */
export const importRunKinds = ['documents', 'package', 'merge'] as const;
export type ImportRunKind = (typeof importRunKinds)[number];

/** Files an import run may list (the project schema's bound on a file's place, migration 013). */
export const MAX_RUN_FILES = 10_000;

/** Files an interrupted import names on screen, per kind of outcome; the rest are counted. */
export const INTERRUPTED_NAMES_SHOWN = 10;

/**
 * Whose a recorded run is, as the process that opened the project judges it
 * (main/services/run-owner.ts): `cutShort`, its process died before it ended (or it was
 * recorded before owners were); `running`, a live CaseCoder on this computer is doing it;
 * `elsewhere`, CaseCoder on another computer began it, and only that computer can tell
 * whether it still runs. Only a run cut short may be dismissed.
 */
export const importRunStatuses = ['cutShort', 'running', 'elsewhere'] as const;
export type ImportRunStatus = (typeof importRunStatuses)[number];

/**
 * An import or merge recorded in the project when it was opened (main/db/repos/import-runs.ts):
 * whether its process died part-way or another CaseCoder is doing it, when it began, how many of
 * its files came in, were refused or were never reached, and the first names of each.
 */
export const InterruptedImport = z.object({
  id: z.number().int(),
  kind: z.enum(importRunKinds),
  status: z.enum(importRunStatuses),
  /** The computer doing a run `elsewhere`, by its name; else null. */
  host: z.string().max(255).nullable(),
  startedAt: z.string().max(40),
  files: z.object({
    done: z.number().int().nonnegative(),
    refused: z.number().int().nonnegative(),
    pending: z.number().int().nonnegative(),
  }),
  names: z.object({
    done: z.array(z.string().max(500)).max(INTERRUPTED_NAMES_SHOWN),
    refused: z.array(z.string().max(500)).max(INTERRUPTED_NAMES_SHOWN),
    pending: z.array(z.string().max(500)).max(INTERRUPTED_NAMES_SHOWN),
  }),
});
export type InterruptedImport = z.infer<typeof InterruptedImport>;

export const ProjectInfo = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  /** Why the project's folder is unsafe for it (a network or cloud-synced folder), or null. */
  risk: z.string().nullable(),
  /** A copy made for a second coder to code blind: the coder name of who made it ('' for none), else null. */
  blindCopyBy: z.string().nullable(),
  /** Imports and merges recorded when the project was opened: cut short (until dismissed) or still running elsewhere. */
  interruptedImports: z.array(InterruptedImport),
  /** Opening migrated the file from an older schema: that version, and where the file as it was is kept for older CaseCoders. */
  migrated: z.object({ fromVersion: z.number().int(), keptAs: z.string() }).nullable().optional(),
  /**
   * Opened as a reading copy (project.open): the file `of`, written by an older CaseCoder (schema
   * `fromVersion`), left as it was; the project open (`path`) is its copy brought up to date in a
   * temporary folder, removed when closed.
   */
  readingCopy: z.object({ of: z.string(), fromVersion: z.number().int() }).nullable().optional(),
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

export const SessionState = z.object({
  project: ProjectInfo.nullable(),
  coderName: z.string().nullable(),
  recent: z.array(z.string()),
  workspace: z.string(),
});
export type SessionState = z.infer<typeof SessionState>;

export const BackupInfo = z.object({
  path: z.string(),
  createdAt: z.string(),
  reason: z.enum(['open', 'periodic', 'manual', 'before-restore']),
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const memoTargetKinds = ['project', 'case', 'document', 'code', 'segment', 'coding'] as const;

/**
 * What a memo in the memo list is on: a target, or nothing any more ('detached'), when what it was
 * on was deleted (migration 003 takes the links with their targets). Such a memo is listed, not
 * hidden: its text is the researcher's.
 */
export const memoListKinds = [...memoTargetKinds, 'detached'] as const;

/**
 * What a memo is about: the project (id null) or one case, document, code or segment, or one
 * coding (a code one coder applied to a segment), as REFI-QDA packages carry notes on them.
 */
export const MemoTarget = z.object({ kind: z.enum(memoTargetKinds), id: z.number().int().positive().nullable() });
export type MemoTarget = z.infer<typeof MemoTarget>;

export const Memo = z.object({
  id: z.number().int(),
  name: z.string(),
  text: z.string(),
  createdAt: z.string(),
  author: z.string().nullable(),
});
export type Memo = z.infer<typeof Memo>;

/**
 * A memo in the memo list, with what it is on (label: the case's, document's or code's name, the
 * segment's quote, or a coding's code and quote); a detached memo has no target id nor label.
 */
export const MemoListRow = Memo.extend({
  targetKind: z.enum(memoListKinds),
  targetId: z.number().int().nullable(),
  targetLabel: z.string().nullable(),
  /**
   * The case a memo on a case, a document or a passage (a segment, a coding) is on, and its group:
   * each group numbers its cases 1…n, so a name alone did not say which.
   */
  caseName: z.string().nullable(),
  groupName: z.string().nullable(),
  /** The document of a passage's memo: two like quotes were told apart only by opening them. */
  documentName: z.string().nullable(),
  documentId: z.number().int().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
});
export type MemoListRow = z.infer<typeof MemoListRow>;

export const Group = z.object({ id: z.number().int(), name: z.string() });
export type Group = z.infer<typeof Group>;

export const Attribute = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.enum(attributeTypes),
  choices: z.array(z.string()),
});
export type Attribute = z.infer<typeof Attribute>;

/** An attribute value as stored: text for text/date/choice, number, or yes/no. */
export const AttributeValue = z.union([z.string(), z.number(), z.boolean()]);
export type AttributeValue = z.infer<typeof AttributeValue>;

export const CaseItem = z.object({
  id: z.number().int(),
  name: z.string(),
  groupId: z.number().int().nullable(),
  documentCount: z.number().int(),
  segmentCount: z.number().int(),
  attributes: z.record(z.string(), AttributeValue),
});
export type CaseItem = z.infer<typeof CaseItem>;

export const DocumentItem = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  name: z.string(),
  length: z.number().int(),
  segmentCount: z.number().int(),
  /** The file format it was imported from (docx, pdf, txt…), 'paste', 'case-table' or 'refi'; null when unknown. */
  format: z.string().nullable().optional(),
  /** The encoding a text, Markdown or HTML file was read in. */
  encoding: z.string().nullable().optional(),
});
export type DocumentItem = z.infer<typeof DocumentItem>;

export const Framework = z.object({
  id: z.number().int(),
  name: z.string(),
  exclusive: z.boolean(),
});
export type Framework = z.infer<typeof Framework>;

export const Code = z.object({
  id: z.number().int(),
  frameworkId: z.number().int(),
  parentId: z.number().int().nullable(),
  name: z.string(),
  color: z.string(),
  description: z.string(),
});
export type Code = z.infer<typeof Code>;

export const Codebook = z.object({ frameworks: z.array(Framework), codes: z.array(Code) });
export type Codebook = z.infer<typeof Codebook>;

export const Coding = z.object({
  id: z.number().int(),
  codeId: z.number().int(),
  coder: z.string(),
  createdAt: z.string(),
});
export type Coding = z.infer<typeof Coding>;

/** A coded span. start and end are code points into the document's normalised text. */
export const Segment = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  codings: z.array(Coding),
});
export type Segment = z.infer<typeof Segment>;

/** A coding as the open document shows it: with how many notes are on it (REFI-QDA carries them), which its mark says. */
export const DocumentCoding = Coding.extend({ memoCount: z.number().int() });
export type DocumentCoding = z.infer<typeof DocumentCoding>;

/** A segment as the open document shows it: with how many memos are on it and on each of its codings, which their marks say. */
export const DocumentSegment = Segment.extend({ memoCount: z.number().int(), codings: z.array(DocumentCoding) });
export type DocumentSegment = z.infer<typeof DocumentSegment>;

export const DocumentView = z.object({
  document: DocumentItem,
  text: z.string(),
  /** The text's own language, where it has letters: the page marks it, so a screen reader reads it in that voice, not the UI's. */
  language: z.enum(languages).nullable(),
  segments: z.array(DocumentSegment),
});
export type DocumentView = z.infer<typeof DocumentView>;

export const segmentSortKeys = ['position', 'case', 'group', 'document', 'quote', 'codes', 'coder', 'date'] as const;
export type SegmentSortKey = (typeof segmentSortKeys)[number];

export const SegmentQuery = z.object({
  sort: z.enum(segmentSortKeys).default('position'),
  descending: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
  caseId: z.number().int().optional(),
  /** null: the segments of cases in no group. */
  groupId: z.number().int().nullable().optional(),
  documentId: z.number().int().optional(),
  codeId: z.number().int().optional(),
  coder: z.string().optional(),
  quote: z.string().max(500).optional(),
  /**
   * Coded on or after / on or before these days (YYYY-MM-DD, UTC): a segment one of whose
   * codings (of the code and coder asked for, where asked) was made on them, whenever the
   * segment itself was.
   */
  dateFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  dateTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** The grid needs the total with the first page only; later pages skip the count. */
  countTotal: z.boolean().default(true),
  /** Keyed paging for reading every segment (CLI, exports): those after this id, in id order; sort and offset are ignored. */
  afterId: z.number().int().optional(),
  /** Whose alphabet names sort by (case, group, document): the reader's language, English when left out. */
  language: z.enum(languages).optional(),
});
export type SegmentQuery = z.input<typeof SegmentQuery>;

/** The formats the segment list is exported in (segments.export). */
export const segmentListFormats = ['xlsx', 'csv', 'docx'] as const;
export type SegmentListFormat = (typeof segmentListFormats)[number];

export const SegmentRow = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  caseId: z.number().int(),
  caseName: z.string(),
  groupName: z.string().nullable(),
  /** The case named with its group ("Entrepreneurs · 4"), for lists that mix groups. */
  caseLabel: z.string(),
  documentName: z.string(),
  quote: z.string(),
  codes: z.array(z.string()),
  coders: z.array(z.string()),
  /** Who applied each of the codes, in codes' order: coders differ on a segment (shared/codes-by-coder.ts says it). */
  codedBy: z.array(z.object({ code: z.string(), coders: z.array(z.string()) })),
  /**
   * When the row's codings were made: the latest of those the list's code, coder and days pick,
   * or of all the segment's (main/db/repos/segments.ts, codedAtOf); not the segment's own date,
   * which a code added later or a teammate's merged coding leaves as it was.
   */
  codedAt: z.string(),
});
export type SegmentRow = z.infer<typeof SegmentRow>;

/** total is -1 when the query asked not to count. */
export const SegmentPage = z.object({ total: z.number().int(), rows: z.array(SegmentRow) });
export type SegmentPage = z.infer<typeof SegmentPage>;

export const StepPlace = z.object({
  documentId: z.number().int(),
  documentName: z.string(),
  caseName: z.string(),
  groupName: z.string().nullable(),
});
export type StepPlace = z.infer<typeof StepPlace>;

/**
 * A coding of a segment (a code one coder applied) named by its code and coder, as a row of the
 * segment list names them, with how many notes are on it: the row's menu offers a note on each.
 */
export const SegmentCoding = z.object({
  codingId: z.number().int(),
  code: z.string(),
  coder: z.string(),
  memoCount: z.number().int(),
});
export type SegmentCoding = z.infer<typeof SegmentCoding>;

/** A coding of a listed segment that has notes, with the first one's beginning. */
export const NotedCoding = SegmentCoding.extend({ firstText: z.string() });
export type NotedCoding = z.infer<typeof NotedCoding>;

/** A row of the app's segment list: with how many memos are on its segment, and its codings that have notes, which their marks say. */
export const ListedSegmentRow = SegmentRow.extend({ memoCount: z.number().int(), notedCodings: z.array(NotedCoding) });
export type ListedSegmentRow = z.infer<typeof ListedSegmentRow>;
export const ListedSegmentPage = z.object({ total: z.number().int(), rows: z.array(ListedSegmentRow) });
export type ListedSegmentPage = z.infer<typeof ListedSegmentPage>;

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
  /** The name of what the step acted on (a coding's code, a code, a case, a document), when it names one. */
  undoSubject: z.string().nullable(),
  redoSubject: z.string().nullable(),
  /** The code a merge of codes went into (its subject is the code merged). */
  undoTarget: z.string().nullable(),
  redoTarget: z.string().nullable(),
  /** The document a coding step acted in, so an undo in a document not shown says where it was. */
  undoPlace: StepPlace.nullable(),
  redoPlace: StepPlace.nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;

/**
 * Something an import did or guessed that the researcher should check, as a code and its
 * parameters, worded in the reader's language by the app and the CLI alike (shared/i18n).
 */
export const ImportWarning = z.object({
  code: z.enum([
    /** The encoding was detected with low confidence ({encoding}). */
    'encodingUnsure',
    /** An RTF file names a code page we cannot decode ({codePage}). */
    'unknownCodePage',
    /** {count} cells or answers were already documents of their cases and were not imported again. */
    'alreadyImported',
    /** A column matched no code, so code {code} was created for it ({column}). */
    'codeCreated',
    /** A saved web page's {count} menus, banner, footer or side column around its marked content were left out. */
    'pageChromeLeftOut',
    /** An attribute sheet named none of the project's {existing} cases: {created} new ones were made. */
    'noCaseMatched',
  ]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportWarning = z.infer<typeof ImportWarning>;

export const ImportReport = z.object({
  casesCreated: z.number().int(),
  documentsCreated: z.number().int(),
  segmentsCreated: z.number().int(),
  encoding: z.string().optional(),
  warnings: z.array(ImportWarning),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** What became of one file of a document import (documents.import). */
export const DocumentImportFile = z.object({
  fileName: z.string(),
  status: z.enum(['created', 'duplicate', 'refused']),
  /** The new document, or for a duplicate the existing one with the same text. */
  documentId: z.number().int().optional(),
  format: z.string().optional(),
  encoding: z.string().optional(),
  /** The encoding was a guess the detector was not sure of: the user may re-read it in another. */
  encodingUnsure: z.boolean().optional(),
  characters: z.number().int().optional(),
  /** For a refused file: the reason code (main/import/refusal.ts) and its message's params. */
  reason: z.string().optional(),
  message: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  warnings: z.array(ImportWarning),
});
export type DocumentImportFile = z.infer<typeof DocumentImportFile>;

export const DocumentImportReport = z.object({
  /** The case the documents went to; null when a named case was not created because nothing arrived. */
  caseId: z.number().int().nullable(),
  caseCreated: z.boolean(),
  created: z.number().int(),
  duplicates: z.number().int(),
  refused: z.number().int(),
  files: z.array(DocumentImportFile),
});
export type DocumentImportReport = z.infer<typeof DocumentImportReport>;
