/**
 * Full-text search over the project (issue 10, docs/search.md): FTS5 picks the candidate
 * documents; the word offsets of the query's terms in the index say which of their chunks hold a
 * phrase of the query; the matcher finds the hits among the words at those offsets alone (read
 * from those chunks); hits of the forms the researcher left out are dropped; keyword-in-context
 * lines are made for the first `limit` hits, and (when asked) every hit is counted per case,
 * group and form.
 */
import type { Progress } from '../jobs/progress.js';
import { hitLeftOut, MAX_SEARCH_FORMS, type SearchHit, type SearchRequest, type SearchResult, type SearchScope } from '../../shared/search.js';
import { getDocumentText } from '../db/repos/documents.js';
import { candidateDocuments, chunkEnds, codedSpans, documentBytes, heldTerms, prefixExpansion, TermOffsets, type CandidateDocument } from '../db/repos/search.js';
import type { ReadStore } from '../db/store.js';
import { DocumentChunks, locatedTokens, wholeTextRun, type TextRun } from '../search/chunk-runs.js';
import { droppableTerms, withoutAbsentTerms } from '../search/absent-terms.js';
import { hitForms } from '../search/hit-forms.js';
import { keywordInContext, type KwicLine } from '../search/kwic.js';
import { compileMatcher, type Hit, type Matcher, type Span } from '../search/query-match.js';
import { parseQuery } from '../search/query-parse.js';
import { toFtsMatch } from '../search/query-fts.js';
import { phraseLocators, type LocatedPhrase } from '../search/query-terms.js';

export type ParsedSearchRequest = Required<Omit<SearchRequest, 'scope'>> & { scope: SearchScope };

/**
 * One candidate document with its hits (already limited to the coded spans when the scope asks)
 * and the runs of text they were found in, in order; each hit lies inside one run.
 */
export interface DocumentHits {
  readonly document: CandidateDocument;
  readonly runs: readonly TextRun[];
  readonly hits: Hit[];
}

/**
 * Every document of the scope with at least one hit, in the request's order, lazily: a caller
 * that stops early reads no further documents. A malformed query throws QuerySyntaxError.
 */
