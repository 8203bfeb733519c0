/**
 * Which of a word list's stem groups are one word's case forms, so «merge forms» lists «астана»
 * with «астане» (Snowball: аста, астан) and Kazakh «жұмыс» with «жұмыста», «жұмысқа» (each its
 * own stem), and «жұмысы», «жұмысымыз». The forms are search's (query-parse.ts): Russian case
 * forms' stems (case-forms.ts) and Kazakh case and possessive forms as written (kazakh-forms.ts).
 * Stricter than search, as a wrong merge hides a word where a wrong hit only shows one more line:
 *
 * - Russian: a group joins another when the other's commonest form asks for its stem («астана»
 *   for астан, the stem of «астане»); Snowball's participles and gerunds join their verb so too,
 *   and an -овать verb's present forms join its infinitive and past («планирую» asks for
 *   планирова, verb-forms.ts).
 * - Kazakh: a group joins the word whose case or possessive form it holds, once that word is
 *   proven declined as Kazakh here. A form spelt without a Kazakh-only letter can be a Russian
 *   word's («щит» + -ке is «щитке», of «щиток»; «горо» + -да is «города»), so the proof is a form
 *   of the word with such a letter («алматыға» for «алматы»), or one met mostly in Kazakh
 *   sentences (kazakh-sentences.ts: «алматыда», «банкте» there) whose word search would find
 *   from it (kazakhBases: a word of four letters and a suffix of two at least). A word with a
 *   Kazakh-only letter is proven by any of its forms, as they all hold that letter.
 * - The word need not be in the list: «астанаға» and «астанада» are one row without «астана»,
 *   named after it, where each form is Kazakh by its letters or its sentences and the word has
 *   four letters or more (a shorter one is often no word: «ак» of «актің», «актерге»). Where a
 *   form with a Kazakh-only letter proves the word and two of its forms are listed, the groups a
 *   search for it finds by the Russian rule join that row too («астане»), as they would join
 *   «астана» were it listed. Not on one form: a form read as another word's («тритоның», тритон
 *   + -ың, read as трито + -ның) would join a Russian word's forms («трития», of «тритий»). Nor
 *   where Kazakh sentences alone prove it: a Russian form taken for Kazakh there («города», горо
 *   + -да) would join another word's («горы», of «гора») by the Russian rule.
 *
 * Both kinds of form begin with their word (a Kazakh possessive perhaps with the word's last п,
 * к, қ voiced: мектеп → мектебі), and a Cyrillic stem begins its word (stem.ts). A group whose
 * stem ends within the word it would join holds another word's forms, unless it is that word's
 * own stem: Snowball cut the form into the word («мериносты» is мерин, the stem of «мерин», a
 * gelding), or the stem ends at a voiced end («блогы», блок + -ы, is блог, of «блога»).
 */
import { isKazakhWord } from '../../shared/kazakh-word.js';
import { caseFormStems } from './case-forms.js';
import { formBases, isKazakhFormOf, isRussianSpeltBase } from './kazakh-forms.js';
import { stemOf } from './stem.js';
import { russianVerbForms } from './verb-forms.js';
import { irregularStems } from './irregular-forms.js';

/** How far a case form's stem can lie from the word's own: Snowball cuts one letter more or less. */
const RUSSIAN_STEM_REACH = 2;
/**
 * The shortest word a row is joined under where the list does not hold it: a shorter one is
 * often no word, read off unrelated forms («ак» of «актің» (акт + -ің), «акта», «актерге»).
 */
const SHORTEST_UNLISTED = 4;

export interface JoinedForms {
  /** Each joined group's stem mapped to the stem of the group it is counted in; a group joined to none is left out. */
  readonly heads: Map<string, string>;
  /** By head, the word a joined group's forms are forms of, where the list does not hold it («астана»). */
  readonly words: Map<string, string>;
}

