/** What a REFI-QDA import did, and what it could not carry: shown to the user after import. */
import { z } from 'zod';

const count = z.number().int();

export const RefiImportCounts = z.object({
  coders: count, frameworks: count, codes: count, attributes: count, groups: count, cases: count,
  documents: count, segments: count, codings: count, memos: count, sets: count,
});
export type RefiImportCounts = z.infer<typeof RefiImportCounts>;

export const RefiUncarried = z.object({
  kind: z.string(),
  count,
  /** The first few distinct names; several items may share one (two codings in one picture). */
  examples: z.array(z.string()),
  /** Whether there were more names than `examples` keeps (the list then ends with «…»). */
  more: z.boolean().optional(),
});
export type RefiUncarried = z.infer<typeof RefiUncarried>;

/**
 * Decisions an import made that the user should know about (a source that became its own case, a
 * renamed framework...). Each is a code and its parameters, said in the reader's language by the
 * app and the CLI (shared/i18n/features/refiNotes.ts); `text` says it in English for JSON readers.
 */
export const RefiImportNoteCode = z.enum([
  'frameworkRenamed', 'attributeRenamed', 'moreRenamed', 'looseCodesFramework', 'frameworkReused', 'frameworkExtended', 'groupsFromVariable',
  'dateTimeAsText', 'sourceInSeveralCases', 'sourceOwnCase', 'summariesFromNotes', 'placedByQuote', 'positionsReadAs',
]);
export type RefiImportNoteCode = z.infer<typeof RefiImportNoteCode>;

/** How a tool counted the positions of its selections (main/refi/position-units.ts). */
export const RefiOffsetUnit = z.enum(['codePoint-lf', 'codePoint-raw', 'utf16-lf', 'utf16-raw']);
export type RefiOffsetUnit = z.infer<typeof RefiOffsetUnit>;

export const RefiImportNote = z.object({
  code: RefiImportNoteCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  text: z.string(),
});
export type RefiImportNote = z.infer<typeof RefiImportNote>;

export const RefiImportReport = z.object({
  fileName: z.string(),
  format: z.enum(['qdpx', 'qde', 'qdc']),
  /** The writing tool, from Project@origin or CodeBook@origin. */
  origin: z.string(),
  created: RefiImportCounts,
  /** Per kind of object that did not arrive: how many and a few examples. Never dropped in silence. */
  notCarried: z.array(RefiUncarried),
  notes: z.array(RefiImportNote),
});
export type RefiImportReport = z.infer<typeof RefiImportReport>;

/**
 * Why a REFI-QDA file was refused: the `why` of a refiBadXml, refiInvalid or refiDanglingReference
 * error, said in the reader's language by the app (shared/i18n/features/refusalReasons.ts)
 * from the error's other parameters. The error's message says it in English.
 */
export const RefiRefusalReason = z.enum([
  // The XML itself.
  'doctype', 'noRoot', 'syntax', 'tooManyElements', 'tooDeep', 'encoding', 'namespace', 'root',
  // The file's content.
  'afterSources', 'missingAttribute', 'invalidAttribute', 'nameTooLong', 'variableType', 'valueWithoutVariable', 'codingWithoutCode', 'selectionPosition', 'codeTooDeep',
  // Its references.
  'sharedGuid', 'danglingReference',
]);
export type RefiRefusalReason = z.infer<typeof RefiRefusalReason>;

/** What a refusal's `kind` parameter names (a GUID two objects share, or a reference to none). */
export const RefiObjectKind = z.enum(['code', 'variable', 'case', 'source', 'selection', 'note', 'set', 'coding', 'user', 'object']);
export type RefiObjectKind = z.infer<typeof RefiObjectKind>;
