/**
 * A Cyrillic word's Kazakh forms, so a plain search for «жұмыс» finds «жұмыста», «жұмысқа»,
 * «жұмысы», «жұмысымыз», and «Алматы» finds «Алматыда», «Алматысында»; the word list groups
 * them the same way; and a query that is itself such a form finds its word (kazakhBases).
 *
 * No Kazakh stemmer exists in JavaScript, and the index keeps Kazakh words as written (stem.ts).
 * Kazakh endings are regular, though: each case has one suffix whose vowel follows the word's
 * last vowel (back а о ұ ы, front ә ө ү і е) and whose first consonant follows its last sound;
 * a possessive ending follows the same harmony, and the case after it follows the possessive.
 * The forms are asked for as written, not by stem: a form without a Kazakh-only letter is
 * stemmed by Snowball, which can cut it back to another word's stem (маманы → мама, the stem
 * of «маман», a specialist), while the written form is that form alone. Not covered: the second
 * person singular (-ың, informal; interviews use the polite -ыңыз), words that drop a vowel
 * before a possessive (халық → халқы, орын → орны), and verb forms (docs/search.md).
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

/**
 * Possessive endings with the cases that follow them, back form (the textbook tables). The third
 * person (-ы, -сы) takes the pronominal cases with н: -ның, -на, -н, -нда, -нан, and -мен
 * («баласының», «ауылына», «Алматысында»); the first person singular (-ым, -м) takes -ның, -а,
 * -ды, -да, -нан, -мен («досыма», «үйімнен»); the first plural (-ымыз, -мыз) and the polite
 * second person (-ыңыз, -ңыз) end in з and take that ending's cases («ауылымызда»).
 */
const THIRD_CASES = ['', 'ның', 'на', 'н', 'нда', 'нан', 'мен'];
const FIRST_CASES = ['', 'ның', 'а', 'ды', 'да', 'нан', 'мен'];
const Z_CASES = ['', ...SUFFIXES.liquid.filter((s) => s !== 'дағы' && s !== 'дар')];
const possessives = (third: string, first: string, firstPlural: string, polite: string): string[] => [
  ...THIRD_CASES.map((c) => third + c),
  ...FIRST_CASES.map((c) => first + c),
  ...Z_CASES.map((c) => firstPlural + c),
  ...Z_CASES.map((c) => polite + c),
];
/** After a consonant (a plural's р too) the possessive begins with a vowel; after a vowel, not. */
const POSSESSIVE_AFTER_CONSONANT = possessives('ы', 'ым', 'ымыз', 'ыңыз');
const POSSESSIVE_AFTER_VOWEL = possessives('сы', 'м', 'мыз', 'ңыз');
/**
 * A final п, к, қ after a vowel is voiced before a possessive's vowel (мектеп → мектебі, жүрек →
 * жүрегім, тамақ → тамағы); after a consonant it is a loan's and stays («банкі», «паркі»).
 */
const VOICED: Record<string, string> = { п: 'б', к: 'г', қ: 'ғ' };

const VOWEL = /[аәеэёиоөуұүыіюя]/;
const BACK = /[аоұыяю]/;
const FRONT = /[әеэөүі]/;
/** A word made of Cyrillic letters only: a Latin or mixed word has no Kazakh forms. */
const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/;
/** A one-letter word is a particle or a letter, not declined; no word is longer. */
const SHORTEST = 2;
const LONGEST = 40;

/**
 * A normalised word's Kazakh forms: its cases, its plural and the plural's cases, its possessive
 * forms and their cases, singular and plural, in the harmony its last vowel asks for; none for a
 * word that is not all Cyrillic or has no vowel (an abbreviation: «ЖШС»).
 */
export function kazakhForms(norm: string): string[] {
  const head = norm.slice(0, -1);
  return [...tailsOf(norm)].map((tail) => head + tail);
}

