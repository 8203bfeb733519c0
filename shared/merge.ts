/** What a merge will do, shown to the user before anything is written. */
import { z } from 'zod';

export const conflictKinds = ['documentText', 'codeRenamed', 'caseRenamed', 'caseMoved', 'attributeValue', 'attributeType', 'exclusiveCoding', 'caseSummary', 'segmentMoved'] as const;

export const MergeConflict = z.object({
  /** Stable within one plan; choices refer to it. */
  id: z.string(),
  kind: z.enum(conflictKinds),
  /** In English, for the command line and logs; the app words it from kind and params. */
  description: z.string(),
  params: z.record(z.string(), z.string()).default({}),
  /** The choices offered, the first being the default. */
  options: z.array(z.enum(['ours', 'theirs', 'both'])),
  /** The choice applied (in a plan, the default), so a report can say what was done. */
  chosen: z.enum(['ours', 'theirs', 'both']),
});
export type MergeConflict = z.infer<typeof MergeConflict>;

const Counts = z.object({
  coders: z.number().int(),
  groups: z.number().int(),
  attributes: z.number().int(),
  frameworks: z.number().int(),
  codes: z.number().int(),
  cases: z.number().int(),
  attributeValues: z.number().int(),
  documents: z.number().int(),
  segments: z.number().int(),
  codings: z.number().int(),
  memos: z.number().int(),
  sets: z.number().int(),
  /** The case-study method: the selection checklist, decisions on cases, case × code summaries. */
  criteria: z.number().int(),
  decisions: z.number().int(),
  summaries: z.number().int(),
});
export type MergeCounts = z.infer<typeof Counts>;

/** Why a teammate's row was not merged: it breaks a rule every row written through the API keeps. */
export const refusalReasons = [
  'badName', 'badJson', 'badValue', 'spanOutside', 'quoteMismatch', 'codeCycle', 'codeTooDeep', 'codeOrphan', 'unknownCoder', 'refusedParent',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export const MAX_REFUSAL_EXAMPLES = 5;

/** What of a refused row its example names besides the row, in the reader's language (shared/i18n/merge-refusal-text.ts). */
export const refusedFields = [
  'type', 'choices', 'exclusive', 'description', 'text', 'documentLength', 'quote', 'colour', 'target', 'memberKind', 'status', 'reason', 'criteria', 'createdAt',
] as const;
export type RefusedField = (typeof refusedFields)[number];

/** One refused row: as its file names it, and the field at fault with what it held where that helps. */
export const RefusalExample = z.object({
  /** A name, a span ("start–end"), a GUID or its file's ids, up to 60 characters. */
  row: z.string(),
  field: z.enum(refusedFields).optional(),
  /** Up to 60 characters. */
  value: z.string().optional(),
});
export type RefusalExample = z.infer<typeof RefusalExample>;

/** Rows of one table refused for one reason: how many, and the first few. */
export const MergeRefusal = z.object({
  table: z.string(),
  reason: z.enum(refusalReasons),
  count: z.number().int(),
  examples: z.array(RefusalExample),
});
export type MergeRefusal = z.infer<typeof MergeRefusal>;

export const MergePlan = z.object({
  planId: z.string(),
  source: z.string(),
  added: Counts,
  matched: Counts,
  conflicts: z.array(MergeConflict),
  /** The teammate's rows that will not be merged because they break a rule (never dropped in silence). */
  refused: z.array(MergeRefusal),
});
export type MergePlan = z.infer<typeof MergePlan>;

export const MergeChoices = z.record(z.string(), z.enum(['ours', 'theirs', 'both']));
export type MergeChoices = z.infer<typeof MergeChoices>;
