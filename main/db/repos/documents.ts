import type { DocumentItem } from '../../../shared/entities.js';
import { codePointLength } from '../../../shared/offsets.js';
import { type ReadStore, type WriteStore } from '../store.js';
import { newGuid, now } from '../stamps.js';
import type { ImportedRowFields } from './cases.js';
import { indexDocument } from './search.js';
import { CODED, codedOnly } from './uncoded-segments.js';
import type { DocumentColumns } from '../../search/index-text.js';

/**
 * segmentCount: the coded segments, not a passage holding a memo alone (`coded`: uncoded-segments.ts).
 * A document's source format and encoding: imported files keep them in `origin` as JSON
 * (documentOrigin below); older origins are 'file:NAME' (a text file), 'paste', 'case-table:NAME';
 * a REFI-QDA import's are 'refi:NAME', its texts UTF-8 as the standard has them (refi/xml-reader.ts reads no other).
 */
const unmeasuredColumns = (coded: string) => `d.id, d.case_id AS caseId, d.name,
  (SELECT count(*) FROM segment s WHERE s.document_id = d.id${coded}) AS segmentCount,
  CASE WHEN json_valid(d.origin) THEN json_extract(d.origin, '$.format')
       WHEN d.origin LIKE 'file:%' THEN 'txt'
       WHEN d.origin = 'paste' THEN 'paste'
       WHEN d.origin LIKE 'case-table:%' THEN 'case-table'
       WHEN d.origin LIKE 'refi:%' THEN 'refi' END AS format,
  CASE WHEN json_valid(d.origin) THEN json_extract(d.origin, '$.encoding')
       WHEN d.origin LIKE 'refi:%' THEN 'utf-8' END AS encoding`;
/** length() counts the code points of the text, so it reads the whole text. */
const documentColumns = (coded: string) => `${unmeasuredColumns(coded)}, length(d.text) AS length`;

export interface DocumentOrigin {
  file: string;
  format: string;
  encoding?: string | undefined;
}

export function documentOrigin(origin: DocumentOrigin): string {
  return JSON.stringify(origin);
}

export function listDocuments(store: ReadStore, caseId?: number): DocumentItem[] {
  if (caseId === undefined) {
    return store.prepare(`SELECT ${documentColumns(codedOnly(store))} FROM document d ORDER BY d.case_id, d.id`).all() as DocumentItem[];
  }
  return store.prepare(`SELECT ${documentColumns(CODED)} FROM document d WHERE d.case_id = ? ORDER BY d.id`).all(caseId) as DocumentItem[];
}

/**
 * Every document as listDocuments lists it, but for its length, in case order: no text is read.
 * `textKey` stands for the text (its document's guid and its size in bytes, which SQLite knows
 * without reading it), so a length counted once can be reused (services/document-list.ts).
 */
export function listUnmeasuredDocuments(store: ReadStore): (Omit<DocumentItem, 'length'> & { textKey: string })[] {
  return store
    .prepare(`SELECT ${unmeasuredColumns(codedOnly(store))}, d.guid || ':' || octet_length(d.text) AS textKey FROM document d ORDER BY d.case_id, d.id`)
    .all() as (Omit<DocumentItem, 'length'> & { textKey: string })[];
}

/** The names of these documents, in the order of their cases and ids; no text is read. */
export function documentNames(store: ReadStore, ids: readonly number[]): string[] {
  return store
    .prepare('SELECT name FROM document WHERE id IN (SELECT value FROM json_each(?)) ORDER BY case_id, id')
    .pluck()
    .all(JSON.stringify(ids)) as string[];
}

/** The names of a case's documents; no text is read. */
export function caseDocumentNames(store: ReadStore, caseId: number): string[] {
  return store.prepare('SELECT name FROM document WHERE case_id = ?').pluck().all(caseId) as string[];
}