/** Whether `form` is one of `norm`'s Kazakh forms (kazakhForms), without spelling them all out. */
export function isKazakhFormOf(form: string, norm: string): boolean {
  if (form.length <= norm.length) return false;
  // The form begins with the word, or with it voiced: the word list asks this of many pairs.
  if (!form.startsWith(norm)) {
    const voiced = VOICED[norm.at(-1)!];
    if (!voiced || form[norm.length - 1] !== voiced || !form.startsWith(norm.slice(0, -1))) return false;
  }
  return tailsOf(norm).has(form.slice(norm.length - 1));
}

/**
 * The words a query may be a Kazakh form of (isKazakhFormOf), so «жұмысының» also finds «жұмыс»
 * and «Алматыда» «Алматы». A word with a Kazakh-only letter is Kazakh, and any base of it counts
 * (ұ: «үйде» → «үй»). One without such a letter may be Russian, whose endings a Kazakh suffix
 * can spell: a base found then must hold at least LEAST_RUSSIAN_SPELT_BASE letters, and the
 * suffix two or more (a lone -ы, -ым, -м is a Russian plural or instrumental: «заводы», which
 * Snowball already joins to «завод»). On the hunspell dictionaries (docs/search.md) this undoes
 * 90% of the Kazakh forms spelt as Russian («Алматыда», «ауылына») and 1.9% of Russian forms,
 * 0.15% to a base with another Russian word among its forms (текстовым → текстов); a false base
 * costs lookups only, unless a text holds such a word.
 */
export function kazakhBases(norm: string): string[] {
  const kazakh = KAZAKH_LETTER.test(norm);
  return formBases(norm).filter((base) => kazakh || isRussianSpeltBase(norm, base));
}

/** Whether search reads `base` off `form`, both spelt as Russian (kazakhBases): a base of four letters, a suffix of two. */
export function isRussianSpeltBase(form: string, base: string): boolean {
  return base.length >= LEAST_RUSSIAN_SPELT_BASE && form.length - base.length >= 2;
}

/**
 * Every word `form` is a Kazakh form of (isKazakhFormOf), longest first: kazakhBases without
 * its limits on a form spelt as Russian. Not to be changed: often the one empty array.
 */
export function formBases(form: string): readonly string[] {
  if (form.length <= SHORTEST || !CYRILLIC_WORD.test(form)) return NO_BASES;
  let bases: string[] | undefined;
  for (const length of suffixStarts(form)) {
    if (length < SHORTEST) continue;
    for (const base of spellingsOf(form.slice(0, length))) if (isKazakhFormOf(form, base)) (bases ??= []).push(base);
  }
  return bases ?? NO_BASES;
}

const NO_BASES: readonly string[] = [];

/**
 * Whether a form spelt as Russian ends as kazakhBases would undo it: a suffix of two letters or
 * more after four (the suffix's spelling only, not the harmony or the sound before it). Cheap, for
 * every form of a word list; most Russian forms do not (-ой, -ов, -ть, and one-letter endings).
 */
export function hasKazakhSuffixShape(form: string): boolean {
  return suffixStarts(form).some((start) => start >= LEAST_RUSSIAN_SPELT_BASE && form.length - start >= 2);
}

/**
 * Where a Kazakh suffix can begin in `form`, longest base first: the lengths of the heads
 * before a suffix of any kind of word end and harmony. The word list asks this of every form,
 * and most forms end in no suffix (Russian -ой, -ть, -ов): a walk of a few letters from the end,
 * where trying each head (isKazakhFormOf) reads the word's letters several times per head.
 */
function suffixStarts(form: string): number[] {
  let starts: number[] | undefined;
  let node: SuffixNode | undefined = SUFFIX_TRIE;
  for (let i = form.length - 1; i >= 1 && node; i--) {
    node = node.next.get(form.charCodeAt(i));
    if (node?.ends) (starts ??= []).push(i);
  }
  return starts ?? [];
}

/**
 * The words a form's beginning can be: itself, and, ending in б, г or ғ, the word whose п, к or
 * қ a possessive voiced (мектеб- of «мектебі» is «мектеп»). Every Kazakh form begins with one.
 */
