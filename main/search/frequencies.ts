/**
 * A word list: how often each word occurs, in how many documents and cases. One pass over the
 * texts, memory in proportion to the vocabulary, so a 10-million-word project is counted in
 * seconds without holding its tokens.
 */
import { joinedStems } from './form-groups.js';
import { hasKazakhSuffixShape } from './kazakh-forms.js';
import { Break, gapBreak, KazakhSentences, WordKind, wordKind, type KazakhTally } from './kazakh-sentences.js';
import { stemOf } from './stem.js';
import { stopWordSet, type StopWordOptions } from './stopwords.js';
import { scanWords, type WordSpans } from './tokenize.js';
import { formAt, normOf, shownAt } from './word-forms.js';
import { nameCompare } from '../../shared/name-order.js';
import type { ExportLanguage } from '../../shared/tables.js';

export interface FrequencySource {
  readonly text: string;
  readonly document: string | number;
  /** The case (or any group the caller counts by); leave out to count documents only. */
  readonly case?: string | number;
}

export interface FrequencyOptions {
  /** Which stop words to leave out, numbers with them; `false` keeps every word. */
  readonly stopWords?: StopWordOptions | false;
  /**
   * Count a word's forms together under their stem, and a word's case forms with it where their
   * stems differ (form-groups.ts), shown as the form that is their stem where the texts hold it,
   * else as the most frequent form, or as the word they are forms of where the texts do not hold it.
   */
  readonly byStem?: boolean;
  /** Whose alphabet ties are in (ә after а in Kazakh, not after я): English when left out. */
  readonly language?: ExportLanguage;
}

export interface WordFrequency {
  /**
   * The word (lower case), spelt as most often written (вперёд and вперед are one word); with
   * byStem, the group's form that is its stem, else its most frequent, or the word its forms are
   * forms of where the texts do not hold it («астана» for «астанаға», «астанада»: a search for it
   * finds them all).
   */
  readonly word: string;
  readonly count: number;
  /** count / totalWords: the share of all words in the texts, stop words included. */
  readonly share: number;
  readonly documents: number;
  readonly cases: number;
  /** With byStem: the forms counted, most frequent first. */
  readonly forms?: readonly string[];
}

export interface FrequencyResult {
  /** Most frequent first; ties in the language's alphabetical order. */
  readonly words: WordFrequency[];
  /** Every word in the texts, stop words included. */
  readonly totalWords: number;
}

interface Entry {
  count: number;
  documents: number;
  cases: number;
  lastDocument: number;
  lastCase: number;
  forms: Map<string, FormTally> | undefined;
  /** With byStem: the documents the word is in, in arrival order, so joined groups count a document once. */
  inDocuments: number[] | undefined;
  /** With byStem: the word a joined group is named after where the texts do not hold it. */
  word?: string;
}

/** A form's occurrences, how many of them are in Kazakh sentences, and its kind there (kazakh-sentences.ts). */
interface FormTally extends KazakhTally {
  count: number;
  readonly kind: WordKind;
  /** Whether Kazakh sentences can make it proof of a Kazakh word (form-groups.ts): only those are credited. */
  readonly mayProve: boolean;
}

function newTally(norm: string): FormTally {
  const kind = wordKind(norm);
  return { count: 0, inKazakhText: 0, kind, mayProve: kind !== WordKind.Kazakh && hasKazakhSuffixShape(norm) };
}

/**
 * `sources` must come grouped: all texts of one document together, and all documents of one
 * case together (e.g. ORDER BY case, document), so documents and cases are counted by noting
 * the last one seen instead of keeping a set per word. A source out of that order is an error.
 */