/**
 * `forms`: each group's normalised forms by its stem, commonest first. `inKazakhText`: the forms
 * without a Kazakh-only letter met mostly in Kazakh sentences.
 */
export function joinedStems(forms: ReadonlyMap<string, readonly string[]>, inKazakhText: ReadonlySet<string> = new Set()): JoinedForms {
  const groups = new Groups();
  const groupOf = new Map<string, string>();
  for (const [stem, list] of forms) for (const form of list) groupOf.set(form, stem);

  // The words each form can be a form of; proven declined as Kazakh: those search reads off a form
  // spelt as Kazakh (any), and off a form met in Kazakh sentences (kazakhBases' limits).
  const basesOf = new Map<string, readonly string[]>();
  const spelt = new Set<string>();
  const proven = new Set<string>();
  for (const form of groupOf.keys()) {
    const bases = formBases(form);
    if (bases.length === 0) continue;
    basesOf.set(form, bases);
    const byLetter = isKazakhWord(form);
    if (!byLetter && !inKazakhText.has(form)) continue;
    for (const base of bases) {
      if (byLetter) spelt.add(base);
      if (byLetter || isRussianSpeltBase(form, base)) proven.add(base);
    }
  }
  const stems = new Map<string, string>();
  const stemOfBase = (base: string) => stems.get(base) ?? stems.set(base, stemOf(base)).get(base)!;
  const russian = new Map<string, readonly string[]>();
  const russianOf = (norm: string) => russian.get(norm) ?? russian.set(norm, caseFormStems(norm)).get(norm)!;
  /** Proven words not in the list, by how many forms joined them. */
  const unlisted = new Map<string, number>();
  for (const [form, bases] of basesOf) {
    const stem = groupOf.get(form)!;
    const evidence = isKazakhWord(form) || inKazakhText.has(form);
    for (const base of bases) {
      // A group whose stem ends within the word is another word's, but for the word's own: Snowball
      // cut the form into the word («мериносты», меринос + -ты, is мерин), or the stem ends where a
      // possessive voiced the word's end («блогы», блок + -ы, is блог, of «блог», «блога»).
      if (!proven.has(base) || (stem.length <= base.length && stem !== stemOfBase(base))) continue;
      const listed = groupOf.get(base);
      if (listed !== undefined) groups.join(stem, listed, listed);
      else if (evidence && base.length >= SHORTEST_UNLISTED) {
        groups.join(stem, UNLISTED + base);
        unlisted.set(base, (unlisted.get(base) ?? 0) + 1);
      }
    }
  }
  // An unlisted word's Russian case forms, as they would join it by the rule below were it listed:
  // its own stem's group, and groups of a stem one or two letters longer that begins the word
  // (Snowball's stems of the word's forms, asked for only where such a group is listed).
  const russianFormOf = (base: string, stem: string) => {
    const own = stemOfBase(base);
    return stem === own || (stem.startsWith(own) && stem.length - own.length <= RUSSIAN_STEM_REACH && base.startsWith(stem) && russianOf(base).includes(stem));
  };
  for (const [base, joinedForms] of unlisted) {
    if (!spelt.has(base) || joinedForms < 2) continue;
    const own = stemOfBase(base);
    for (let length = own.length; length <= own.length + RUSSIAN_STEM_REACH && length <= base.length; length++) {
      const stem = base.slice(0, length);
      if (forms.has(stem) && russianFormOf(base, stem)) groups.join(UNLISTED + base, stem);
    }
  }

  for (const stem of forms.keys()) {
    // The Russian forms' stems cut the word's own ending at most: «астана» begins with астан.
    for (let length = stem.length - 1; length > 0 && length >= stem.length - RUSSIAN_STEM_REACH; length--) {
      const shorter = stem.slice(0, length);
      const word = forms.get(shorter)?.[0];
      if (word !== undefined && word.startsWith(stem) && russianOf(word).includes(stem)) groups.join(shorter, stem);
    }
    // A present form's infinitive stem is not always this stem's prefix (планиру, планирова).
    for (const infinitive of russianVerbForms(forms.get(stem)![0]!).stems) if (forms.has(infinitive)) groups.join(stem, infinitive);
    // Nor is a root that changes (дорог, дорож; жит, жив): its listed forms' stems.
    for (const other of irregularStems(forms.get(stem)![0]!)) if (other !== stem && forms.has(other)) groups.join(stem, other);
  }

  const { heads, unlistedOf } = groups.result(unlisted.keys());
  // A row is named after an unlisted word all its forms are forms of: of several (бала, баласы of
  // «баласының», «баласында»), the shortest; «баласы» where «баласылар» (its children) is in the
  // row too, which is no form of «бала»; none where no such word is all the row's.
  const rows = new Map<string, string[]>();
  for (const [stem, head] of heads) if (unlistedOf.has(head)) (rows.get(head) ?? rows.set(head, []).get(head)!).push(stem);
  const words = new Map<string, string>();
  for (const [head, candidates] of unlistedOf) {
    const covers = (base: string) =>
      rows.get(head)!.every((stem) => forms.get(stem)!.every((form) => isKazakhFormOf(form, base) || (spelt.has(base) && russianFormOf(base, stem))));
    const word = candidates.sort((a, b) => a.length - b.length).find(covers);
    if (word !== undefined) words.set(head, word);
  }
  return { heads, words };
}

