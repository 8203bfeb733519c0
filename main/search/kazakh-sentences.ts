/**
 * Which sentences of a text are Kazakh, so that the word list can take a form met there as a
 * Kazakh form (form-groups.ts): «алматыда», «банкте» in a Kazakh sentence are the locatives of
 * «Алматы», «банк», while «правда», «щитке», «города» in a Russian one are Russian words, whatever
 * a Kazakh suffix could spell (щит + -ке, горо + -да).
 *
 * A sentence is Kazakh when its words with a Kazakh-only letter (ә ғ қ ң ө ұ ү һ і) outnumber
 * its Russian function words (RUSSIAN_FUNCTION_WORDS); one with neither («Бес жыл болды.») goes
 * with its paragraph, counted the same way. A share of Kazakh letters alone does not tell the two
 * apart in short passages: in the interviews of tests/fixtures/languages, Kazakh lines hold 20–100%
 * words with such a letter (51% in all), Russian ones 0–67% (6% in all), a Russian line naming
 * Kazakh places in their Kazakh spelling reaching 33% («Я работал в Қарағанды, Өскемен,
 * Талдықорған и Көкшетау») and a Kazakh one of loanwords falling to 20% («Менеджер, бухгалтер,
 * программист — бәрі керек»). Russian function words are a third of a Russian text (35% there)
 * and absent from Kazakh, so the two counts decide: every Kazakh sentence there, and every
 * Russian one but a list of two place names («Потом — Өскемен, Талдықорған.»). Sentences, not
 * documents or paragraphs, as speakers switch languages between them (a Russian question and a
 * Kazakh answer, a Russian sentence inside a Kazakh answer); a wrong call on a short one costs
 * little, as a form counts as Kazakh only where most of its occurrences are in Kazakh sentences
 * (frequencies.ts).
 */

import { largest } from '../../shared/extremes.js';

/**
 * Frequent Russian words that are not Kazakh words, normalised (ё as е): none is a form in the
 * hunspell Kazakh dictionary (Debian's hunspell-kk, 1.5 M forms), which holds «да», «не», «он»
 * (ten), «от» (fire), «нас», «там», «же», «без», «со», «та», «те»: those are left out.
 */
const RUSSIAN_FUNCTION_WORDS = new Set([
  'в', 'во', 'и', 'что', 'с', 'я', 'как', 'то', 'все', 'так', 'его', 'но', 'ты', 'к', 'у', 'вы', 'бы', 'по', 'только', 'ее',
  'мне', 'было', 'меня', 'еще', 'из', 'когда', 'даже', 'ли', 'если', 'уже', 'или', 'быть', 'был', 'была', 'были', 'потом',
  'где', 'есть', 'для', 'мы', 'их', 'чем', 'тоже', 'под', 'будет', 'кто', 'этот', 'это', 'эти', 'этой', 'этого', 'почему',
  'очень', 'сейчас', 'через', 'после', 'при', 'можно', 'надо', 'который', 'которые', 'которая', 'она', 'они', 'до', 'чтобы',
  'потому', 'здесь', 'тут', 'вам', 'вас', 'наш', 'моя',
]);
const LONGEST_FUNCTION_WORD = largest([...RUSSIAN_FUNCTION_WORDS].map((w) => w.length));

/** What a Kazakh sentence's forms are credited with: one more occurrence in Kazakh text. */
export interface KazakhTally {
  inKazakhText: number;
}

/** What a word tells of its sentence's language (wordKind): computed once per form, as it runs for every word. */
export const WordKind = { Other: 0, Kazakh: 1, Russian: 2 } as const;
export type WordKind = (typeof WordKind)[keyof typeof WordKind];

/** A normalised word's kind: one with a Kazakh-only letter, a Russian function word, or neither. */
export function wordKind(norm: string): WordKind {
  if (hasKazakhLetter(norm)) return WordKind.Kazakh;
  return norm.length <= LONGEST_FUNCTION_WORD && RUSSIAN_FUNCTION_WORDS.has(norm) ? WordKind.Russian : WordKind.Other;
}

/** Where the gap between two words ends a sentence or a paragraph (gapBreak). */
export const Break = { None: 0, Sentence: 1, Paragraph: 2 } as const;
export type Break = (typeof Break)[keyof typeof Break];

/**
 * Reads a text's words in order and credits the forms of its Kazakh sentences. The forms waiting
 * for their sentence's end are kept in arrays reused by a count, not emptied, as emptying one
 * gave its store back and every sentence grew it again (a tenth of the word list's time).
 */
export class KazakhSentences {
  private kazakh = 0;
  private russian = 0;
  private readonly pending: KazakhTally[] = [];
  private pendingCount = 0;
  private paragraphKazakh = 0;
  private paragraphRussian = 0;
  /** The paragraph's forms in sentences that have neither kind of word. */
  private readonly undecided: KazakhTally[] = [];
  private undecidedCount = 0;

  /** A word of the sentence that tells its language (wordKind): the caller passes over the others, most words. */
  count(kind: typeof WordKind.Kazakh | typeof WordKind.Russian): void {
    if (kind === WordKind.Kazakh) this.kazakh++;
    else this.russian++;
  }

  /** A form of the sentence, without a Kazakh-only letter, to credit if the sentence is Kazakh. */
  candidate(tally: KazakhTally): void {
    this.pending[this.pendingCount++] = tally;
  }

  /** The gap before the next word breaks the text there (Break.Paragraph at the end of each text). */
  end(where: Exclude<Break, typeof Break.None>): void {
    if (this.kazakh > this.russian) credit(this.pending, this.pendingCount);
    else if (this.kazakh + this.russian === 0) for (let i = 0; i < this.pendingCount; i++) this.undecided[this.undecidedCount++] = this.pending[i]!;
    this.paragraphKazakh += this.kazakh;
    this.paragraphRussian += this.russian;
    this.kazakh = this.russian = 0;
    this.pendingCount = 0;
    if (where === Break.Sentence) return;
    if (this.paragraphKazakh > this.paragraphRussian) credit(this.undecided, this.undecidedCount);
    this.paragraphKazakh = this.paragraphRussian = 0;
    this.undecidedCount = 0;
  }
}

function credit(tallies: readonly KazakhTally[], count: number): void {
  for (let i = 0; i < count; i++) tallies[i]!.inKazakhText++;
}

/** What text[from, to), the gap between two words, ends: a line break a paragraph, . ! ? … a sentence. */
export function gapBreak(text: string, from: number, to: number): Break {
  let found: Break = Break.None;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return Break.Paragraph;
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) found = Break.Sentence;
  }
  return found;
}

/** isKazakhWord (shared/kazakh-word.ts) without a regular expression: ә ғ қ ң ө ұ ү һ і all lie above я (U+044F). */
function hasKazakhLetter(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c > 0x44f && (c === 0x4d9 || c === 0x493 || c === 0x49b || c === 0x4a3 || c === 0x4e9 || c === 0x4b1 || c === 0x4af || c === 0x4bb || c === 0x456)) return true;
  }
  return false;
}
