/**
 * What the agreement report reads from a project: the coders compared, the documents they all
 * coded, and each such document's codings, one document at a time so that only one text is
 * in memory however large the project.
 */
import { codePointLength } from '../../shared/offsets.js';
import { AppError } from '../errors.js';
import { getDocumentText } from '../db/repos/documents.js';
import type { Store } from '../db/store.js';
import { notFound } from '../services/context.js';

export interface CoderRef {
  id: number;
  name: string;
}

export interface DocumentRef {
  id: number;
  name: string;
  caseName: string;
  /** Indexes into the coders compared. */
  codedBy: number[];
}

/** One coding of a span by one coder; `coder` is its index among the coders compared. */
export interface SpanCoding {
  coder: number;
  start: number;
  end: number;
  codeId: number;
}

export function resolveCoders(store: Store, names: readonly string[]): CoderRef[] {
  const distinct = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
  if (distinct.length < 2) {
    throw new AppError('tooFewCoders', 'Agreement compares two or more coders; name at least two', { count: distinct.length });
  }
  const known = store.prepare('SELECT id, name FROM coder ORDER BY name').all() as CoderRef[];
  return distinct.map((name) => {
    const coder = known.find((k) => k.name === name);
    if (!coder) {
      throw new AppError('unknownCoder', `No coder named ${name} (coders: ${known.map((k) => k.name).join(', ') || 'none'})`, { name });
    }
    return coder;
  });
}

/**
 * Documents with codings (of any code) by at least one of the coders, in case and document
 * order, restricted to `documentIds` when given.
 */
export function codedDocuments(store: Store, coders: readonly CoderRef[], documentIds?: readonly number[]): DocumentRef[] {
  if (documentIds) {
    const exists = store.prepare('SELECT 1 FROM document WHERE id = ?').pluck();
    const unknown = documentIds.find((id) => exists.get(id) === undefined);
    if (unknown !== undefined) throw notFound('document', unknown);
  }
  const rows = store
    .prepare(
      `SELECT d.id, d.name, c.name AS caseName, x.coder_id AS coderId
       FROM document d JOIN case_ c ON c.id = d.case_id
       JOIN (SELECT DISTINCT s.document_id, k.coder_id FROM coding k JOIN segment s ON s.id = k.segment_id
             WHERE k.coder_id IN (SELECT value FROM json_each(?))) x ON x.document_id = d.id
       WHERE ? IS NULL OR d.id IN (SELECT value FROM json_each(?))
       ORDER BY c.id, d.id, x.coder_id`,
    )
    .all(JSON.stringify(coders.map((c) => c.id)), documentIds ? 1 : null, JSON.stringify(documentIds ?? [])) as {
    id: number;
    name: string;
    caseName: string;
    coderId: number;
  }[];
  const documents = new Map<number, DocumentRef>();
  for (const { id, name, caseName, coderId } of rows) {
    const document = documents.get(id) ?? { id, name, caseName, codedBy: [] };
    document.codedBy.push(coders.findIndex((c) => c.id === coderId));
    documents.set(id, document);
  }
  return [...documents.values()];
}

/** The document's length in code points and the coders' codings with the given codes. */
export function documentCodings(
  store: Store,
  documentId: number,
  coders: readonly CoderRef[],
  codeIds: ReadonlySet<number>,
): { length: number; codings: SpanCoding[] } {
  const rows = store
    .prepare(
      `SELECT k.coder_id AS coderId, s.start, s."end" AS "end", k.code_id AS codeId
       FROM coding k JOIN segment s ON s.id = k.segment_id
       WHERE s.document_id = ? AND k.coder_id IN (SELECT value FROM json_each(?))
       ORDER BY s.start, s."end", k.code_id`,
    )
    .all(documentId, JSON.stringify(coders.map((c) => c.id))) as { coderId: number; start: number; end: number; codeId: number }[];
  const codings = rows
    .filter((row) => codeIds.has(row.codeId))
    .map(({ coderId, start, end, codeId }) => ({ coder: coders.findIndex((c) => c.id === coderId), start, end, codeId }));
  return { length: codePointLength(getDocumentText(store, documentId)!), codings };
}
