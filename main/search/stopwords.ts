/**
 * The stop words a word list leaves out: Russian and English from @orama/stopwords (the
 * NLTK/Snowball lists; note the Russian one also holds a few content words such as "жизнь",
 * "человек", "сказал", which a project can take out), Kazakh from stopwords-kk.ts, plus a
 * project's own additions and removals. Everything is normalised like the text (ё as е, lower case).
 */
import { stopwords as english } from '@orama/stopwords/english';
import { stopwords as russian } from '@orama/stopwords/russian';
import { normalizeWord } from './normalize.js';
import { kazakhStopWords } from './stopwords-kk.js';

export type StopWordLanguage = 'ru' | 'kk' | 'en';

export interface StopWordOptions {
  /** Which built-in lists to use; all three when not given. */
  readonly languages?: readonly StopWordLanguage[];
  /** The project's own stop words. */
  readonly add?: readonly string[];
  /** Words of the built-in lists the project wants counted after all. */
  readonly remove?: readonly string[];
}

const builtIn: Record<StopWordLanguage, readonly string[]> = { ru: russian, kk: kazakhStopWords, en: english };

export function stopWordSet(options: StopWordOptions = {}): Set<string> {
  const set = new Set<string>();
  for (const language of options.languages ?? (['ru', 'kk', 'en'] as const)) {
    for (const word of builtIn[language]) set.add(normalizeWord(word));
  }
  for (const word of options.add ?? []) set.add(normalizeWord(word.trim()));
  for (const word of options.remove ?? []) set.delete(normalizeWord(word.trim()));
  return set;
}
