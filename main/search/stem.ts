/**
 * The stem a word is indexed and searched under, so that one query finds a word's forms.
 *
 * - Cyrillic without Kazakh-only letters: the Snowball Russian stemmer.
 * - Cyrillic with one of ә ғ қ ң ө ұ ү һ і: Kazakh, and no maintained Kazakh stemmer exists in
 *   JavaScript, so the word is its own stem (the Russian one would cut Kazakh endings wrongly).
 * - Latin: the English stemmer of @orama/stemmers (Porter's original algorithm), after a
 *   possessive 's is dropped.
 * - Anything else (numbers, other scripts): the word itself.
 *
 * A Cyrillic word's stem always begins the word, and an English stem keeps the word's first
 * letter: the hit finder relies on this to stem only the words that can match.
 *
 * Stems are stored in the project's index: changing these rules or the stemmer package version
 * means rebuilding the index (see STEM_RULES_VERSION).
 */
import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { isKazakhWord } from '../../shared/kazakh-word.js';

/** Bump when a stem could change, so the store rebuilds the index it made with the old rules. */
export const STEM_RULES_VERSION = 1;

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;
const POSSESSIVE = /'s?$/;
/** No word is this long; stemming a hostile 10 MB "word" would only waste time. */
const MAX_STEMMED_LENGTH = 64;

/** Words repeat (Zipf): most lookups hit the cache. Bounded so a huge vocabulary cannot grow it forever. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** The stem of a word already in normalised form (normalizeWord). */
export function stemOf(norm: string): string {
  const cached = cache.get(norm);
  if (cached !== undefined) return cached;
  const stem = computeStem(norm) || norm;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(norm, stem);
  return stem;
}

/** Whether a normalised word is stemmed by the Russian stemmer: Cyrillic with no Kazakh-only letter. */
export function stemsAsRussian(norm: string): boolean {
  return norm.length <= MAX_STEMMED_LENGTH && CYRILLIC.test(norm) && !isKazakhWord(norm);
}

function computeStem(norm: string): string {
  if (norm.length > MAX_STEMMED_LENGTH) return norm;
  if (stemsAsRussian(norm)) return russianStemmer(norm);
  if (CYRILLIC.test(norm)) return norm;
  if (LATIN.test(norm)) return englishStemmer(norm.replace(POSSESSIVE, ''));
  return norm;
}
