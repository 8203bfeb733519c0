/** What a REFI-QDA import did, and what it could not carry: shown to the user after import. */
import { z } from 'zod';

const count = z.number().int();

export const RefiImportCounts = z.object({
  coders: count, frameworks: count, codes: count, attributes: count, groups: count, cases: count,
  documents: count, segments: count, codings: count, memos: count, sets: count,
});
export type RefiImportCounts = z.infer<typeof RefiImportCounts>;

export const RefiUncarried = z.object({ kind: z.string(), count, examples: z.array(z.string()) });
export type RefiUncarried = z.infer<typeof RefiUncarried>;

export const RefiImportReport = z.object({
  fileName: z.string(),
  format: z.enum(['qdpx', 'qde', 'qdc']),
  /** The writing tool, from Project@origin or CodeBook@origin. */
  origin: z.string(),
  created: RefiImportCounts,
  /** Per kind of object that did not arrive: how many and a few examples. Never dropped in silence. */
  notCarried: z.array(RefiUncarried),
  /** Decisions the user should know about (a source that became its own case, a renamed code, ...). */
  notes: z.array(z.string()),
});
export type RefiImportReport = z.infer<typeof RefiImportReport>;
