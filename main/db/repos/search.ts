/**
 * The full-text index (document_search and search_chunk, migrations 004, 007 and 008) and the
 * reads a search needs. Index rows are written in JavaScript (search-index.ts), in the caller's
 * transaction: by insertDocument, insertRow (merge) and undo/redo replay (history.ts). A
 * document's deletion removes its rows through the schema's trigger.
 */
import { writeDocumentIndex } from '../search-index.js';
import type { ReadStore, WriteStore } from '../store.js';
import type { ChunkEnds } from '../../search/chunk-runs.js';
import type { DocumentColumns } from '../../search/index-text.js';
import type { PrefixTerms } from '../../search/query-fts.js';
import { prefixTerms } from './term-offsets.js';

/** Where a query's terms lie in documents: read from the index by term-offsets.ts. */
export { heldTerms, TermOffsets, type IndexTerm } from './term-offsets.js';

/**
 * A prefix of at most this many terms is matched as the OR of its terms (query-fts.ts). FTS5
 * merges an OR one document at a time, at a cost per document that grows with its terms: at the
 * reference corpus the first documents of 50 terms ~1 ms, of 200 ~6–14 ms (every document: 7
 * and 26–33 ms), where the prefix `по*`, 46 terms, costs ~18 ms before its first document.
 */
const OR_TERMS = 64;

/** The terms a prefix is matched as (toFtsMatch's PrefixTerms), for the MATCH of candidateDocuments. */
export function prefixExpansion(store: ReadStore): PrefixTerms {
  return (prefix) => prefixTerms(store, prefix, OR_TERMS);
}

/** (Re)writes one document's index rows: its document_search row and its chunks (`columns`: computed ahead). */
export function indexDocument(store: WriteStore, documentId: number, text: string, columns?: DocumentColumns): void {
  writeDocumentIndex(store, documentId, text, columns);
}

/** Where to look; every list left out (or empty) means no restriction on it. */
export interface SearchScopeFilter {
  readonly caseIds?: readonly number[];
  /** null: the cases in no group. */
  readonly groupIds?: readonly (number | null)[];
  readonly documentIds?: readonly number[];
  /** Cases with one of these values of each attribute (attribute conditions combine with AND). */
  readonly attributes?: readonly { readonly attributeId: number; readonly values: readonly string[] }[];
  /** Only documents holding a segment coded with one of these codes. */
  readonly codeIds?: readonly number[];
}

export type SearchOrder = 'document' | 'case';

export interface CandidateDocument {
  readonly documentId: number;
  readonly documentName: string;
  readonly caseId: number;
  readonly caseName: string;
  readonly groupId: number | null;
  readonly groupName: string | null;
}

const list = (ids: readonly unknown[] | undefined) => (ids && ids.length > 0 ? JSON.stringify(ids) : null);

/** The scope's conditions on d (document) and c (case), with parameters bound by scopeParameters. */
const scopeSql = `
  (@cases IS NULL OR d.case_id IN (SELECT value FROM json_each(@cases)))
  AND (@groups IS NULL OR EXISTS (SELECT 1 FROM json_each(@groups) WHERE value IS c.group_id))
  AND (@documents IS NULL OR d.id IN (SELECT value FROM json_each(@documents)))
  AND (@attributes IS NULL OR NOT EXISTS (
    SELECT 1 FROM json_each(@attributes) a WHERE NOT EXISTS (
      SELECT 1 FROM case_attribute ca
      WHERE ca.case_id = c.id AND ca.attribute_id = json_extract(a.value, '$.attributeId')
        AND ca.value IN (SELECT value FROM json_each(json_extract(a.value, '$.values'))))))
  AND (@codes IS NULL OR EXISTS (
    SELECT 1 FROM segment s JOIN coding k ON k.segment_id = s.id
    WHERE s.document_id = d.id AND k.code_id IN (SELECT value FROM json_each(@codes))))`;

function scopeParameters(scope: SearchScopeFilter): Record<string, string | null> {
  return {
    cases: list(scope.caseIds), groups: list(scope.groupIds), documents: list(scope.documentIds),
    attributes: list(scope.attributes), codes: list(scope.codeIds),
  };
}

const orderSql: Record<SearchOrder, string> = {
  document: 'f.rowid', // = d.id, in the order FTS5 yields rows: no sort, so a full page stops the reading
  case: 'c.name COLLATE NOCASE, c.id, d.name COLLATE NOCASE, d.id',
};

/**
 * The documents FTS5 selects for `expression` (bound, never spliced) within the scope, in the
 * order hits are listed. An iterator: a page of hits stops reading documents once it is full.
 */
