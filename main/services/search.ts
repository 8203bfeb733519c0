/**
 * Full-text search over the project (issue 10, docs/search.md): FTS5 picks the candidate
 * documents; the chunk index says which of their chunks hold a phrase of the query; the matcher finds
 * the hits in those chunks alone; keyword-in-context lines are made for the first `limit` hits,
 * and (when asked) every hit is counted per case and group.
 */
import type { SearchHit, SearchRequest, SearchResult, SearchScope } from '../../shared/search.js';
import { getDocumentText } from '../db/repos/documents.js';
import { candidateDocuments, codedSpans, documentChunks, documentTextBytes, MatchingChunks, type CandidateDocument } from '../db/repos/search.js';
import type { ReadStore } from '../db/store.js';
import { OffsetMap } from '../../shared/offsets.js';
import { keywordInContext, type KwicLine } from '../search/kwic.js';
import { compileMatcher, type Span } from '../search/query-match.js';
import { parseQuery } from '../search/query-parse.js';
import { toChunkMatch, toFtsMatch } from '../search/query-fts.js';
import { tokenize, type Token } from '../search/tokenize.js';
import type { ServiceContext } from './context.js';

type ParsedRequest = Required<Omit<SearchRequest, 'scope'>> & { scope: SearchScope };

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
  const { expression } = toFtsMatch(tree);
  const codeIds = scope.codeIds && scope.codeIds.length > 0 ? scope.codeIds : undefined;
  const chunks = new MatchingChunks(store, toChunkMatch(tree));
  try {
    for (const document of candidateDocuments(store, expression, scope, order)) {
      let runs = chunkRuns(store, document.documentId, chunks);
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
    chunks.close();
  }
}

/**
 * The runs of the document's chunks that hold a phrase of the query, each with its neighbours (so a
 * context line near a chunk's edge has its words); null when the chunks do not tokenize to the
 * words they were indexed with.
 */
function chunkRuns(store: ReadStore, documentId: number, matching: MatchingChunks): TextRun[] | null {
  const chunks = documentChunks(store, documentId);
  if (chunks.length === 0) return null;
  const wanted = new Uint8Array(chunks.length);
  const index = new Map(chunks.map((c, i) => [c.id, i]));
  for (const id of matching.within(chunks[0]!.id, chunks[chunks.length - 1]!.id)) {
    const i = index.get(id)!;
    wanted.fill(1, Math.max(0, i - 1), Math.min(chunks.length, i + 2));
  }
  const total = chunks[chunks.length - 1]!;
  const runs: TextRun[] = [];
  for (let a = 0; a < chunks.length; a++) {
    if (!wanted[a]) continue;
    let b = a;
    while (b + 1 < chunks.length && wanted[b + 1]) b++;
    const first = chunks[a]!;
    const last = chunks[b]!;
    const slice = documentTextBytes(store, documentId, first.byteStart, last.byteEnd);
    const tokens = tokenize(slice);
    if (tokens.length !== last.word + last.words - first.word) return null;
    runs.push({ start: first.start, end: last.end, text: slice, tokens, word: first.word, wordsBefore: first.word > 0, wordsAfter: last.word + last.words < total.word + total.words });
    a = b;
  }
  return runs;
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

export function search({ store }: ServiceContext, request: ParsedRequest): SearchResult {
  const hits: SearchHit[] = [];
  const cases = new Map<number, SearchResult['cases'][number]>();
  const groups = new Map<number | null, SearchResult['groups'][number]>();
  let total = 0;
  for (const { document: d, runs, hits: found } of documentsWithHits(store, request.query, request.scope, request.order)) {
    total += found.length;
    const room = request.limit - hits.length;
    if (room > 0) {
      for (const line of contextLines(runs, found.slice(0, room), request.contextWords)) {
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
