/**
 * Which of a word list's stem groups are one word's case forms, so «merge forms» lists «астана»
 * with «астане» (Snowball: аста, астан) and Kazakh «жұмыс» with «жұмыста», «жұмысқа» (each its
 * own stem), and «жұмысы», «жұмысымыз». The forms are search's (query-parse.ts): Russian case
 * forms' stems (case-forms.ts) and Kazakh case and possessive forms as written (kazakh-forms.ts);
 * only words in the list are joined. Stricter than search, as a wrong merge hides a word where a
 * wrong hit only shows one more line:
 *
 * - Russian: a group joins another when the other's commonest form asks for its stem («астана»
 *   for астан, the stem of «астане»); Snowball's participles and gerunds join their verb so too,
 *   and an -овать verb's present forms join its infinitive and past («планирую» asks for
 *   планирова, verb-forms.ts).
 * - Kazakh: a group joins a word whose case or possessive form it holds. A form without a
 *   Kazakh-only letter can be a Russian word's too («щит» + -ке is «щитке», of «щиток»), so it
 *   joins a word that has none either («алматы», «мектеп») only when the list also holds one of
 *   that word's forms with such a letter («алматыға», «мектептің»): proof the word is declined as
 *   Kazakh here.
 *
 * Both kinds of form begin with their word (a Kazakh possessive perhaps with the word's last п,
 * к, қ voiced: мектеп → мектебі), and a Cyrillic stem begins its word (stem.ts), so a group's
 * stem begins with the stem of the group it joins, or with that stem voiced: only those pairs
 * are tried. A Russian case form's stem is at most two letters from the word's (-ан, -ана: one)
 * and begins the word without its ending, so the Snowball stemming that costs is done only for
 * such pairs.
 */
import { isKazakhWord } from '../../shared/kazakh-word.js';
import { caseFormStems } from './case-forms.js';
import { isKazakhFormOf, kazakhForms, spellingsOf } from './kazakh-forms.js';
import { russianVerbForms } from './verb-forms.js';

/** How far a case form's stem can lie from the word's own: Snowball cuts one letter more or less. */
const RUSSIAN_STEM_REACH = 2;

/**
 * `forms`: each group's normalised forms by its stem, commonest first. Returns each joined
 * group's stem mapped to the stem of the group it is counted in (the shortest of them); a group
 * joined to none is left out.
 */
export function joinedStems(forms: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const parent = new Map<string, string>();
  const root = (stem: string): string => {
    let r = stem;
    for (let up = parent.get(r); up !== undefined; up = parent.get(r)) r = up;
    if (r !== stem) parent.set(stem, r);
    return r;
  };
  const declined = new Map<string, boolean>();
  // Whether a base's Kazakh forms count: always for a word with a Kazakh-only letter; for one spelt
  // as Russian, when the list holds a form of it spelt as Kazakh (such a form is its own stem, so
  // it is listed when it is a group's stem).
  const declinedAsKazakh = (base: string): boolean => {
    let known = declined.get(base);
    if (known === undefined) declined.set(base, (known = isKazakhWord(base) || kazakhForms(base).some((f) => isKazakhWord(f) && forms.has(f))));
    return known;
  };
  const russian = new Map<string, readonly string[]>();
  const russianOf = (norm: string) => russian.get(norm) ?? russian.set(norm, caseFormStems(norm)).get(norm)!;
  const related = (shorter: string, longer: string): boolean => {
    const bases = forms.get(shorter)!;
    if (bases.some((base) => forms.get(longer)!.some((form) => isKazakhFormOf(form, base)) && declinedAsKazakh(base))) return true;
    // The Russian forms' stems cut the word's own ending at most: «астана» begins with астан.
    const word = bases[0]!;
    return longer.length - shorter.length <= RUSSIAN_STEM_REACH && word.startsWith(longer) && russianOf(word).includes(longer);
  };
  const join = (one: string, other: string): void => {
    const [a, b] = [root(one), root(other)];
    if (a === b) return;
    // The shorter root heads, so a group's stem is the one its other members begin with.
    if (a.length <= b.length) parent.set(b, a);
    else parent.set(a, b);
  };
  for (const stem of forms.keys()) {
    for (let length = stem.length - 1; length > 0; length--) {
      for (const shorter of spellingsOf(stem.slice(0, length))) {
        if (forms.has(shorter) && related(shorter, stem)) join(shorter, stem);
      }
    }
    // A present form's infinitive stem is not always this stem's prefix (планиру, планирова).
    for (const infinitive of russianVerbForms(forms.get(stem)![0]!).stems) if (forms.has(infinitive)) join(stem, infinitive);
  }
  const joined = new Map<string, string>();
  for (const stem of parent.keys()) joined.set(stem, root(stem));
  for (const r of new Set(joined.values())) joined.set(r, r);
  return joined;
}
