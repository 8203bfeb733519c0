/**
 * The reference corpus of issue 13 as data: a plan (users, codebook, cases, which document
 * belongs to which case) and the documents, generated one at a time from their own seeds so
 * that any consumer (the .qdpx writer, the raw-SQLite baseline) sees byte-identical rows
 * without the corpus ever being held in memory whole.
 */
import { Prng, Zipf } from '../prng.js';
import { cities, codeTopics, firstNames, frameworkNames, groupNames, professions, vocabulary, type Language } from './words.js';

/** Full size; `scale` multiplies documents, words and codings (and codes and cases, within floors). */
export const FULL = { documents: 1000, words: 10_000_000, codes: 500, cases: 300, codings: 200_000 };
const MIN_CODES = 24;
const MIN_CASES = 9;
const FRAMEWORKS = 4;
const MAX_DEPTH = 3;

export interface User { guid: string; name: string }
export interface CodeNode {
  guid: string;
  name: string;
  color: string;
  /** Framework roots are not codable (CaseCoder reads them as frameworks). */
  codable: boolean;
  depth: number;
  children: CodeNode[];
  /** Framework/…/Code, as the CLI's --code takes it. */
  path: string;
}
export interface CaseRecord {
  guid: string;
  name: string;
  group: string;
  profession: string;
  city: string;
  age: number;
  documents: number[];
}
export interface DocumentPlan { index: number; guid: string; name: string; words: number; codings: number; caseIndex: number }
export interface Coding { guid: string; code: CodeNode; user: User; created: string }
export interface Selection { guid: string; start: number; end: number; user: User; created: string; codings: Coding[] }
export interface GeneratedDocument { plan: DocumentPlan; text: string; selections: Selection[] }

export interface CorpusPlan {
  seed: number;
  scale: number;
  users: User[];
  frameworks: CodeNode[];
  /** Every codable code, most frequently used first. */
  codes: CodeNode[];
  groups: string[];
  variables: { group: string; profession: string; city: string; age: string };
  cases: CaseRecord[];
  documents: DocumentPlan[];
  totals: { words: number; codings: number };
}

export function planCorpus(scale: number, seed: number): CorpusPlan {
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, not ${scale}`);
  const prng = new Prng(seed);
  const documentCount = Math.max(1, Math.round(FULL.documents * scale));
  const totalWords = Math.max(documentCount * 50, Math.round(FULL.words * scale));
  const totalCodings = Math.max(documentCount, Math.round(FULL.codings * scale));
  const users = ['Ada', 'Бахыт', 'Светлана'].map((name) => ({ guid: prng.guid(), name }));
  const frameworks = codebook(prng, Math.max(MIN_CODES, Math.round(FULL.codes * scale)));
  const codes = prng.shuffle(frameworks.flatMap(descendants));

  const caseCount = Math.max(MIN_CASES, Math.round(FULL.cases * scale));
  const cases: CaseRecord[] = Array.from({ length: caseCount }, (_, i) => ({
    guid: prng.guid(),
    name: `${prng.pick(firstNames)} ${i + 1}`,
    group: groupNames[i % groupNames.length]!,
    profession: prng.pick(professions),
    city: prng.pick(cities),
    age: prng.int(19, 67),
    documents: [],
  }));

  // Document lengths vary about tenfold (log-normal), so some documents are long and most are not.
  const weights = Array.from({ length: documentCount }, () => Math.exp(0.7 * normal(prng)));
  const words = apportion(totalWords, weights);
  const codings = apportion(totalCodings, words);
  const caseOrder = prng.shuffle(cases.map((_, i) => i));
  const documents = words.map((w, index): DocumentPlan => {
    const caseIndex = caseOrder[index % caseOrder.length]!;
    cases[caseIndex]!.documents.push(index);
    return { index, guid: prng.guid(), name: `Интервью ${index + 1}`, words: w, codings: Math.max(1, codings[index]!), caseIndex };
  });
  return {
    seed, scale, users, frameworks, codes, groups: [...groupNames],
    variables: { group: prng.guid(), profession: prng.guid(), city: prng.guid(), age: prng.guid() },
    cases, documents,
    totals: { words: words.reduce((a, b) => a + b, 0), codings: documents.reduce((a, d) => a + d.codings, 0) },
  };
}

/** A few frameworks, each a tree of codes up to MAX_DEPTH deep, `total` codes in all. */
function codebook(prng: Prng, total: number): CodeNode[] {
  let serial = 0;
  const node = (name: string, depth: number, path: string, codable = true): CodeNode =>
    ({ guid: prng.guid(), name, color: color(prng), codable, depth, children: [], path });
  const frameworks: CodeNode[] = [];
  const shares = apportion(total, Array.from({ length: FRAMEWORKS }, (_, i) => FRAMEWORKS + 1 - i));
  shares.forEach((share, f) => {
    const name = frameworkNames[f]!;
    const framework = node(name, 0, name, false);
    frameworks.push(framework);
    const open: CodeNode[] = [];
    const roots = Math.max(2, Math.round(share / 8));
    for (let i = 0; i < share; i++) {
      const parent = i < roots ? framework : prng.pick(open);
      const name = `${prng.pick(codeTopics)} ${++serial}`;
      const code = node(name, parent.depth + 1, `${parent.path}/${name}`);
      parent.children.push(code);
      if (code.depth < MAX_DEPTH) open.push(code);
    }
  });
  return frameworks;
}

function descendants(node: CodeNode): CodeNode[] {
  return node.children.flatMap((c) => [c, ...descendants(c)]);
}

/** Splits `total` into integers proportional to `weights` (largest remainders), summing exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]!++;
  }
  return parts;
}

function normal(prng: Prng): number {
  return Math.sqrt(-2 * Math.log(1 - prng.next())) * Math.cos(2 * Math.PI * prng.next());
}

function color(prng: Prng): string {
  return `#${Math.floor(prng.next() * 0x1000000).toString(16).padStart(6, '0').toUpperCase()}`;
}

