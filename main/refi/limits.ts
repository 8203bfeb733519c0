/**
 * Caps on what an import reads, so a hostile file fails fast instead of exhausting memory.
 * Generous for real projects (the largest sample is 1.3 MB unpacked). A source's text is held
 * to the document importers' limit (importLimits.maxTextChars in main/import/limits.ts).
 */
import { AppError } from '../errors.js';
import { importLimits } from '../import/limits.js';
import { refuse, type ImportRefusal } from '../import/refusal.js';
import { MAX_PACKAGE_BYTES } from '../../shared/uploads.js';
export const refiLimits = {
  /** Bytes of the file handed to import (.qdpx, .qde or .qdc); browser mode's page refuses a larger upload before sending it. */
  maxFileBytes: MAX_PACKAGE_BYTES,
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

/** The refusal of a REFI-QDA file past maxFileBytes, naming the limit. */
export function packageTooLarge(fileName: string): AppError {
  const limitMb = refiLimits.maxFileBytes / 1024 / 1024;
  return new AppError('refiTooLarge', `${fileName} is too large to import: a REFI-QDA file may be at most ${limitMb} MB`, { fileName, limitMb });
}
