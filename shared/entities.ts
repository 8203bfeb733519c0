/** The shapes that cross the API boundary, as schemas; the types are inferred from them. */
import { z } from 'zod';

export const attributeTypes = ['text', 'number', 'date', 'boolean', 'choice'] as const;
export type AttributeType = (typeof attributeTypes)[number];

/** A project file's extension; a path given without one gets it. */
export const PROJECT_EXTENSION = '.casecoder';

export const ProjectInfo = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  /** Why the project's folder is unsafe for it (a network or cloud-synced folder), or null. */
  risk: z.string().nullable(),
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

export const memoTargetKinds = ['project', 'case', 'document', 'code', 'segment'] as const;

/** What a memo is about: the project (id null) or one case, document, code or segment. */
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

export const DocumentView = z.object({
  document: DocumentItem,
  text: z.string(),
  segments: z.array(Segment),
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
  groupId: z.number().int().optional(),
  documentId: z.number().int().optional(),
  codeId: z.number().int().optional(),
  coder: z.string().optional(),
  quote: z.string().max(500).optional(),
  /** Coded on or after / on or before these days (YYYY-MM-DD, UTC). */
  dateFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  dateTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** The grid needs the total with the first page only; later pages skip the count. */
  countTotal: z.boolean().default(true),
});
export type SegmentQuery = z.input<typeof SegmentQuery>;

export const SegmentRow = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  caseName: z.string(),
  groupName: z.string().nullable(),
  documentName: z.string(),
  quote: z.string(),
  codes: z.array(z.string()),
  coders: z.array(z.string()),
  createdAt: z.string(),
});
export type SegmentRow = z.infer<typeof SegmentRow>;

/** total is -1 when the query asked not to count. */
export const SegmentPage = z.object({ total: z.number().int(), rows: z.array(SegmentRow) });
export type SegmentPage = z.infer<typeof SegmentPage>;

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;

export const ImportReport = z.object({
  casesCreated: z.number().int(),
  documentsCreated: z.number().int(),
  segmentsCreated: z.number().int(),
  encoding: z.string().optional(),
  warnings: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;
