/**
 * A word the stemmer takes for Kazakh: it holds a letter Kazakh has and Russian lacks. Such a
 * word is its own stem (no Kazakh stemmer exists in JavaScript: docs/search.md), so the search
 * index and the word list's merged forms leave it as written. Shared, so the word list can say so.
 */
const KAZAKH_LETTER = /[әғқңөұүһі]/;

/** `norm`: a word in normalised (lower-case) form, as the index and the word list hold it. */
export function isKazakhWord(norm: string): boolean {
  return KAZAKH_LETTER.test(norm);
}
