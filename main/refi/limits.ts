/**
 * Caps on what an import reads, so a hostile file fails fast instead of exhausting memory.
 * Generous for real projects (the largest sample is 1.3 MB unpacked). A source's text is held
 * to the document importers' limit (importLimits.maxTextChars in main/import/limits.ts).
 */
import { importLimits } from '../import/limits.js';
import { refuse, type ImportRefusal } from '../import/refusal.js';
export const refiLimits = {
  /** Bytes of the file handed to import (.qdpx, .qde or .qdc). */
  maxFileBytes: 512 * 1024 * 1024,
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Uncompressed / compressed, per entry; text compresses about 3-10x, bombs 1000x. */
  maxCompressionRatio: 200,
  /** Entries smaller than this are not held to the ratio (tiny files compress oddly). */
  ratioExemptBytes: 64 * 1024,
  maxXmlElements: 2_000_000,
  maxXmlDepth: 256,
};

/** The refusal of a source (or note) whose text is longer than a document may be, naming the limit. */
export function textTooLong(fileName: string, owner: string): ImportRefusal {
  return refuse('textTooLong', fileName, `the text of ${owner} is longer than the ${importLimits.maxTextChars} character limit`, {
    limit: importLimits.maxTextChars, source: owner,
  });
}
