/**
 * Full-text search over the project (issue 10, docs/search.md): FTS5 picks the candidate
 * documents, the JS matcher finds the hits in each, keyword-in-context lines are made for the
 * first `limit` hits, and (when asked) every hit is counted per case and group.
 */
import type { SearchHit, SearchRequest, SearchResult, SearchScope } from '../../shared/search.js';
import { candidateDocuments, codedSpans, type CandidateDocument } from '../db/repos/search.js';
import type { ReadStore } from '../db/store.js';
import { keywordInContext } from '../search/kwic.js';
import { compileMatcher, type Span } from '../search/query-match.js';
import { parseQuery } from '../search/query-parse.js';
import { toFtsMatch } from '../search/query-fts.js';
import { tokenize, type Token } from '../search/tokenize.js';
import { hitStarts, tokensAround } from '../search/windows.js';
import type { ServiceContext } from './context.js';

type ParsedRequest = Required<Omit<SearchRequest, 'scope'>> & { scope: SearchScope };

/**
 * One candidate document with its hits (already limited to the coded spans when the scope asks)
 * and the tokens they were found in: the whole text's, or only those around possible hits (windows.ts).
 */
export interface DocumentHits {
  readonly document: CandidateDocument;
  readonly tokens: readonly Token[];
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
  const starts = hitStarts(tree);
  for (const document of candidateDocuments(store, expression, scope, order)) {
    const tokens = (starts && tokensAround(document.text, starts)) ?? tokenize(document.text);
    let hits = match(tokens);
    if (codeIds && hits.length > 0) hits = insideSpans(hits, codedSpans(store, document.documentId, codeIds));
    if (hits.length > 0) yield { document, tokens, hits };
  }
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
  for (const { document: d, tokens, hits: found } of documentsWithHits(store, request.query, request.scope, request.order)) {
    total += found.length;
    const room = request.limit - hits.length;
    if (room > 0) {
      for (const line of keywordInContext(d.text, tokens, found.slice(0, room), { words: request.contextWords })) {
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
