/**
 * Full-text search over the project (issue 10, docs/search.md): FTS5 picks the candidate
 * documents; the word offsets of the query's terms in the index say which of their chunks hold a
 * phrase of the query; the matcher finds the hits in those chunks alone; keyword-in-context lines
 * are made for the first `limit` hits, and (when asked) every hit is counted per case and group.
 */
import type { SearchHit, SearchRequest, SearchResult, SearchScope } from '../../shared/search.js';
import { getDocumentText } from '../db/repos/documents.js';
import { candidateDocuments, chunkLayout, chunksBetween, codedSpans, documentTextBytes, prefixExpansion, TermOffsets, type CandidateDocument, type ChunkLayout } from '../db/repos/search.js';
import type { ReadStore } from '../db/store.js';
import { OffsetMap } from '../../shared/offsets.js';
import { keywordInContext, type KwicLine } from '../search/kwic.js';
import { compileMatcher, type Span } from '../search/query-match.js';
import { parseQuery } from '../search/query-parse.js';
import { toFtsMatch } from '../search/query-fts.js';
import { phraseLocators, type LocatedPhrase } from '../search/query-terms.js';
import { tokenize, type Token } from '../search/tokenize.js';

export type ParsedSearchRequest = Required<Omit<SearchRequest, 'scope'>> & { scope: SearchScope };

/** A stretch of a document that was read: whole chunks, or the whole text. */
export interface TextRun {
  /** Code points into the document, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** tokenize(text): positions relative to `start`. */
  readonly tokens: readonly Token[];
  /** The document word index of its first token. */
  readonly word: number;
  /** Whether the document has words before / after the run (for a context line's ellipsis). */
  readonly wordsBefore: boolean;
  readonly wordsAfter: boolean;
  /** The document's chunks (chunkLayout) and the index of the run's first one; undefined for the whole text. */
  readonly source?: { readonly layout: ChunkLayout; readonly first: number };
}

/**
 * One candidate document with its hits (already limited to the coded spans when the scope asks)
 * and the runs of text they were found in, in order; each hit lies inside one run.
 */
export interface DocumentHits {
  readonly document: CandidateDocument;
  readonly runs: readonly TextRun[];
  readonly hits: Span[];
}

/**
 * Every document of the scope with at least one hit, in the request's order, lazily: a caller
 * that stops early reads no further documents. A malformed query throws QuerySyntaxError.
 */
export function* documentsWithHits(store: ReadStore, query: string, scope: SearchScope, order: 'document' | 'case' = 'document'): Generator<DocumentHits> {
  const tree = parseQuery(query);
  const match = compileMatcher(tree);
  const { expression } = toFtsMatch(tree, prefixExpansion(store));
  const codeIds = scope.codeIds && scope.codeIds.length > 0 ? scope.codeIds : undefined;
  const locators = phraseLocators(tree).map(({ phrases, ...term }, slot) => ({ phrases, offsets: new TermOffsets(store, term, slot) }));
  try {
    for (const document of candidateDocuments(store, expression, scope, order)) {
      let runs = chunkRuns(store, document.documentId, locators);
      let hits = runs ? matchRuns(runs, match) : [];
      // A hit reaching past its run (a NEAR over unread text), or chunks out of step with the
      // text (never expected): the whole text answers instead.
      if (!runs || !insideRuns(hits, runs)) {
        runs = [wholeText(store, document.documentId)];
        hits = match(runs[0]!.tokens);
      }
      if (codeIds && hits.length > 0) hits = insideSpans(hits, codedSpans(store, document.documentId, codeIds));
      if (hits.length > 0) yield { document, runs, hits };
    }
  } finally {
    for (const { offsets } of locators) offsets.close();
  }
}

/** A term of the query, where it lies in each document, and the phrases it locates. */
interface Locator {
  readonly phrases: readonly LocatedPhrase[];
  readonly offsets: TermOffsets;
}

/**
 * The runs of the document's chunks in which a phrase of the query can lie (from the word where
 * it can start to its last word), each with the chunk after it (its context after a hit); null
 * when the chunks are not as indexed (never expected). The chunk before a run only adds context:
 * withContextBefore reads it where a shown hit needs it.
 */
