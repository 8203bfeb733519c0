/**
 * The language of a piece of the researcher's material (a quote, a memo) or of a name (a code's,
 * a case's, a group's), so that an export can mark it where it differs from the export's own:
 * Word proofreads and hyphenates a run in the language its w:lang names, and a screen reader reads
 * an HTML element in the voice its lang names. Marked with the export's language only, a Russian
 * quote in an English table was underlined as misspelt from end to end, a Kazakh one in a Russian
 * table as well, and so was a Russian codebook in the headers of an English table.
 *
 * Only the three languages of the app are told apart. Latin letters outnumbering Cyrillic ones
 * make English. Cyrillic text is Kazakh when its words with a Kazakh-only letter outnumber its
 * Russian function words, the rule the word list applies to sentences (search/kazakh-sentences.ts,
 * which says why letters alone do not tell the two apart), and Russian when fewer. Text without
 * letters (a count, a date) has no language of its own.
 *
 * Cyrillic text with neither kind of word is where material and names part:
 * - Material is taken as Russian: most of it is, and a short Russian quote often has no function
 *   word («Клиенты платят поздно») where a Kazakh one seldom lacks a Kazakh-only letter.
 * - A name goes with the document around it, as the word list's undecided sentence goes with its
 *   paragraph. Headers and row labels hold the app's own words too («Итого», «Топсыз», «Барлығы»),
 *   always in the document's language and often without a telling word: the Kazakh «Топсыз» was
 *   marked Russian in a Kazakh table.
 */
import type { ExportLanguage } from '../../shared/tables.js';
import { normalizeWord } from '../search/normalize.js';
import { WordKind, wordKind } from '../search/kazakh-sentences.js';

const WORD = /\p{L}+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** `undecided`: what Cyrillic text with neither kind of word is taken for. */
export function textLanguage(text: string, undecided: 'ru' | 'kk' = 'ru'): ExportLanguage | undefined {
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
  if (kazakh > russian) return 'kk';
  return kazakh === 0 && russian === 0 ? undecided : 'ru';
}

/** The language to mark a quote or memo with in a document in `documentLanguage`: none where they agree. */
export function markedLanguage(text: string, documentLanguage: ExportLanguage): ExportLanguage | undefined {
  const language = textLanguage(text);
  return language === documentLanguage ? undefined : language;
}

/** The language to mark a name or a header's label with: undecided Cyrillic goes with a Cyrillic document. */
export function markedName(text: string, documentLanguage: ExportLanguage): ExportLanguage | undefined {
  const language = textLanguage(text, documentLanguage === 'kk' ? 'kk' : 'ru');
  return language === documentLanguage ? undefined : language;
}
