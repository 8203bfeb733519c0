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
 * How much of a quote (UTF-16 units) its key covers: quotes that agree this far tie, and their ids
 * order them. Enough to tell apart any two different passages; a key of the whole quote would
 * store each quote twice and again in the index.
 */
export const QUOTE_KEY_LENGTH = 64;

/** The Kazakh alphabet in lower case, its order: the Russian alphabet with Ә Ғ Қ Ң Ө Ұ Ү Һ І among it; ё folds to е first. */
const ALPHABET = 'аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
/** Where the small Cyrillic letters are, ALPHABET's among them. */
const CYRILLIC_FROM = 0x430;
const CYRILLIC_TO = 0x4ff;
/**
 * What each small Cyrillic letter is in a key: a letter of ALPHABET, the code point of its place
 * from U+0400 on (the capitals U+0400–U+042F never stand in a folded text), so the letters keep
 * the alphabet's order and sort after Latin; the others (Ukrainian є) stay themselves, after я.
 */
const CYRILLIC_KEY = Uint16Array.from({ length: CYRILLIC_TO - CYRILLIC_FROM + 1 }, (_, i) => CYRILLIC_FROM + i);
[...ALPHABET].forEach((letter, place) => { CYRILLIC_KEY[letter.charCodeAt(0) - CYRILLIC_FROM] = 0x400 + place; });
/**
 * Spaces, punctuation and symbols, one or many, sort as one space, before digits and letters, as a
 * dictionary files «Мы…» and "Мы…" with «мы…»: left as their code points, «, — and " would file a
 * quote between Latin and Cyrillic, or after both.
 */
const SPACE = 0x20;
const isAsciiLetterOrDigit = (unit: number) => (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39);
const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/u;
/** Half a surrogate pair: a character past U+FFFF (rare in a quote) keeps its code point. */
const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;
/** A key's UTF-16 units as it is made (folding can lengthen a text: İ becomes i and a dot). */
const units = new Uint16Array(4 * QUOTE_KEY_LENGTH);

/**
 * One pass over the folded text with a table for Cyrillic: mapping the letters through a regular
 * expression's callback and the separators through a Unicode class took 1.9 s for the reference
 * corpus's 166,584 quotes, and this 0.19 s, most of it folding them as search does.
 */
export function quoteSortKey(quote: string): string {
  const cut = quote.slice(0, QUOTE_KEY_LENGTH);
  // A pair cut after its first half would leave that half alone, which is stored as U+FFFD.
  const last = cut.charCodeAt(cut.length - 1);
  const folded = normalizeWord(last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut);
  let length = 0;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    const key = unit >= CYRILLIC_FROM && unit <= CYRILLIC_TO ? CYRILLIC_KEY[unit - CYRILLIC_FROM]!
      : (unit < 0x80 ? isAsciiLetterOrDigit(unit) : isSurrogate(unit) || LETTER_DIGIT_OR_MARK.test(folded[i]!)) ? unit
      : SPACE;
    if (key !== SPACE || units[length - 1] !== SPACE) units[length++] = key;
  }
  // apply takes any array-like; spreading the units cost half the key's time again.
  return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
}
