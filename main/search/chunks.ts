/**
 * Paragraph-sized stretches of a document, the rows of search_chunk (docs/search.md): a search
 * reads and tokenizes only the chunks where a query word lies, never a whole long text.
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
  // One walk over the text, never back: the import cuts every document, so no separate passes
  // for line breaks, byte offsets and length.
  const walk = new TextWalk(text);
  const chunks: Chunk[] = [];
  let start = 0;
  let byteStart = 0;
  let word = 0;
  for (let k = 1; k < tokens.length; k++) {
    const words = k - word;
    if (words < MIN_WORDS) continue;
    const gapStart = tokens[k - 1]!.end;
    walk.to(gapStart);
    const gapBytes = walk.bytes;
    const lineBreakInGap = walk.lineBreakBefore(tokens[k]!.start);
    if (lineBreakInGap || words >= MAX_WORDS) {
      chunks.push({ start, end: gapStart, byteStart, byteEnd: gapBytes, word, words });
      start = gapStart;
      byteStart = gapBytes;
      word = k;
    }
  }
  walk.toEnd();
  chunks.push({ start, end: walk.point, byteStart, byteEnd: walk.bytes, word, words: tokens.length - word });
  return chunks;
}

/**
 * A cursor over a text that counts code points and UTF-8 bytes as it moves forward. A lone
 * surrogate counts 3 bytes: it is written as U+FFFD.
 */
class TextWalk {
  /** UTF-16 unit, code point and UTF-8 byte offsets of the cursor. */
  unit = 0;
  point = 0;
  bytes = 0;

  constructor(private readonly text: string) {}

  /** Moves to code point `target` (not before the cursor). */
  to(target: number): void {
    while (this.point < target && this.unit < this.text.length) this.step();
  }

  /** Moves to code point `target`, saying whether a line break lay on the way. */
  lineBreakBefore(target: number): boolean {
    let found = false;
    while (this.point < target && this.unit < this.text.length) {
      if (this.text.charCodeAt(this.unit) === 0x0a) found = true;
      this.step();
    }
    return found;
  }

  toEnd(): void {
    while (this.unit < this.text.length) this.step();
  }

  private step(): void {
    const text = this.text;
    const c = text.charCodeAt(this.unit);
    if (c >= 0xd800 && c <= 0xdbff && this.unit + 1 < text.length && (text.charCodeAt(this.unit + 1) & 0xfc00) === 0xdc00) {
      this.bytes += 4;
      this.unit += 2;
    } else {
      this.bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      this.unit++;
    }
    this.point++;
  }
}
