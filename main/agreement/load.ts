/**
 * What the agreement report reads from a project: the coders compared, the documents they all
 * coded, and each such document's codings, one document at a time so that only one text is
 * in memory however large the project.
 */
import { codePointLength } from '../../shared/offsets.js';
import { AppError } from '../errors.js';
import type { CoderRef } from '../db/repos/coders.js';
import { documentExists, getDocumentText } from '../db/repos/documents.js';
import { documentCodingsBy, documentsCodedBy } from '../db/repos/segments.js';
import type { ReadStore } from '../db/store.js';
import { coderNamed } from '../services/coders.js';
import { notFound } from '../services/context.js';

export type { CoderRef };

export interface DocumentRef {
  id: number;
  name: string;
  caseName: string;
  groupName: string | null;
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

export function resolveCoders(store: ReadStore, names: readonly string[]): CoderRef[] {
  const distinct = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
  if (distinct.length < 2) {
    throw new AppError('tooFewCoders', 'Agreement compares two or more coders; name at least two', { count: distinct.length });
  }
  return distinct.map((name) => coderNamed(store, name));
}

/**
 * Documents with codings (of any code) by at least one of the coders, in case and document
 * order, restricted to `documentIds` when given.
 */
export function codedDocuments(store: ReadStore, coders: readonly CoderRef[], documentIds?: readonly number[]): DocumentRef[] {
  if (documentIds) {
    const unknown = documentIds.find((id) => !documentExists(store, id));
    if (unknown !== undefined) throw notFound('document', unknown);
  }
  const rows = documentsCodedBy(store, coders.map((c) => c.id), documentIds);
  const documents = new Map<number, DocumentRef>();
  for (const { id, name, caseName, groupName, coderId } of rows) {
    const document = documents.get(id) ?? { id, name, caseName, groupName, codedBy: [] };
    document.codedBy.push(coders.findIndex((c) => c.id === coderId));
    documents.set(id, document);
  }
  return [...documents.values()];
}

/** The document's length in code points and the coders' codings with the given codes. */
export function documentCodings(
  store: ReadStore,
  documentId: number,
  coders: readonly CoderRef[],
  codeIds: ReadonlySet<number>,
): { length: number; codings: SpanCoding[] } {
  const rows = documentCodingsBy(store, documentId, coders.map((c) => c.id));
  const codings = rows
    .filter((row) => codeIds.has(row.codeId))
    .map(({ coderId, start, end, codeId }) => ({ coder: coders.findIndex((c) => c.id === coderId), start, end, codeId }));
  return { length: codePointLength(getDocumentText(store, documentId)!), codings };
}
