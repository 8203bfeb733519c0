/**
 * The language of a piece of the researcher's material (a quote, a memo), so that an export can
 * mark it where it differs from the export's own: Word proofreads and hyphenates a run in the
 * language its w:lang names, and a screen reader reads an HTML element in the voice its lang
 * names. Marked with the export's language only, a Russian quote in an English table was
 * underlined as misspelt from end to end, and a Kazakh one in a Russian table as well.
 *
 * Only the three languages of the app are told apart. Latin letters outnumbering Cyrillic ones
 * make English. Cyrillic text is Kazakh when its words with a Kazakh-only letter outnumber its
 * Russian function words, the rule the word list applies to sentences (search/kazakh-sentences.ts,
 * which says why letters alone do not tell the two apart); else Russian. Text without letters
 * (a count, a date) has no language of its own.
 */
import type { ExportLanguage } from '../../shared/tables.js';
import { normalizeWord } from '../search/normalize.js';
import { WordKind, wordKind } from '../search/kazakh-sentences.js';

const WORD = /\p{L}+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

export function textLanguage(text: string): ExportLanguage | undefined {
  let cyrillic = 0;
  let latin = 0;
  let kazakh = 0;
  let russian = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (CYRILLIC.test(word)) {
      cyrillic++;
      const kind = wordKind(normalizeWord(word));
      if (kind === WordKind.Kazakh) kazakh++;
      else if (kind === WordKind.Russian) russian++;
    } else if (LATIN.test(word)) latin++;
  }
  if (cyrillic === 0 && latin === 0) return undefined;
  if (latin > cyrillic) return 'en';
  return kazakh > russian ? 'kk' : 'ru';
}

/** The language to mark a piece of text with in a document in `documentLanguage`: none where they agree. */
export function markedLanguage(text: string, documentLanguage: ExportLanguage): ExportLanguage | undefined {
  const language = textLanguage(text);
  return language === documentLanguage ? undefined : language;
}