/** Marks an unlisted word's node among the stems (no stem holds a space). */
const UNLISTED = ' ';

/** Union-find over stems and unlisted words, noting which groups are a listed word's. */
class Groups {
  private readonly parent = new Map<string, string>();
  /**
   * The groups of listed words that Kazakh forms joined: a row holding one is named after its
   * commonest form, not after an unlisted word (as «қалам», a pen, is also «қала» + -м, my city).
   */
  private readonly listedWords = new Set<string>();

  root(key: string): string {
    let r = key;
    for (let up = this.parent.get(r); up !== undefined; up = this.parent.get(r)) r = up;
    // Every key on the way now points at the root, so long chains are walked once.
    for (let at = key, up = this.parent.get(at); up !== undefined && up !== r; at = up, up = this.parent.get(at)) this.parent.set(at, r);
    return r;
  }

  /** Joins two groups; `listed`, the one of them that is the listed word the other holds Kazakh forms of. */
  join(one: string, other: string, listed?: string): void {
    if (listed !== undefined) this.listedWords.add(listed);
    const [a, b] = [this.root(one), this.root(other)];
    if (a === b) return;
    // A stem heads an unlisted word; the shorter stem heads, so a group's stem is the one its other members begin with.
    const aHeads = b.startsWith(UNLISTED) || (!a.startsWith(UNLISTED) && a.length <= b.length);
    this.parent.set(aHeads ? b : a, aHeads ? a : b);
  }

  /** Each joined group's head, and by head the unlisted words of a row holding no listed word that Kazakh forms joined. */
  result(unlisted: Iterable<string>): { heads: Map<string, string>; unlistedOf: Map<string, string[]> } {
    // Groups with another group under them; one joined only to an unlisted word («астанаға» alone) is no join.
    const heads = new Map<string, string>();
    for (const key of this.parent.keys()) if (!key.startsWith(UNLISTED)) heads.set(key, this.root(key));
    for (const head of new Set(heads.values())) heads.set(head, head);
    const named = new Set<string>();
    for (const word of this.listedWords) named.add(this.root(word));
    const unlistedOf = new Map<string, string[]>();
    for (const word of unlisted) {
      const head = this.root(UNLISTED + word);
      if (heads.has(head) && !named.has(head)) (unlistedOf.get(head) ?? unlistedOf.set(head, []).get(head)!).push(word);
    }
    return { heads, unlistedOf };
  }
}
