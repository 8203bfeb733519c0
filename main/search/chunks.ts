/**
 * Paragraph-sized stretches of a document, the rows of the chunk index (docs/search.md): a
 * search reads and tokenizes only the chunks holding a query word, never a whole long text.
 *
 * A chunk ends at a line break once it holds MIN_WORDS words, or anywhere between two words at
 * MAX_WORDS, so boundaries never cut a word and each chunk tokenizes on its own exactly as it
 * does inside the whole text. Chunks tile the text: the first starts at 0, each starts where the
 * previous one ends, the last ends at the text's end.
 */
import type { Token } from './tokenize.js';

/** Enough words that a neighbouring chunk holds the widest context line (50 words: shared/search.ts). */
export const MIN_WORDS = 200;
export const MAX_WORDS = 600;
/**
 * A chunk's index row also holds the first OVERLAP words of the next chunk, so a phrase of up to
 * OVERLAP + 1 words that starts in a chunk is found in that chunk's row, across the boundary.
 */
export const OVERLAP = 20;

export interface Chunk {
  /** Code points into the document, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The same span in bytes of the text's UTF-8 (how SQLite stores it): read without scanning the text. */
  readonly byteStart: number;
  readonly byteEnd: number;
  /** Index (in the document's tokens) of the chunk's first word, and how many words it holds. */
  readonly word: number;
  readonly words: number;
}

export function chunkText(text: string, tokens: readonly Token[]): Chunk[] {
  const breaks = lineBreaks(text);
  const length = codePointLength(text);
  const chunks: Omit<Chunk, 'byteStart' | 'byteEnd'>[] = [];
  let start = 0;
  let word = 0;
  let b = 0; // first line break not before the current token
  for (let k = 1; k < tokens.length; k++) {
    const words = k - word;
    if (words < MIN_WORDS) continue;
    const gapStart = tokens[k - 1]!.end;
    while (b < breaks.length && breaks[b]! < gapStart) b++;
    const lineBreakInGap = b < breaks.length && breaks[b]! < tokens[k]!.start;
    if (lineBreakInGap || words >= MAX_WORDS) {
      chunks.push({ start, end: gapStart, word, words });
      start = gapStart;
      word = k;
    }
  }
  chunks.push({ start, end: length, word, words: tokens.length - word });
  const bytes = utf8Offsets(text, chunks.map((c) => c.end));
  return chunks.map((c, i) => ({ ...c, byteStart: i === 0 ? 0 : bytes[i - 1]!, byteEnd: bytes[i]! }));
}

/**
 * UTF-8 byte offsets of sorted code-point positions. A lone surrogate counts 3 bytes: it is
 * written as U+FFFD.
 */
function utf8Offsets(text: string, points: readonly number[]): number[] {
  const out: number[] = [];
  let point = 0;
  let bytes = 0;
  let p = 0;
  for (let i = 0; i <= text.length && p < points.length; ) {
    while (p < points.length && points[p] === point) out.push(bytes), p++;
    if (i === text.length) break;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 2;
    } else {
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      i++;
    }
    point++;
  }
  return out;
}

/** Code-point positions of every \n. */
function lineBreaks(text: string): number[] {
  const out: number[] = [];
  let point = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) out.push(point);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || (text.charCodeAt(i - 1) & 0xfc00) !== 0xd800) point++;
  }
  return out;
}

function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 1; i < text.length; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) n--;
  }
  return n;
}