function chunkRuns(store: ReadStore, documentId: number, locators: readonly Locator[]): TextRun[] | null {
  const layout = chunkLayout(store, documentId);
  if (!layout) return null;
  const { ends } = layout;
  const words = ends[ends.length - 1]!;
  const wanted = new Uint8Array(ends.length);
  for (const { phrases, offsets } of locators) {
    for (const offset of offsets.within(documentId)) {
      if (offset >= words) return null;
      for (const { at, length } of phrases) {
        const start = offset - at;
        if (start < 0 || start + length > words) continue;
        wanted.fill(1, chunkAt(ends, start), Math.min(ends.length, chunkAt(ends, start + length - 1) + 2));
      }
    }
  }
  const runs: TextRun[] = [];
  for (let a = 0; a < ends.length; a++) {
    if (!wanted[a]) continue;
    let b = a;
    while (b + 1 < ends.length && wanted[b + 1]) b++;
    const run = readRun(store, documentId, layout, a, b);
    if (!run) return null;
    runs.push(run);
    a = b;
  }
  return runs;
}

/** The index of the chunk holding word `word`: the first whose end lies past it. */
function chunkAt(ends: readonly number[], word: number): number {
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! > word) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Chunks `first`..`last` (indexes) of a document, read as one run; null when they are not as
 * indexed: not following one another, not where `ends` puts them, or not tokenizing to their words.
 */
function readRun(store: ReadStore, documentId: number, layout: ChunkLayout, first: number, last: number): TextRun | null {
  const { ends } = layout;
  const chunks = chunksBetween(store, documentId, layout.first + first, layout.first + last);
  if (chunks.length !== last - first + 1) return null;
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!;
    const before = chunks[k - 1];
    if (chunk.word !== (ends[first + k - 1] ?? 0) || chunk.word + chunk.words !== ends[first + k]) return null;
    if (before && (chunk.start !== before.end || chunk.byteStart !== before.byteEnd)) return null;
  }
  const a = chunks[0]!;
  const b = chunks[chunks.length - 1]!;
  const text = documentTextBytes(store, documentId, a.byteStart, b.byteEnd);
  const tokens = tokenize(text);
  if (tokens.length !== b.word + b.words - a.word) return null;
  return { start: a.start, end: b.end, text, tokens, word: a.word, wordsBefore: a.word > 0, wordsAfter: b.word + b.words < ends[ends.length - 1]!, source: { layout, first } };
}

/**
 * The runs with the chunk before prepended where the first of `hits` in a run lies within
 * `contextWords` words of its start, so its context line has the words the whole text gives it.
 * Hits do not change: every occurrence of a query phrase lies in a run (chunkRuns).
 */
function withContextBefore(store: ReadStore, documentId: number, runs: readonly TextRun[], hits: readonly Span[], contextWords: number): TextRun[] {
  let h = 0;
  return runs.map((run) => {
    while (h < hits.length && hits[h]!.start < run.start) h++;
    const hit = hits[h];
    if (run.source === undefined || !run.wordsBefore || !hit || hit.start >= run.end) return run;
    // Enough words before it in the run (a run may be a short last chunk): its context line lies inside.
    const enough = run.tokens[contextWords - 1];
    if (contextWords === 0 || (enough && enough.end <= hit.start - run.start)) return run;
    const before = readRun(store, documentId, run.source.layout, run.source.first - 1, run.source.first - 1);
    if (!before || before.end !== run.start) return run;
    const shift = run.start - before.start;
    return {
      ...run,
      start: before.start,
      text: before.text + run.text,
      tokens: [...before.tokens, ...run.tokens.map((t) => ({ start: t.start + shift, end: t.end + shift, norm: t.norm }))],
      word: before.word,
      wordsBefore: before.wordsBefore,
      source: before.source,
    };
  });
}

function wholeText(store: ReadStore, documentId: number): TextRun {
  const text = getDocumentText(store, documentId) ?? '';
  const map = new OffsetMap(text);
  return { start: 0, end: map.codePointLength, text, tokens: tokenize(text), wordsBefore: false, wordsAfter: false, word: 0 };
}

