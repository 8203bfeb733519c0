/**
 * How one word of text becomes the form that search compares: lower case, ё as е, no Russian
 * stress marks, one apostrophe. The FTS5 index, the query and the hit finder all call this one
 * function, so they cannot disagree.
 */

/** Any combining mark: only words that hold one need the (costlier) Unicode normalisation. */
const HAS_MARK = /\p{M}/u;
/** Stress accents written over Cyrillic vowels in teaching texts (за́мок): not part of the word. */
const CYRILLIC_STRESS = /([\u0400-\u04ff])[\u0300\u0301]/g;
/**
 * Lower-case letters that Unicode case folding, and so FTS5's unicode61 tokenizer, still maps to
 * another letter (micro sign, long s, Greek variant forms). Found by comparing every letter with
 * what FTS5 stores (tests/unit/search/fts5.test.ts).
 */
const FOLD: Record<string, string> = {
  '\u00b5': 'μ', 'ſ': 's', '\u0345': 'ι', 'ς': 'σ', 'ϐ': 'β', 'ϑ': 'θ', 'ϕ': 'φ', 'ϖ': 'π', 'ϰ': 'κ', 'ϱ': 'ρ', 'ϵ': 'ε', 'ẛ': 'ṡ', '\u1fbe': 'ι',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
/** Typographic apostrophes read as the ASCII one, the only one the FTS5 tokenizer keeps inside words. */
const APOSTROPHES = /[\u2019\u02bc]/g;

export function normalizeWord(word: string): string {
  const w = word.toLowerCase();
  if (isPlain(w)) return w;
  return unstressed(w).replace(/ё/g, 'е').replace(APOSTROPHES, "'").replace(FOLDABLE, (c) => FOLD[c]!);
}

/**
 * A word as a word list shows it: lower case, without stress marks, one apostrophe, but spelt
 * as written otherwise (вперёд, not the вперед search compares).
 */
export function shownWord(word: string): string {
  const w = word.toLowerCase();
  if (isPlain(w)) return w;
  return unstressed(w).replace(APOSTROPHES, "'");
}

function unstressed(w: string): string {
  return HAS_MARK.test(w) ? w.normalize('NFD').replace(CYRILLIC_STRESS, '$1').normalize('NFC') : w;
}

/**
 * True when lower case is all there is to do: Latin, Cyrillic and digits without ё, marks,
 * typographic apostrophes or the few letters that fold further. Most words are; checking this
 * first keeps tokenizing fast.
 */
function isPlain(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x300) {
      if (c === 0xb5 || c === 0x17f || c === 0x2bc) return false;
    } else if (c < 0x400 || c > 0x52f || c === 0x451 || (c >= 0x483 && c <= 0x489)) {
      return false;
    }
  }
  return true;
}