/** The lengths in code points of these documents' texts, by id (each text is read). */
export function documentLengths(store: ReadStore, ids: readonly number[]): Map<number, number> {
  if (ids.length === 0) return new Map();
  const rows = store
    .prepare('SELECT id, length(text) AS length FROM document WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: number; length: number }[];
  return new Map(rows.map((row) => [row.id, row.length]));
}

export function documentExists(store: ReadStore, id: number): boolean {
  return store.prepare('SELECT 1 FROM document WHERE id = ?').get(id) !== undefined;
}

/**
 * A document with its text, for opening it: the text is read once, and its length in code points
 * counted from it here (SQL's length() would read a long text a second time).
 */
export function getDocumentWithText(store: ReadStore, id: number): { document: DocumentItem; text: string } | undefined {
  const row = store.prepare(`SELECT ${unmeasuredColumns(CODED)}, d.text FROM document d WHERE d.id = ?`).get(id) as
    | (Omit<DocumentItem, 'length'> & { text: string })
    | undefined;
  if (!row) return undefined;
  const { text, ...document } = row;
  return { document: { ...document, length: codePointLength(text) }, text };
}

export function getDocumentText(store: ReadStore, id: number): string | undefined {
  const row = store.prepare('SELECT text FROM document WHERE id = ?').get(id) as { text: string } | undefined;
  return row?.text;
}

/** The size of a document's text in UTF-8 bytes, read without loading the text; undefined when there is no such document. */
export function documentTextBytes(store: ReadStore, id: number): number | undefined {
  return store.prepare('SELECT octet_length(text) FROM document WHERE id = ?').pluck().get(id) as number | undefined;
}

/** `text` must already be normalised (shared/offsets normalizeText). */
export function insertDocument(
  store: WriteStore, caseId: number, name: string, text: string, origin: string, imported: ImportedRowFields = {},
  /** The text's index columns, when computed ahead (jobs/index-columns-ahead.ts). */
  columns?: DocumentColumns,
): number {
  const info = store
    .prepare('INSERT INTO document (guid, case_id, name, text, origin, created_at, description) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(imported.guid ?? newGuid(), caseId, name, text, origin, imported.createdAt ?? now(), imported.description ?? '');
  const id = Number(info.lastInsertRowid);
  indexDocument(store, id, text, columns); // same transaction: the search index never lags the documents
  return id;
}

/** A document of the case whose text is exactly this one. */
export function findDocumentWithText(store: ReadStore, caseId: number, text: string): number | undefined {
  const row = store.prepare('SELECT id FROM document WHERE case_id = ? AND text = ? LIMIT 1').get(caseId, text) as { id: number } | undefined;
  return row?.id;
}

export function renameDocument(store: WriteStore, id: number, name: string): void {
  store.prepare('UPDATE document SET name = ? WHERE id = ?').run(name, id);
}

export function moveDocument(store: WriteStore, id: number, caseId: number): void {
  store.prepare('UPDATE document SET case_id = ? WHERE id = ?').run(caseId, id);
}

/** What deleting a document writes: its segments and codings, and the bytes of its text (its undo image, its search index). */
export interface DocumentWeight {
  id: number;
  bytes: number;
  segments: number;
  codings: number;
}

// octet_length reads a text's stored size, not the text.
const weightColumns = `d.id, octet_length(d.text) AS bytes,
  (SELECT count(*) FROM segment s WHERE s.document_id = d.id) AS segments,
  (SELECT count(*) FROM segment s JOIN coding k ON k.segment_id = s.id WHERE s.document_id = d.id) AS codings`;

export function documentWeight(store: ReadStore, id: number): DocumentWeight | undefined {
  return store.prepare(`SELECT ${weightColumns} FROM document d WHERE d.id = ?`).get(id) as DocumentWeight | undefined;
}

/** Each document of the case, in id order, with what deleting it writes. */
export function caseDocumentWeights(store: ReadStore, caseId: number): DocumentWeight[] {
  return store.prepare(`SELECT ${weightColumns} FROM document d WHERE d.case_id = ? ORDER BY d.id`).all(caseId) as DocumentWeight[];
}

/** The document with its segments and their codings (memo links go by trigger, migration 003). */
export function deleteDocument(store: WriteStore, id: number): void {
  store.prepare('DELETE FROM coding WHERE segment_id IN (SELECT id FROM segment WHERE document_id = ?)').run(id);
  store.prepare('DELETE FROM segment WHERE document_id = ?').run(id);
  store.prepare('DELETE FROM document WHERE id = ?').run(id);
}
