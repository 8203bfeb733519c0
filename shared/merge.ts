/** What a merge will do, shown to the user before anything is written. */
import { z } from 'zod';

export const conflictKinds = ['documentText', 'codeRenamed', 'attributeValue', 'attributeType', 'exclusiveCoding'] as const;

export const MergeConflict = z.object({
  /** Stable within one plan; choices refer to it. */
  id: z.string(),
  kind: z.enum(conflictKinds),
  description: z.string(),
  /** The choices offered, the first being the default. */
  options: z.array(z.enum(['ours', 'theirs', 'both'])),
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
});
export type MergeCounts = z.infer<typeof Counts>;

export const MergePlan = z.object({
  planId: z.string(),
  source: z.string(),
  added: Counts,
  matched: Counts,
  conflicts: z.array(MergeConflict),
});
export type MergePlan = z.infer<typeof MergePlan>;

export const MergeChoices = z.record(z.string(), z.enum(['ours', 'theirs', 'both']));
export type MergeChoices = z.infer<typeof MergeChoices>;
