/**
 * The stems a plain Russian word is searched under: its own and those of its case forms.
 *
 * Snowball's Russian stemmer reads a noun's -ан, -ана, -аны as a verb's -н, -на, -ны in some
 * cases and not in others: «Казахстан» → казахста but «Казахстане» → казахстан, «Астана» → аста
 * but «Астане» → астан. A search for the study's own places found one case and missed the rest.
 * Stored stems stay Snowball's (the index and the word list keep them); the query asks for the
 * stems of every case form instead: the word's ending swapped for each noun ending, each form
 * stemmed as the index stemmed it. A form that no text holds costs one more term in the OR.
 */
import { stemOf, stemsAsRussian } from './stem.js';

/** The endings of Russian nouns in their six cases, singular and plural, longest first. */
const CASE_ENDINGS = ['ами', 'ями', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'о', 'ь'];
/** What must stay of a word without its ending: shorter words have too few letters to tell their forms from other words'. */
const LEAST_BASE = 3;
/** A base with no vowel is an abbreviation («НДС»), which is not declined by endings. */
const VOWEL = /[аеиоуыэюя]/;
/**
 * The forms asked for: every ending but the soft sign, which only a noun's own form has
 * («связь»); after any other base it makes an infinitive («бюрократь» → бюрокра).
 */
const FORM_ENDINGS = ['', ...CASE_ENDINGS.filter((e) => e !== 'ь')];

/** The distinct stems of a normalised word's case forms, its own stem first. */
export function caseFormStems(norm: string): string[] {
  const own = stemOf(norm);
  if (!stemsAsRussian(norm)) return [own];
  const ending = CASE_ENDINGS.find((e) => norm.endsWith(e) && norm.length - e.length >= LEAST_BASE) ?? '';
  const base = norm.slice(0, norm.length - ending.length);
  if (base.length < LEAST_BASE || !VOWEL.test(base)) return [own];
  const stems = new Set([own]);
  for (const e of FORM_ENDINGS) {
    const stem = stemOf(base + e);
    // A stem cut further into the base is another word's («налогь» → нал): Snowball's -ан/-ана cuts one letter.
    if (stem.length >= base.length - 1) stems.add(stem);
  }
  return [...stems];
}