export function spellingsOf(head: string): string[] {
  const devoiced = DEVOICED[head.at(-1) ?? ''];
  return devoiced ? [head, head.slice(0, -1) + devoiced] : [head];
}

const KAZAKH_LETTER = /[әғқңөұүһі]/;
const LEAST_RUSSIAN_SPELT_BASE = 4;
const DEVOICED: Record<string, string> = { б: 'п', г: 'к', ғ: 'қ' };

/**
 * The word's forms less its head (all but its last letter, which a possessive may voice): one
 * set per kind of word end, as the suffixes depend on the word's last letters and harmony alone.
 */
function tailsOf(norm: string): ReadonlySet<string> {
  if (norm.length < SHORTEST || norm.length > LONGEST || !CYRILLIC_WORD.test(norm) || !VOWEL.test(norm)) return NONE;
  // A loan's soft sign stays written («рольде») but the sound before it picks the suffix.
  const sound = norm.replace(/[ьъ]+$/, '');
  if (sound === '') return NONE;
  const harmony = harmonies(norm);
  // What the tails depend on: the harmony, the sound's last two letters (the end, and whether a
  // vowel comes before it, for voicing) and the soft signs written after them.
  const key = `${harmony} ${norm.slice(Math.max(0, sound.length - 2))}`;
  let tails = TAILS.get(key);
  if (!tails) TAILS.set(key, (tails = spell(norm, sound, harmony)));
  return tails;
}

function spell(norm: string, sound: string, harmony: 'back' | 'front' | 'both'): ReadonlySet<string> {
  const last = norm.at(-1)!;
  const end = ending(sound);
  const plural = SUFFIXES[end].at(-1)!;
  const back = [
    ...SUFFIXES[end].map((s) => last + s),
    ...PLURAL_CASES.map((s) => last + plural + s),
    ...POSSESSIVE_AFTER_CONSONANT.map((s) => last + plural + s),
  ];
  // A soft-sign loan's possessive is spelt in more than one way («ролі», «рөлі»): none is asked for.
  if (sound === norm) {
    if (end === 'vowel') back.push(...POSSESSIVE_AFTER_VOWEL.map((s) => last + s));
    else {
      const voiced = VOWEL.test(norm.at(-2) ?? '') ? VOICED[last] ?? last : last;
      back.push(...POSSESSIVE_AFTER_CONSONANT.map((s) => voiced + s));
    }
  }
  // The tail's first letter is the word's own (or voiced): only the suffix after it changes.
  const front = back.map((tail) => tail[0]! + frontOf(tail.slice(1)));
  return new Set(harmony === 'back' ? back : harmony === 'front' ? front : [...back, ...front]);
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

interface SuffixNode {
  readonly next: Map<number, SuffixNode>;
  ends: boolean;
}

/**
 * Every suffix of every kind of word end, back and front (what a tail of tailsOf holds after its
 * first letter), read from its end: a path from the root spells a suffix backwards.
 */
const SUFFIX_TRIE: SuffixNode = (() => {
  const back = Object.values(SUFFIXES).flatMap((suffixes) => {
    const plural = suffixes.at(-1)!;
    return [...suffixes, ...PLURAL_CASES.map((s) => plural + s), ...POSSESSIVE_AFTER_CONSONANT.map((s) => plural + s)];
  });
  back.push(...POSSESSIVE_AFTER_VOWEL, ...POSSESSIVE_AFTER_CONSONANT);
  const root: SuffixNode = { next: new Map(), ends: false };
  for (const suffix of [...back, ...back.map(frontOf)]) {
    let node = root;
    for (let i = suffix.length - 1; i >= 0; i--) {
      const c = suffix.charCodeAt(i);
      node = node.next.get(c) ?? node.next.set(c, { next: new Map(), ends: false }).get(c)!;
    }
    node.ends = true;
  }
  return root;
})();
const NONE: ReadonlySet<string> = new Set();
/** The tails by kind of word end (tailsOf): a few dozen kinds, each spelt once. */
const TAILS = new Map<string, ReadonlySet<string>>();