export function* documentsWithHits(store: ReadStore, query: string, scope: SearchScope, order: 'document' | 'case' = 'document'): Generator<DocumentHits> {
  const parsed = parseQuery(query);
  const tree = withoutAbsentTerms(parsed, heldTerms(store, droppableTerms(parsed)));
  const match = compileMatcher(tree);
  const { expression } = toFtsMatch(tree, prefixExpansion(store));
  const codeIds = scope.codeIds && scope.codeIds.length > 0 ? scope.codeIds : undefined;
  const locators = phraseLocators(tree).map(({ phrases, ...term }, slot) => ({ phrases, offsets: new TermOffsets(store, term, slot) }));
  try {
    for (const document of candidateDocuments(store, expression, scope, order)) {
      const read = chunkRuns(store, document.documentId, locators);
      let hits = read ? matchLocated(read.runs, read.located, match) : null;
      let runs = read && hits ? joinedUnder(read.runs, hits) : null;
      // Chunks out of step with the text (never expected): the whole text answers instead.
      if (!runs || !hits) {
        const whole = wholeTextRun(getDocumentText(store, document.documentId) ?? '');
        runs = [whole];
        hits = match(whole.tokens);
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
 * it can start to its last word), and the words such a phrase can hold (sorted, distinct); null
 * when the chunks are not as indexed (never expected). The chunks on either side of a run only
 * add context: their bytes are fetched with the runs', and withContext reads them where a shown
 * hit needs them.
 */
function chunkRuns(store: ReadStore, documentId: number, locators: readonly Locator[]): { runs: TextRun[]; located: number[] } | null {
  const ends = chunkEnds(store, documentId);
  if (!ends) return null;
  const chunks = new DocumentChunks(ends, (start, end) => documentBytes(store, documentId, start, end));
  const words = chunks.words;
  const wanted = new Uint8Array(chunks.count);
  const located: number[] = [];
  for (const { phrases, offsets } of locators) {
    for (const offset of offsets.within(documentId)) {
      if (offset >= words) return null;
      for (const { at, length } of phrases) {
        const start = offset - at;
        if (start < 0 || start + length > words) continue;
        for (let w = start; w < start + length; w++) located.push(w);
        wanted.fill(1, chunks.chunkAt(start), chunks.chunkAt(start + length - 1) + 1);
      }
    }
  }
  const ranges: [number, number][] = [];
  for (let a = 0; a < chunks.count; a++) {
    if (!wanted[a]) continue;
    let b = a;
    while (b + 1 < chunks.count && wanted[b + 1]) b++;
    ranges.push([a, b]);
    a = b;
  }
  if (ranges.length > 0) chunks.fetch(Math.max(0, ranges[0]![0] - 1), Math.min(chunks.count - 1, ranges[ranges.length - 1]![1] + 1));
  const runs: TextRun[] = [];
  for (const [a, b] of ranges) {
    const run = chunks.run(a, b);
    if (!run) return null;
    runs.push(run);
  }
  return { runs, located: distinct(located) };
}

/** The numbers sorted, each once. */
function distinct(numbers: readonly number[]): number[] {
  const sorted = Float64Array.from(numbers).sort();
  const out: number[] = [];
  for (const n of sorted) if (out.length === 0 || out[out.length - 1] !== n) out.push(n);
  return out;
}

/** The hits in the runs: the matcher over the located words alone; null when one is outside the runs (never expected). */
function matchLocated(runs: readonly TextRun[], located: readonly number[], match: Matcher): Hit[] | null {
  const found = locatedTokens(runs, located);
  return found ? match(found.tokens, found.positions) : null;
}

/**
 * The runs with those a hit reaches across (a NEAR whose phrases lie in chunks apart) made one,
 * with the chunks between: each hit then lies inside one run. Null when a hit lies outside the
 * runs (never expected: a hit's words are located words).
 */
function joinedUnder(runs: readonly TextRun[], hits: readonly Span[]): TextRun[] | null {
  const joins = new Uint8Array(runs.length); // joins[k]: runs k and k + 1 are one
  let i = 0;
  for (const hit of hits) {
    while (i < runs.length && runs[i]!.end <= hit.start) i++;
    let j = i;
    while (j < runs.length && runs[j]!.end < hit.end) j++;
    if (j === runs.length || hit.start < runs[i]!.start || hit.end <= runs[j]!.start) return null;
    joins.fill(1, i, j);
  }
  const joined: TextRun[] = [];
  for (let a = 0; a < runs.length; a++) {
    let b = a;
    while (joins[b]) b++;
    const from = runs[a]!.source;
    const to = runs[b]!.source;
    const run = b === a ? runs[a]! : from && to ? from.chunks.run(from.first, to.last) : null;
    if (!run) return null;
    joined.push(run);
    a = b;
  }
  return joined;
}

/**
 * The runs with the chunk before and the chunk after added where a shown hit lies within
 * `contextWords` words of the run's start or end, so its context line has the words the whole
 * text gives it. Hits do not change: every occurrence of a query phrase lies in a run.
 */
function withContext(runs: readonly TextRun[], hits: readonly Span[], contextWords: number): TextRun[] {
  let h = 0;
  return runs.map((run) => {
    while (h < hits.length && hits[h]!.start < run.start) h++;
    if (run.source === undefined || contextWords === 0 || h === hits.length || hits[h]!.start >= run.end) return run;
    let k = h;
    while (k + 1 < hits.length && hits[k + 1]!.start < run.end) k++;
    // Enough words before its first hit and after its last (a run may be a short last chunk): its lines lie inside.
    const { spans } = run;
    const words = spans.count;
    const before = run.wordsBefore && !(words >= contextWords && spans.end[contextWords - 1]! <= hits[h]!.start - run.start);
    const after = run.wordsAfter && !(words >= contextWords && spans.start[words - contextWords]! >= hits[k]!.end - run.start);
    if (!before && !after) return run;
    const { chunks, first, last } = run.source;
    return chunks.run(before ? first - 1 : first, after ? last + 1 : last) ?? run;
  });
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
    for (const line of keywordInContext(run.text, run.spans, local, { words: contextWords })) {
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
function insideSpans(hits: readonly Hit[], spans: readonly Span[]): Hit[] {
  return hits.filter((hit) => spans.some((s) => s.start <= hit.start && hit.end <= s.end));
}

/**
 * `progress` hears of each document read, its total unknown (the index names the documents as
 * they are read): a count over every hit of a common word takes seconds on a large project, and
 * the job's Stop then ends it at the next document, not at the end.
 */
export function search({ store }: { store: ReadStore }, request: ParsedSearchRequest, progress: Progress = () => {}): SearchResult {
  const hits: SearchHit[] = [];
  const cases = new Map<number, SearchResult['cases'][number]>();
  const groups = new Map<number | null, SearchResult['groups'][number]>();
  const leaveOut = new Set(request.leaveOut);
  // Every hit's form, counted in the one walk over the hits that counts them per case.
  const forms = request.counts ? new Map<string, number>() : null;
  let total = 0;
  let documentsRead = 0;
  for (const { document: d, runs, hits: all } of documentsWithHits(store, request.query, request.scope, request.order)) {
    progress(++documentsRead, 0);
    let found = all;
    if (forms || leaveOut.size > 0) {
      const formsOf = hitForms(runs, all);
      if (forms) for (const formsOfHit of formsOf) for (const form of formsOfHit) forms.set(form, (forms.get(form) ?? 0) + 1);
      if (leaveOut.size > 0) found = all.filter((_, i) => !hitLeftOut(formsOf[i]!, leaveOut));
      if (found.length === 0) continue;
    }
    total += found.length;
    const room = request.limit - hits.length;
    if (room > 0) {
      const shown = found.slice(0, room);
      const read = withContext(runs, shown, request.contextWords);
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
  const listed = forms ? listedForms(forms, leaveOut) : null;
  return {
    hits,
    complete: total <= request.limit,
    totalHits: request.counts ? total : null,
    cases: [...cases.values()].sort((a, b) => byName({ name: a.caseName }, { name: b.caseName })),
    groups: [...groups.values()].sort((a, b) => byName({ name: a.groupName }, { name: b.groupName })),
    forms: listed,
    moreForms: forms && listed ? forms.size - listed.length : 0,
  };
}

/**
 * The forms most hits first (then in alphabet order), the first MAX_SEARCH_FORMS and every one
 * left out: a form the researcher unticked stays listed, or it could not be ticked again.
 */
function listedForms(forms: ReadonlyMap<string, number>, leaveOut: ReadonlySet<string>): { form: string; hits: number }[] {
  const sorted = [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return sorted.filter(([form], i) => i < MAX_SEARCH_FORMS || leaveOut.has(form)).map(([form, hits]) => ({ form, hits }));
}
