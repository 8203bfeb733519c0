/**
 * The key a segment list sorts quotes by (segment.quote_key, migration 012), compared by SQLite
 * byte for byte, so that the order reads as the alphabet: capitals with small letters in every
 * script, ё with е, the Kazakh letters beside their neighbours (Ә after А, І after Ы), Latin before
 * Cyrillic. SQLite's NOCASE folds ASCII alone and put «Я…» before «а…» and «Әлия» after «Яна»;
 * ranking the quotes for each query as names are (shared/name-order.ts) would collate every
 * quote of the project per page. One key serves every language: the Russian alphabet is the
 * Kazakh one without its nine letters, so their orders agree wherever Russian has the letters.
 *
 * Stored, so changing what it computes needs a migration that computes every key again.
 */
import { normalizeWord } from './normalize.js';

/**
 * How much of a quote (UTF-16 units) its key covers: quotes that agree this far, capitals aside,
 * tie, and their ids order them. Nearly every unit is a byte of each segment's row, and the reference
 * corpus's project file (1.23× a bare database of its data, against a target of 1.3×) has little
 * room: keys of 24 make it 4 MB larger, of 64 9 MB. Its 166,584 quotes have 162,847 different keys
 * of 24 and 164,065 of 64.
 */
export const QUOTE_KEY_LENGTH = 24;

/** The Kazakh alphabet in lower case, its order: the Russian alphabet with Ә Ғ Қ Ң Ө Ұ Ү Һ І among it; ё folds to е first. */
const ALPHABET = 'аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
/**
 * What a key writes as one byte, in the order they sort: a space (for any run of spaces,
 * punctuation and symbols), digits, Latin, the Kazakh alphabet. Each becomes U+0020 on from its
 * place, one byte of UTF-8 where a Cyrillic letter is two: the key costs the project file about
 * half as much. Any other letter, digit or mark keeps its code point, after them all.
 */
const ORDER = ` 0123456789abcdefghijklmnopqrstuvwxyz${ALPHABET}`;
/** ORDER's characters by UTF-16 unit: the unit their key writes, or 0 for a unit not in ORDER. */
const ORDERED = new Uint8Array(0x500);
[...ORDER].forEach((char, place) => { ORDERED[char.charCodeAt(0)] = 0x20 + place; });
const SPACE = 0x20;
const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/u;
/** Latin letters with a diacritic (é, ñ, ö), filed with the letter under it, as dictionaries do. */
const LATIN_ACCENTED_FROM = 0xc0;
const LATIN_ACCENTED_TO = 0x24f;
/** Half a surrogate pair: a character past U+FFFF (rare in a quote) keeps its code point. */
const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;
/** A key's UTF-16 units as it is made (folding can lengthen a text: İ becomes i and a dot). */
const units = new Uint16Array(4 * QUOTE_KEY_LENGTH);

function keyUnit(folded: string, i: number): number {
  const unit = folded.charCodeAt(i);
  const ordered = unit < ORDERED.length ? ORDERED[unit]! : 0;
  if (ordered !== 0) return ordered;
  if (unit < 0x80) return SPACE;
  if (unit >= LATIN_ACCENTED_FROM && unit <= LATIN_ACCENTED_TO) {
    const base = ORDERED[folded[i]!.normalize('NFD').charCodeAt(0)] ?? 0;
    if (base !== 0 && base !== SPACE) return base;
  }
  return isSurrogate(unit) || LETTER_DIGIT_OR_MARK.test(folded[i]!) ? unit : SPACE;
}

/**
 * One pass over the folded text with a table: mapping the letters through a regular expression's
 * callback and the separators through a Unicode class took 1.9 s for the reference corpus's
 * 166,584 quotes, and this 0.19 s, most of it folding them as search does.
 */
export function quoteSortKey(quote: string): string {
  const cut = quote.slice(0, QUOTE_KEY_LENGTH);
  // A pair cut after its first half would leave that half alone, which is stored as U+FFFD.
  const last = cut.charCodeAt(cut.length - 1);
  const folded = normalizeWord(last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut);
  let length = 0;
  for (let i = 0; i < folded.length; i++) {
    const key = keyUnit(folded, i);
    if (key !== SPACE || units[length - 1] !== SPACE) units[length++] = key;
  }
  // apply takes any array-like; spreading the units cost half the key's time again.
  return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
}
