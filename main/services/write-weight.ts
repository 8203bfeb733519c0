/**
 * Whether a delete or a merge is written on the caller's thread or by a write job on a thread of
 * its own (run-write-job.ts), with progress and cancel, decided by its weight: the rows it
 * changes and the bytes of document text it removes, counted first without reading any text.
 *
 * Measured on the reference corpus (two cores, a cold page cache), through the dispatch: deleting
 * the most used code (21,568 codings) blocked the main thread for 1.4 s and merging it 0.37 s; a
 * code of 148 codings took 37–46 ms to delete but 9 ms to merge; a case of three documents
 * (200 KB) 51 ms, one document of 520 KB and 2,000 rows 87 ms, one of 67 KB and 280 rows 11 ms.
 * A document's rows lie together, a code's codings are scattered over the project (each one
 * deleted touches pages of its own), hence a limit per kind of write; each keeps the main
 * thread's share to some 20 ms.
 */
import type { DocumentWeight } from '../db/repos/documents.js';

export interface WriteWeight {
  rows: number;
  bytes: number;
}

export const inlineLimits = {
  /** One document or a case's: their segments and codings, and the texts (undo images, search index). */
  documents: { rows: 500, bytes: 100_000 },
  /** A code's codings and the segments they leave uncoded. */
  codeDeletion: { rows: 150, bytes: 0 },
  /** The codings a merge moves (an update in place: cheaper than a delete). */
  codeMerge: { rows: 300, bytes: 0 },
} satisfies Record<string, WriteWeight>;

export function writesInline({ rows, bytes }: WriteWeight, limit: WriteWeight): boolean {
  return rows <= limit.rows && bytes <= limit.bytes;
}

/** Documents to delete: each takes its segments, their codings and itself; the texts are its bytes. */
export function documentsWeight(documents: readonly DocumentWeight[]): WriteWeight {
  return documents.reduce(
    (sum, d) => ({ rows: sum.rows + d.segments + d.codings + 1, bytes: sum.bytes + d.bytes }),
    { rows: 0, bytes: 0 },
  );
}
