/**
 * Paragraph-sized stretches of a document, the rows of search_chunk (docs/search.md): a search
 * reads and tokenizes only the chunks where a query word lies, never a whole long text.
 *
 * A chunk ends at a line break once it holds MIN_WORDS words, or anywhere between two words at
 * MAX_WORDS, so boundaries never cut a word and each chunk tokenizes on its own exactly as it
 * does inside the whole text. Chunks tile the text: the first starts at 0, each starts where the
 * previous one ends, the last ends at the text's end.
 */
import type { WordSpans } from './tokenize.js';

/** Enough words that a neighbouring chunk holds the widest context line (50 words: shared/search.ts). */
export const MIN_WORDS = 200;
export const MAX_WORDS = 600;

export interface Chunk {
  /** Code points into the document, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The same span in bytes of the text's UTF-8 (how SQLite stores it): read without scanning the text. */
  readonly byteStart: number;
  readonly byteEnd: number;
  /** Index (in the document's words, as tokenize finds them) of the chunk's first word, and how many words it holds. */
  readonly word: number;
  readonly words: number;
}

/** The chunks of a text whose words lie at `words` (scanWords). */
export function chunkText(text: string, words: WordSpans): Chunk[] {
  // The import cuts every document: the word spans give each boundary in code points and UTF-16
  // units, so only the gaps where a cut may fall are read, and each chunk's bytes are counted
  // natively, not unit by unit in JavaScript.
  const chunks: Chunk[] = [];
  let start = 0;
  let unit = 0;
  let byteStart = 0;
  let word = 0;
  for (let k = 1; k < words.count; k++) {
    const held = k - word;
    if (held < MIN_WORDS) continue;
    const gapUnit = words.unitEnd[k - 1]!;
    if (held >= MAX_WORDS || lineBreakIn(text, gapUnit, words.unitStart[k]!)) {
      const byteEnd = byteStart + utf8Length(text, unit, gapUnit);
      const end = words.end[k - 1]!;
      chunks.push({ start, end, byteStart, byteEnd, word, words: held });
      start = end;
      unit = gapUnit;
      byteStart = byteEnd;
      word = k;
    }
  }
  const byteEnd = byteStart + utf8Length(text, unit, text.length);
  chunks.push({ start, end: words.points, byteStart, byteEnd, word, words: words.count - word });
  return chunks;
}

function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/**
 * UTF-8 bytes of text[from, to) (UTF-16 units; never between the halves of a surrogate pair, as
 * word boundaries are not). A lone surrogate counts 3 bytes, as better-sqlite3 writes it.
 */
function utf8Length(text: string, from: number, to: number): number {
  return Buffer.byteLength(text.slice(from, to), 'utf8');
}