/** The runs' tokens in document positions and word indexes, matched together. */
function matchRuns(runs: readonly TextRun[], match: ReturnType<typeof compileMatcher>): Span[] {
  const tokens: Token[] = [];
  const positions: number[] = [];
  for (const run of runs) {
    const word = run.word;
    run.tokens.forEach((t, k) => {
      tokens.push({ start: t.start + run.start, end: t.end + run.start, norm: t.norm });
      positions.push(word + k);
    });
  }
  return match(tokens, positions);
}

/** Whether each hit (sorted) lies inside one run (sorted, apart). */
function insideRuns(hits: readonly Span[], runs: readonly TextRun[]): boolean {
  let r = 0;
  for (const hit of hits) {
    while (r < runs.length && runs[r]!.end <= hit.start) r++;
    const run = runs[r];
    if (!run || hit.start < run.start || hit.end > run.end) return false;
  }
  return true;
}

/** Context lines for hits (sorted, each inside one run), in document positions. */
function contextLines(runs: readonly TextRun[], hits: readonly Span[], contextWords: number): KwicLine[] {
  const lines: KwicLine[] = [];
  let h = 0;
  for (const run of runs) {
    const local: Span[] = [];
    while (h < hits.length && hits[h]!.start >= run.start && hits[h]!.end <= run.end) {
      local.push({ start: hits[h]!.start - run.start, end: hits[h]!.end - run.start });
      h++;
    }
    if (local.length === 0) continue;
    for (const line of keywordInContext(run.text, run.tokens, local, { words: contextWords })) {
      lines.push({
        ...line,
        hit: { start: line.hit.start + run.start, end: line.hit.end + run.start },
        start: line.start + run.start,
        end: line.end + run.start,
        moreBefore: line.moreBefore || run.wordsBefore,
        moreAfter: line.moreAfter || run.wordsAfter,
      });
    }
  }
  return lines;
}

/** The hits lying wholly inside one of the spans (both sorted by start). */
function insideSpans(hits: readonly Span[], spans: readonly Span[]): Span[] {
  return hits.filter((hit) => spans.some((s) => s.start <= hit.start && hit.end <= s.end));
}

export function search({ store }: { store: ReadStore }, request: ParsedSearchRequest): SearchResult {
  const hits: SearchHit[] = [];
  const cases = new Map<number, SearchResult['cases'][number]>();
  const groups = new Map<number | null, SearchResult['groups'][number]>();
  let total = 0;
  for (const { document: d, runs, hits: found } of documentsWithHits(store, request.query, request.scope, request.order)) {
    total += found.length;
    const room = request.limit - hits.length;
    if (room > 0) {
      const shown = found.slice(0, room);
      const read = withContextBefore(store, d.documentId, runs, shown, request.contextWords);
      for (const line of contextLines(read, shown, request.contextWords)) {
        const { hit, ...rest } = line;
        hits.push({
          documentId: d.documentId, documentName: d.documentName, caseId: d.caseId, caseName: d.caseName, groupName: d.groupName,
          start: hit.start, end: hit.end, line: rest,
        });
      }
    }
    if (!request.counts) {
      if (total > request.limit) break; // enough to know the list is not complete
      continue;
    }
    const perCase = cases.get(d.caseId) ?? { caseId: d.caseId, caseName: d.caseName, groupName: d.groupName, hits: 0 };
    perCase.hits += found.length;
    cases.set(d.caseId, perCase);
    const perGroup = groups.get(d.groupId) ?? { groupId: d.groupId, groupName: d.groupName, hits: 0 };
    perGroup.hits += found.length;
    groups.set(d.groupId, perGroup);
  }
  // By name; cases without a group last.
  const byName = (a: { name: string | null }, b: { name: string | null }) =>
    a.name === null || b.name === null ? Number(a.name === null) - Number(b.name === null) : a.name.localeCompare(b.name);
  return {
    hits,
    complete: total <= request.limit,
    totalHits: request.counts ? total : null,
    cases: [...cases.values()].sort((a, b) => byName({ name: a.caseName }, { name: b.caseName })),
    groups: [...groups.values()].sort((a, b) => byName({ name: a.groupName }, { name: b.groupName })),
  };
}
