/**
 * Finds a query's hits in one document's tokens, by the same rules as the FTS5 expression
 * (query-fts.ts): a document has hits exactly when FTS5 selects it (for an `exact` expression),
 * and the hits are where the found words are.
 *
 * - A phrase hit is its words; a NEAR hit is the shortest stretch holding one instance of each
 *   of its phrases close enough (FTS5's rule: from the end of each to the start of the last-
 *   starting one, at most `distance` words).
 * - AND and OR give the hits of their matched parts; `a NOT b` gives a's hits in documents
 *   without b.
 * - Overlapping hits are merged, so no text is coded twice by one autocode run.
 * - A hit made of more than one phrase (a NEAR's, or hits merged) says where each lies in it,
 *   so what it was found by can be read without the words between (hit-forms.ts).
 * Linear in the number of tokens times the number of query terms.
 */
import type { NearNode, PhraseNode, QueryNode } from './query-ast.js';
import { stemOf } from './stem.js';
import type { Token } from './tokenize.js';

/** A stretch of a document, in code points, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A hit of the query. */
export interface Hit extends Span {
  /**
   * Where the query's phrases lie in the hit, in order, when it holds more than one: a NEAR
   * hit's phrases without the words between them, or the phrases of hits that overlapped.
   * Absent when the hit is one phrase.
   */
  readonly parts?: readonly Span[];
}

/**
 * `positions[i]`, when given, is token i's word index in its document: the tokens may be a
 * document's chunks with gaps between them (services/search.ts), and phrases then need
 * consecutive positions and NEAR counts positions. Without it the tokens are the whole text.
 */
export type Matcher = (tokens: readonly Token[], positions?: readonly number[]) => Hit[];

export function compileMatcher(query: QueryNode): Matcher {
  return (tokens, positions) => {
    let norms: string[] | undefined;
    const doc: Doc = { tokens, norms: () => (norms ??= tokens.map((t) => t.norm)), position: positions ? (i) => positions[i]! : (i) => i };
    const result = evaluate(query, doc);
    if (!result) return [];
    const span = ([from, to]: readonly [number, number, ...unknown[]]): Span => ({ start: tokens[from]!.start, end: tokens[to - 1]!.end });
    return mergeHits(result.map((range) => (range[2] ? { ...span(range), parts: range[2].map(span) } : span(range))));
  };
}

interface Doc {
  readonly tokens: readonly Token[];
  readonly norms: () => readonly string[];
  readonly position: (index: number) => number;
}

/** Tokens [from, to). */
type TokenRange = readonly [from: number, to: number];

/** Token ranges, each with its phrases' ranges when it holds more than one; null when the node does not match the document. */
type Ranges = Array<readonly [from: number, to: number, parts?: readonly TokenRange[]]>;

function evaluate(n: QueryNode, doc: Doc): Ranges | null {
  switch (n.kind) {
    case 'phrase': {
      const starts = phraseStarts(n, doc);
      return starts.length > 0 ? starts.map((s) => [s, s + n.terms.length]) : null;
    }
    case 'near': return nearRanges(n, doc);
    case 'and': {
      const all: Ranges = [];
      for (const item of n.items) {
        const r = evaluate(item, doc);
        if (!r) return null;
        all.push(...r);
      }
      return all;
    }
    case 'or': {
      let any: Ranges | null = null;
      for (const item of n.items) {
        const r = evaluate(item, doc);
        if (r) (any ??= []).push(...r);
      }
      return any;
    }
    case 'not': {
      const found = evaluate(n.include, doc);
      return found && !evaluate(n.exclude, doc) ? found : null;
    }
  }
}

/** Token indexes where the phrase starts. */
function phraseStarts(p: PhraseNode, doc: Doc): number[] {
  const norms = doc.norms();
  const tests = p.terms.map((term, j) => termTest(p, term, j === p.terms.length - 1));
  const out: number[] = [];
  for (let i = 0; i + tests.length <= norms.length; i++) {
    let ok = true;
    for (let j = 0; j < tests.length && ok; j++) ok = tests[j]!(norms[i + j]!) && doc.position(i + j) === doc.position(i) + j;
    if (ok) out.push(i);
  }
  return out;
}

const CYRILLIC = /[\u0400-\u04ff]/;

function termTest(p: PhraseNode, term: string, last: boolean): (norm: string) => boolean {
  if (p.prefix && last) return (norm) => norm.startsWith(term);
  if (p.column === 'words') return (norm) => norm === term;
  // Stemming every word of a document is the slow part of search; these cheap checks let
  // through every word that can have this stem (stem.ts: a Cyrillic stem begins its word, an
  // English one keeps the word's first letter), so only those are stemmed.
  if (CYRILLIC.test(term)) return (norm) => norm.startsWith(term) && stemOf(norm) === term;
  const first = term.charCodeAt(0);
  return (norm) => norm.charCodeAt(0) === first && stemOf(norm) === term;
}

/**
 * Walks all instances in order of start. With each instance as the last-starting one, the best
 * partner for every other phrase is its latest instance so far (the one ending last), so one
 * check per instance finds every place the NEAR matches.
 */
function nearRanges(n: NearNode, doc: Doc): Ranges | null {
  const instances: Array<{ item: number; from: number; to: number }> = [];
  n.items.forEach((p, item) => {
    for (const from of phraseStarts(p, doc)) instances.push({ item, from, to: from + p.terms.length });
  });
  instances.sort((a, b) => a.from - b.from);
  const latest: Array<{ from: number; to: number } | undefined> = new Array(n.items.length);
  const endOf = (l: { to: number }) => doc.position(l.to - 1) + 1;
  let seen = 0;
  const out: Ranges = [];
  for (const inst of instances) {
    if (!latest[inst.item]) seen++;
    latest[inst.item] = inst;
    if (seen < n.items.length) continue;
    let minEnd = Infinity;
    let from = Infinity;
    let to = 0;
    for (const l of latest) {
      minEnd = Math.min(minEnd, endOf(l!));
      from = Math.min(from, l!.from);
      to = Math.max(to, l!.to);
    }
    if (doc.position(inst.from) - minEnd <= n.distance) out.push([from, to, latest.map((l): TokenRange => [l!.from, l!.to]).sort((a, b) => a[0] - b[0])]);
  }
  return out.length > 0 ? out : null;
}

/** Sorted by start; overlapping hits joined into one, which holds the phrases of each (each once). */
function mergeHits(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Hit[] = [];
  for (const hit of sorted) {
    const prev = out[out.length - 1];
    if (!prev || hit.start >= prev.end) {
      out.push(hit);
      continue;
    }
    const all = [...(prev.parts ?? [prev]), ...(hit.parts ?? [hit])].sort((a, b) => a.start - b.start || a.end - b.end);
    const parts = all.filter((p, i) => i === 0 || p.start !== all[i - 1]!.start || p.end !== all[i - 1]!.end).map(({ start, end }) => ({ start, end }));
    const merged = { start: prev.start, end: Math.max(prev.end, hit.end) };
    out[out.length - 1] = parts.length > 1 ? { ...merged, parts } : merged;
  }
  return out;
}

/** Sorted by start; overlapping spans joined into one. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s.start < prev.end) out[out.length - 1] = { start: prev.start, end: Math.max(prev.end, s.end) };
    else out.push(s);
  }
  return out;
}