function timestamp(prng: Prng): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `2026-${two(prng.int(1, 10))}-${two(prng.int(1, 28))}T${two(prng.int(8, 20))}:${two(prng.int(0, 59))}:${two(prng.int(0, 59))}Z`;
}

const LANGUAGES: Language[] = ['ru', 'kk', 'en'];

/** The documents of a plan, in order; each from its own seed, so regeneration is cheap to reason about. */
export function* generateDocuments(plan: CorpusPlan): Generator<GeneratedDocument> {
  const words = vocabulary();
  const zipf = { ru: new Zipf(words.ru.length), kk: new Zipf(words.kk.length), en: new Zipf(words.en.length) };
  const codeZipf = new Zipf(plan.codes.length, 0.9);
  for (const doc of plan.documents) {
    const prng = new Prng((plan.seed * 1_000_003 + doc.index * 7919) >>> 0);
    const primary = prng.chance(0.5) ? 'ru' : prng.pick(LANGUAGES);
    const pieces: string[] = [];
    const starts = new Int32Array(doc.words);
    const ends = new Int32Array(doc.words);
    let at = 0;
    let sentenceLeft = 0;
    let paragraphLeft = prng.int(3, 8);
    for (let w = 0; w < doc.words; w++) {
      const language = prng.chance(0.8) ? primary : prng.pick(LANGUAGES);
      let word = words[language][zipf[language].draw(prng)]!;
      if (sentenceLeft === 0) {
        sentenceLeft = prng.int(6, 22);
        word = word[0]!.toUpperCase() + word.slice(1);
      }
      starts[w] = at;
      pieces.push(word);
      at += word.length;
      ends[w] = at;
      sentenceLeft--;
      const last = w === doc.words - 1;
      let gap = last ? '.\n' : ' ';
      if (!last && sentenceLeft === 0) {
        gap = prng.chance(0.15) ? '? ' : '. ';
        if (--paragraphLeft === 0) {
          gap = gap.trimEnd() + '\n\n';
          paragraphLeft = prng.int(3, 8);
        }
      } else if (!last && prng.chance(0.06)) gap = ', ';
      pieces.push(gap);
      at += gap.length;
    }
    yield { plan: doc, text: pieces.join(''), selections: selections(prng, plan, doc, starts, ends, codeZipf) };
  }
}

/** Coded spans on word boundaries, 3–60 words, some overlapping the previous; one or two coders each. */
function selections(prng: Prng, plan: CorpusPlan, doc: DocumentPlan, starts: Int32Array, ends: Int32Array, codeZipf: Zipf): Selection[] {
  const out: Selection[] = [];
  let left = doc.codings;
  let previous: { first: number; last: number } | null = null;
  while (left > 0) {
    const span = 3 + Math.floor(57 * prng.next() ** 2);
    const first: number = previous && prng.chance(0.15)
      ? prng.int(previous.first, previous.last)
      : prng.int(0, Math.max(0, doc.words - span));
    const last = Math.min(doc.words - 1, first + span - 1);
    previous = { first, last };
    const user = prng.pick(plan.users);
    const created = timestamp(prng);
    const code = plan.codes[codeZipf.draw(prng)]!;
    const codings: Coding[] = [{ guid: prng.guid(), code, user, created }];
    if (left > 1 && prng.chance(0.2)) {
      // A second coder on the same span, agreeing half the time: what agreement reports compare.
      const other = plan.users.filter((u) => u !== user);
      codings.push({ guid: prng.guid(), code: prng.chance(0.5) ? code : plan.codes[codeZipf.draw(prng)]!, user: prng.pick(other), created: timestamp(prng) });
    }
    left -= codings.length;
    out.push({ guid: prng.guid(), start: starts[first]!, end: ends[last]!, user, created, codings });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A selection's text. Offsets are code points; every corpus character is in the BMP, so string indices are code points too. */
export function quoteOf(text: string, selection: Selection): string {
  return text.slice(selection.start, selection.end);
}
