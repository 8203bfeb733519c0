/**
 * Splits a document's text into words with their positions, the one tokenizer behind the index,
 * the query and the hits.
 *
 * A word is a run of letters, digits and combining marks (any script, so Kazakh ә ғ қ ң ө ұ ү һ і
 * too). An apostrophe between two such runs stays inside the word (don't, п'ять); a hyphen does
 * not: "бизнес-план" is two words, and a query word with a hyphen becomes a phrase of its parts,
 * so it still finds exactly that compound while "план" finds it too. Positions are Unicode code
 * points into the text (shared/offsets.ts), end exclusive.
 *
 * Search tokenizes every candidate document on each query, and import every document, so this is
 * a plain loop over UTF-16 units with a lookup table, several times faster than a Unicode regex,
 * and each distinct written form is normalised once (word-forms.ts).
 */
import { formAt, normOf } from './word-forms.js';

export interface Token {
  /** Code-point position of the word's first character. */
  readonly start: number;
  /** Code-point position just after the word. */
  readonly end: number;
  /** The word as search compares it (normalizeWord). */
  readonly norm: string;
}

/**
 * Where a text's words lie, without an object per word (the index writer reads a million words
 * at import): word k spans UTF-16 units unitStart[k] to unitEnd[k] and code points start[k] to
 * end[k], ends exclusive. The arrays may run past `count`.
 */
export interface WordSpans {
  readonly count: number;
  /** Code points in the whole text. */
  readonly points: number;
  readonly unitStart: Int32Array;
  readonly unitEnd: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
let bmpTable: Uint8Array | undefined;

/** 1 for each BMP unit that is a word character; built on first use (65,536 tests, a few ms). */
function table(): Uint8Array {
  if (!bmpTable) {
    bmpTable = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      if (c < 0xd800 || c > 0xdfff) bmpTable[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
    }
  }
  return bmpTable;
}

function isApostrophe(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019;
}

/** The text's words, each with its normalised form. */
export function tokenize(text: string): Token[] {
  const spans = scanWords(text);
  const tokens: Token[] = new Array(spans.count);
  for (let k = 0; k < spans.count; k++) tokens[k] = tokenAt(text, spans, k);
  return tokens;
}

/** Word k of the text whose words lie at `spans` (scanWords), as tokenize gives it. */
export function tokenAt(text: string, spans: WordSpans, k: number): Token {
  return { start: spans.start[k]!, end: spans.end[k]!, norm: normOf(formAt(text, spans.unitStart[k]!, spans.unitEnd[k]!)) };
}

/** Where the text's words lie: the word boundaries of tokenize, for the index writer. */
export function scanWords(text: string): WordSpans {
  const isWord = table();
  const n = text.length;
  // Room for a word every four units (a word and a space take five or more in most languages), grown as needed.
  let room = (n >> 2) + 16;
  let unitStart = new Int32Array(room);
  let unitEnd = new Int32Array(room);
  let start = new Int32Array(room);
  let end = new Int32Array(room);
  let count = 0;
  let i = 0;
  let point = 0; // code-point position of unit i
  /** Units taken by a word character at i (1, or 2 for an astral one), or 0 when it is not one. */
  const wordWidth = (at: number): number => {
    const c = text.charCodeAt(at);
    if (c < 0xd800 || c > 0xdfff) return isWord[c]!;
    if (c > 0xdbff || at + 1 >= n) return 0;
    const low = text.charCodeAt(at + 1);
    if (low < 0xdc00 || low > 0xdfff) return 0;
    return WORD_CHAR.test(text.slice(at, at + 2)) ? 2 : 0;
  };
  while (i < n) {
    let w = wordWidth(i);
    if (w === 0) {
      const c = text.charCodeAt(i);
      // A valid surrogate pair is one code point.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      point++;
      continue;
    }
    const startUnit = i;
    const startPoint = point;
    for (;;) {
      while (w > 0) {
        i += w;
        point++;
        if (i >= n) {
          w = 0;
          break;
        }
        // The usual BMP letter without the call.
        const c = text.charCodeAt(i);
        w = c < 0xd800 || c > 0xdfff ? isWord[c]! : wordWidth(i);
      }
      // An apostrophe joins two runs into one word.
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && (w = wordWidth(i + 1)) > 0) {
        i++;
        point++;
        continue;
      }
      break;
    }
    if (count === room) {
      room *= 2;
      unitStart = grown(unitStart, room);
      unitEnd = grown(unitEnd, room);
      start = grown(start, room);
      end = grown(end, room);
    }
    unitStart[count] = startUnit;
    unitEnd[count] = i;
    start[count] = startPoint;
    end[count] = point;
    count++;
  }
  return { count, points: point, unitStart, unitEnd, start, end };
}

function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(length);
  larger.set(array);
  return larger;
}