export function wordFrequencies(sources: Iterable<FrequencySource>, options: FrequencyOptions = {}): FrequencyResult {
  const keepAll = options.stopWords === false;
  // With each stop word's kind, which tells its sentence's language best (kazakh-sentences.ts).
  const stop = new Map<string, WordKind>(keepAll ? [] : [...stopWordSet(options.stopWords)].map((w) => [w, wordKind(w)]));
  const entries = new Map<string, Entry>();
  const spellings = new Spellings();
  const order = new GroupOrder();
  /** Each document's case number, by document number. */
  const caseOf: Array<number | undefined> = [];
  // Only merged forms ask which forms are met in Kazakh text.
  const sentences = options.byStem ? new KazakhSentences() : undefined;
  let totalWords = 0;
  for (const source of sources) {
    const { document, caseNumber } = order.next(source);
    caseOf[document] = caseNumber;
    const text = source.text;
    const words = scanWords(text);
    /** The last word of a hyphen chain too long for one word, whose words count one by one. */
    let singlesTo = -1;
    for (let k = 0; k < words.count; k++) {
      let last = k;
      if (k > singlesTo) {
        last = hyphenChainEnd(text, words, k);
        if (last - k >= MAX_PARTS) [singlesTo, last] = [last, k];
      }
      const from = words.unitStart[k]!;
      if (sentences && k > 0) {
        const where = gapBreak(text, words.unitEnd[k - 1]!, from);
        if (where !== Break.None) sentences.end(where);
      }
      totalWords++;
      let norm: string;
      let shown: string;
      if (last === k) {
        const to = words.unitEnd[k]!;
        const form = formAt(text, from, to);
        norm = normOf(form);
        const stopKind = stop.get(norm);
        if (stopKind !== undefined || (!keepAll && isNumber(norm))) {
          if (sentences && stopKind) sentences.count(stopKind);
          continue;
        }
        shown = shownAt(form, text, from, to);
      } else {
        const word = hyphenated(text, words, k, last, stop, keepAll, sentences);
        k = last;
        if (!word) continue;
        ({ norm, shown } = word);
      }
      spellings.note(norm, shown);
      const key = options.byStem ? stemOf(norm) : norm;
      let entry = entries.get(key);
      if (!entry) {
        entry = { count: 0, documents: 0, cases: 0, lastDocument: -1, lastCase: -1, forms: options.byStem ? new Map() : undefined, inDocuments: options.byStem ? [] : undefined };
        entries.set(key, entry);
      }
      entry.count++;
      if (entry.lastDocument !== document) {
        entry.lastDocument = document;
        entry.documents++;
        entry.inDocuments?.push(document);
      }
      if (caseNumber !== undefined && entry.lastCase !== caseNumber) {
        entry.lastCase = caseNumber;
        entry.cases++;
      }
      if (entry.forms) {
        let tally = entry.forms.get(norm);
        if (!tally) entry.forms.set(norm, (tally = newTally(norm)));
        tally.count++;
        if (tally.kind) sentences!.count(tally.kind);
        if (tally.mayProve) sentences!.candidate(tally);
      }
    }
    sentences?.end(Break.Paragraph);
  }
  if (options.byStem) joinForms(entries, caseOf);
  const words: WordFrequency[] = [];
  for (const [key, e] of entries) {
    const counts = { count: e.count, share: e.count / totalWords, documents: e.documents, cases: e.cases };
    if (e.forms) {
      const counted = commonestFirst(e.forms);
      const forms = counted.map(([form, tally]) => spellings.of(form, tally.count));
      // The form that is the stem itself where the texts hold it (банк, переезд, язык), as a
      // dictionary heads the word: the commonest was often a case form («банка», which reads as
      // a jar; «переездом»), and a report's table had its rows renamed by hand.
      const stemForm = counted.findIndex(([form]) => form === key);
      words.push({ word: e.word ?? forms[Math.max(0, stemForm)]!, ...counts, forms });
    } else {
      words.push({ word: spellings.of(key, e.count), ...counts });
    }
  }
  // Code points put every capital before every small letter, and Kazakh letters after я.
  const alphabetical = nameCompare(options.language ?? 'en');
  words.sort((a, b) => b.count - a.count || alphabetical(a.word, b.word));
  return { words, totalWords };
}

/**
 * Counts each group of case forms (form-groups.ts) as one entry, under the stem that heads it:
 * documents and cases once each, however many of the group's forms they hold.
 */
function joinForms(entries: Map<string, Entry>, caseOf: ReadonlyArray<number | undefined>): void {
  const inKazakhText = new Set<string>();
  for (const e of entries.values()) {
    // Mostly: a Russian word quoted once in a Kazakh sentence («Правда» газетінде) stays Russian.
    for (const [form, tally] of e.forms!) if (tally.inKazakhText * 2 > tally.count) inKazakhText.add(form);
  }
  const joined = joinedStems(new Map([...entries].map(([stem, e]) => [stem, commonestFirst(e.forms!).map(([form]) => form)])), inKazakhText);
  for (const [head, word] of joined.words) entries.get(head)!.word = word;
  const members = new Map<string, Entry[]>();
  for (const [stem, head] of joined.heads) {
    if (stem === head) continue;
    const list = members.get(head) ?? [];
    list.push(entries.get(stem)!);
    members.set(head, list);
    entries.delete(stem);
  }
  for (const [head, others] of members) {
    const e = entries.get(head)!;
    const inDocuments = new Set(e.inDocuments);
    for (const other of others) {
      e.count += other.count;
      for (const [form, tally] of other.forms!) e.forms!.set(form, tally);
      for (const d of other.inDocuments!) inDocuments.add(d);
    }
    e.documents = inDocuments.size;
    e.cases = new Set([...inDocuments].map((d) => caseOf[d]).filter((c) => c !== undefined)).size;
  }
}

/**
 * Of equally frequent forms the shorter first, nearer the word a dictionary heads with (аренда,
 * not арендой: a row was named after the form seen first, review-team-1208 #6); then first seen.
 */
function commonestFirst(forms: Map<string, FormTally>): Array<[string, FormTally]> {
  return [...forms].sort((a, b) => b[1].count - a[1].count || a[0].length - b[0].length);
}

