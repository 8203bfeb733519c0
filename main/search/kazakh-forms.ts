/**
 * A Cyrillic word's Kazakh case forms, so a plain search for «жұмыс» finds «жұмыста», «жұмысқа»,
 * «жұмыстан», and «Алматы» finds «Алматыда»; the word list groups them the same way.
 *
 * No Kazakh stemmer exists in JavaScript, and the index keeps Kazakh words as written (stem.ts).
 * Kazakh endings are regular, though: each case has one suffix whose vowel follows the word's
 * last vowel (back а о ұ ы, front ә ө ү і е) and whose first consonant follows its last sound.
 * The forms are asked for as written, not by stem: a form without a Kazakh-only letter is
 * stemmed by Snowball, which can cut it back to another word's stem (маманы → мама, the stem
 * of «маман», a specialist), while the written form is that form alone. Only the word itself is
 * taken as the base: possessive forms («жұмысым», «Алматысында») and a query that is itself a
 * case form are not undone (docs/search.md).
 */

/** How a word ends, as its suffixes' first consonant depends on it. */
type Ending = 'vowel' | 'semivowel' | 'liquid' | 'nasal' | 'voiceless';

/**
 * The suffixes in their back-vowel form, by what the word ends in (the textbook table): locative,
 * dative, ablative, genitive, accusative, instrumental, attributive locative, plural. The
 * instrumental after л, м, н, ң is written either way («жолмен», «адаммен»; «көзбен»), so both.
 */
const SUFFIXES: Record<Ending, readonly string[]> = {
  vowel: ['да', 'ға', 'дан', 'ның', 'ны', 'мен', 'дағы', 'лар'],
  semivowel: ['да', 'ға', 'дан', 'дың', 'ды', 'мен', 'дағы', 'лар'],
  liquid: ['да', 'ға', 'дан', 'дың', 'ды', 'мен', 'бен', 'дағы', 'дар'],
  nasal: ['да', 'ға', 'нан', 'ның', 'ды', 'мен', 'бен', 'дағы', 'дар'],
  voiceless: ['та', 'қа', 'тан', 'тың', 'ты', 'пен', 'тағы', 'тар'],
};
/** A plural ends in р: its cases, back form. */
const PLURAL_CASES = SUFFIXES.semivowel.filter((s) => s !== 'лар');

const VOWEL = /[аәеэёиоөуұүыіюя]/;
const BACK = /[аоұыяю]/;
const FRONT = /[әеэөүі]/;
/** A word made of Cyrillic letters only: a Latin or mixed word has no Kazakh forms. */
const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/;
/** A one-letter word is a particle or a letter, not declined; no word is longer. */
const SHORTEST = 2;
const LONGEST = 40;

/**
 * A normalised word's Kazakh case forms, singular and plural, in the harmony its last vowel asks
 * for; none for a word that is not all Cyrillic or has no vowel (an abbreviation: «ЖШС»).
 */
export function kazakhForms(norm: string): string[] {
  return [...suffixesOf(norm)].map((suffix) => norm + suffix);
}

/** Whether `form` is one of `norm`'s Kazakh case forms (kazakhForms), without spelling them all out. */
export function isKazakhFormOf(form: string, norm: string): boolean {
  return form.length > norm.length && form.startsWith(norm) && suffixesOf(norm).has(form.slice(norm.length));
}

function suffixesOf(norm: string): ReadonlySet<string> {
  if (norm.length < SHORTEST || norm.length > LONGEST || !CYRILLIC_WORD.test(norm) || !VOWEL.test(norm)) return NONE;
  // A loan's soft sign stays written («рольде») but the sound before it picks the suffix.
  const sound = norm.replace(/[ьъ]+$/, '');
  if (sound === '') return NONE;
  return SPELT.get(ending(sound))![harmonies(norm)];
}

/**
 * Front or back suffixes, by the last vowel that decides: и and у (read ый/ій,
 * ұу/үу) follow the vowel before them. Both where it is not clear: a word with no deciding vowel,
 * and loans ending in к or a soft sign, which Kazakh often writes front whatever their vowel
 * («банкте», «рольде»).
 */
function harmonies(norm: string): 'back' | 'front' | 'both' {
  if (/[кь]$/.test(norm)) return 'both';
  for (let i = norm.length - 1; i >= 0; i--) {
    if (BACK.test(norm[i]!)) return 'back';
    if (FRONT.test(norm[i]!)) return 'front';
  }
  return 'both';
}

function ending(base: string): Ending {
  const last = base.at(-1)!;
  if ('уйи'.includes(last) || last === 'р') return 'semivowel';
  if (VOWEL.test(last)) return 'vowel';
  if ('лжз'.includes(last)) return 'liquid';
  if ('мнң'.includes(last)) return 'nasal';
  // Voiceless, and б в г д, which a loanword's end devoices («клубта», «заводқа»).
  return 'voiceless';
}

const FRONT_LETTER: Record<string, string> = { а: 'е', ы: 'і', ғ: 'г', қ: 'к' };

function frontOf(suffix: string): string {
  return suffix.replace(/[аығқ]/g, (l) => FRONT_LETTER[l]!);
}

const NONE: ReadonlySet<string> = new Set();

const ENDINGS = Object.keys(SUFFIXES) as Ending[];
/** Each ending's suffixes, singular and plural: spelt back, front, and both ways. */
const SPELT = new Map(
  ENDINGS.map((end) => {
    const back = [...SUFFIXES[end], ...PLURAL_CASES.map((suffix) => SUFFIXES[end].at(-1)! + suffix)];
    const front = back.map(frontOf);
    return [end, { back: new Set(back), front: new Set(front), both: new Set([...back, ...front]) }];
  }),
);
