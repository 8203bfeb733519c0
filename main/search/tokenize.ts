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
 * and each distinct written form is normalised once (words repeat: Zipf).
 */
import { normalizeWord } from './normalize.js';

export interface Token {
  /** Code-point position of the word's first character. */
  readonly start: number;
  /** Code-point position just after the word. */
  readonly end: number;
  /** The word as search compares it (normalizeWord). */
  readonly norm: string;
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

/** normalizeWord by written form; bounded so a huge vocabulary cannot grow it forever. */
const normalized = new Map<string, string>();
const NORMALIZED_LIMIT = 100_000;
/**
 * Only short forms are kept: V8 copies a slice shorter than 13 units but makes a longer one a view
 * of the whole text, which a cache entry would keep alive. Most words in running text are short.
 */
const CACHED_LENGTH = 12;

function normalizedForm(raw: string): string {
  if (raw.length > CACHED_LENGTH) return normalizeWord(raw);
  const cached = normalized.get(raw);
  if (cached !== undefined) return cached;
  const norm = normalizeWord(raw);
  if (normalized.size >= NORMALIZED_LIMIT) normalized.clear();
  normalized.set(raw, norm);
  return norm;
}

export function tokenize(text: string): Token[] {
  const isWord = table();
  const tokens: Token[] = [];
  const n = text.length;
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
    tokens.push({ start: startPoint, end: point, norm: normalizedForm(text.slice(startUnit, i)) });
  }
  return tokens;
}