/**
 * Parts a hyphenated word may have (Ростов-на-Дону has three, точь-в-точь too): a longer chain is
 * a list or a line of dashes, whose words count one by one.
 */
const MAX_PARTS = 4;

/** Hyphen-minus, hyphen and non-breaking hyphen; not the en dash, which stands between words. */
function isHyphen(unit: number): boolean {
  return unit === 0x2d || unit === 0x2010 || unit === 0x2011;
}

/** The last word of the chain that word k begins, its words joined by one hyphen each (по-русски), or k. */
function hyphenChainEnd(text: string, words: WordSpans, k: number): number {
  let last = k;
  while (last + 1 < words.count && words.unitStart[last + 1] === words.unitEnd[last]! + 1 && isHyphen(text.charCodeAt(words.unitEnd[last]!))) last++;
  return last;
}

/**
 * Words k to last as the one word they spell (по-русски, Усть-Каменогорск, бір-бірі), where
 * search reads two (tokenize.ts): a word list of «русски» and «каменогорск» names no word of the
 * texts. Written with '-' whatever hyphen the text has; undefined when it is left out as a stop
 * word or a number would be: listed so, or made of stop words and numbers only (из-за, что-то).
 */
function hyphenated(
  text: string, words: WordSpans, k: number, last: number, stop: ReadonlyMap<string, WordKind>, keepAll: boolean, sentences: KazakhSentences | undefined,
): { norm: string; shown: string } | undefined {
  const norms: string[] = [];
  const shown: string[] = [];
  let everyPartLeftOut = !keepAll;
  for (let j = k; j <= last; j++) {
    const from = words.unitStart[j]!;
    const to = words.unitEnd[j]!;
    const form = formAt(text, from, to);
    const norm = normOf(form);
    norms.push(norm);
    shown.push(shownAt(form, text, from, to));
    if (!stop.has(norm) && !isNumber(norm)) everyPartLeftOut = false;
  }
  const norm = norms.join('-');
  if (everyPartLeftOut || stop.has(norm) || (!keepAll && isNumber(norm))) {
    // Its stop words still tell the sentence's language, as they do standing alone.
    if (sentences) for (const part of norms) {
      const kind = stop.get(part);
      if (kind) sentences.count(kind);
    }
    return undefined;
  }
  return { norm, shown: shown.join('-') };
}

const LETTER = /\p{L}/u;

/**
 * A word without a letter (1, 2019, ², 3½): counted among the text's words but, like a stop word,
 * not listed, as the numbers of imported lists and dates would crowd the content words out.
 */
function isNumber(norm: string): boolean {
  const first = norm.charCodeAt(0);
  // Nearly every word starts with a Latin or Cyrillic letter (lower case here): no regex for those.
  if ((first >= 0x61 && first <= 0x7a) || (first >= 0x430 && first <= 0x44f)) return false;
  return !LETTER.test(norm);
}

/**
 * How the words whose written form differs from what search compares (ё, stress marks) were
 * written, by their compared form: only those, so the rest cost one comparison of a word with itself.
 */
class Spellings {
  private readonly byNorm = new Map<string, Map<string, number>>();

  note(norm: string, shown: string): void {
    if (shown === norm) return;
    let spelt = this.byNorm.get(norm);
    if (!spelt) this.byNorm.set(norm, (spelt = new Map()));
    spelt.set(shown, (spelt.get(shown) ?? 0) + 1);
  }

  /** The spelling most often written of the word met `count` times; a tie goes to the written one (ё over е). */
  of(norm: string, count: number): string {
    const spelt = this.byNorm.get(norm);
    if (!spelt) return norm;
    let best = norm;
    let most = count;
    for (const n of spelt.values()) most -= n;
    for (const [shown, n] of spelt) {
      if (n >= most) {
        best = shown;
        most = n;
      }
    }
    return best;
  }
}

/** Numbers documents and cases in arrival order and refuses a key that comes back later. */
class GroupOrder {
  private readonly documents = new Map<string | number, number>();
  private readonly cases = new Map<string | number, number>();
  private lastDocument: string | number | undefined;
  private lastCase: string | number | undefined;

  next(source: FrequencySource): { document: number; caseNumber: number | undefined } {
    const document = this.number(this.documents, source.document, this.lastDocument, 'document');
    this.lastDocument = source.document;
    if (source.case === undefined) return { document, caseNumber: undefined };
    const caseNumber = this.number(this.cases, source.case, this.lastCase, 'case');
    this.lastCase = source.case;
    return { document, caseNumber };
  }

  private number(seen: Map<string | number, number>, key: string | number, last: string | number | undefined, what: string): number {
    const known = seen.get(key);
    if (known !== undefined && key !== last) throw new Error(`wordFrequencies: ${what} ${key} came back after another one; group the sources by ${what}`);
    if (known !== undefined) return known;
    seen.set(key, seen.size);
    return seen.size - 1;
  }
}