export function* candidateDocuments(store: ReadStore, expression: string, scope: SearchScopeFilter, order: SearchOrder): Generator<CandidateDocument> {
  const sql = `
    SELECT d.id AS documentId, d.name AS documentName, c.id AS caseId, c.name AS caseName,
           g.id AS groupId, g.name AS groupName
    FROM document_search f
    JOIN document d ON d.id = f.rowid
    JOIN case_ c ON c.id = d.case_id
    LEFT JOIN case_group g ON g.id = c.group_id
    WHERE document_search MATCH @expression AND ${scopeSql}
    ORDER BY ${orderSql[order]}`;
  yield* store.prepare(sql).iterate({ ...scopeParameters(scope), expression }) as IterableIterator<CandidateDocument>;
}


/**
 * Where each of a document's chunks ends (ChunkEnds), in text order: cheap enough for every
 * candidate document of a search. Undefined when the document has no chunks (never expected).
 */
export function chunkEnds(store: ReadStore, documentId: number): ChunkEnds | undefined {
  const ends = store
    .prepare('SELECT word + words, "end", byte_end FROM search_chunk WHERE document_id = ? ORDER BY id')
    .raw()
    .all(documentId) as [number, number, number][];
  return ends.length > 0 ? ends : undefined;
}

/**
 * Bytes [start, end) of a document's text as stored (UTF-8), not decoded: SQLite cuts a blob
 * without counting characters, several times faster on long texts than substr of the text.
 */
export function documentBytes(store: ReadStore, documentId: number, start: number, end: number): Buffer {
  const bytes = store.prepare('SELECT substr(CAST(text AS BLOB), ?, ?) FROM document WHERE id = ?').pluck().get(start + 1, end - start, documentId) as Buffer | null | undefined;
  return bytes ?? Buffer.alloc(0);
}

/** Just the document ids FTS5 selects, unscoped and unordered: the bench's baseline and the tests' check. */
export function matchingDocumentIds(store: ReadStore, expression: string): number[] {
  return store.prepare('SELECT rowid FROM document_search WHERE document_search MATCH ?').pluck().all(expression) as number[];
}

/** The spans of a document's segments coded with any of the codes, sorted (code points). */
export function codedSpans(store: ReadStore, documentId: number, codeIds: readonly number[]): { start: number; end: number }[] {
  return store
    .prepare(
      `SELECT DISTINCT s.start, s."end" AS "end" FROM segment s JOIN coding k ON k.segment_id = s.id
       WHERE s.document_id = ? AND k.code_id IN (SELECT value FROM json_each(?)) ORDER BY s.start, s."end"`,
    )
    .all(documentId, JSON.stringify(codeIds)) as { start: number; end: number }[];
}

/** The texts a word list counts, grouped by case then document (wordFrequencies needs that order). */
export interface WordSourceFilter {
  readonly caseId?: number;
  /** null: the cases in no group. */
  readonly groupId?: number | null;
  /** Count only the text of segments coded with this code. */
  readonly codeId?: number;
}

export function* wordSources(store: ReadStore, filter: WordSourceFilter): Generator<{ text: string; document: number; case: number }> {
  const where = `(@caseId IS NULL OR c.id = @caseId) AND (@anyGroup OR c.group_id IS @groupId)`;
  const params = { caseId: filter.caseId ?? null, anyGroup: filter.groupId === undefined ? 1 : 0, groupId: filter.groupId ?? null };
  if (filter.codeId === undefined) {
    yield* store
      .prepare(`SELECT d.text, d.id AS document, c.id AS "case" FROM document d JOIN case_ c ON c.id = d.case_id WHERE ${where} ORDER BY c.id, d.id`)
      .iterate(params) as IterableIterator<{ text: string; document: number; case: number }>;
    return;
  }
  yield* store
    .prepare(
      `SELECT s.quote AS text, d.id AS document, c.id AS "case" FROM segment s
       JOIN document d ON d.id = s.document_id JOIN case_ c ON c.id = d.case_id
       WHERE ${where} AND EXISTS (SELECT 1 FROM coding k WHERE k.segment_id = s.id AND k.code_id = @codeId)
       ORDER BY c.id, d.id, s.start`,
    )
    .iterate({ ...params, codeId: filter.codeId }) as IterableIterator<{ text: string; document: number; case: number }>;
}

const STOP_WORDS_KEY = 'search_stop_words';

/** The project's stop-word choices as stored (JSON), or null when it never changed them. */
export function storedStopWords(store: ReadStore): string | null {
  return store.meta(STOP_WORDS_KEY);
}

export function storeStopWords(store: WriteStore, json: string): void {
  store.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(STOP_WORDS_KEY, json);
}

/** Whether the span is already a segment coded with the code (by anyone): autocoding it changes little. */
export function spanCodedWith(store: ReadStore, documentId: number, start: number, end: number, codeId: number, coderName: string): boolean {
  return (
    store
      .prepare(
        `SELECT 1 FROM segment s JOIN coding k ON k.segment_id = s.id JOIN coder u ON u.id = k.coder_id
         WHERE s.document_id = ? AND s.start = ? AND s."end" = ? AND k.code_id = ? AND u.name = ? LIMIT 1`,
      )
      .get(documentId, start, end, codeId, coderName) !== undefined
  );
}
