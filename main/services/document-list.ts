/**
 * The list of every document, as the case list and the segment table's filter ask for it after
 * each change. A document's length in code points is counted by reading its whole text (85 MB
 * for the reference corpus, half a second), and a text never changes once added: each length is
 * counted once per connection and kept under its text's key (repos/documents.ts,
 * listUnmeasuredDocuments), so a list reads only the texts it has not measured yet.
 */
import type { DocumentItem } from '../../shared/entities.js';
import type { ReadStore } from '../db/store.js';
import * as documents from '../db/repos/documents.js';

/** Per connection: code-point lengths by `id:textKey`; only the documents of the last list are kept. */
const measured = new WeakMap<ReadStore, Map<string, number>>();

export function listAllDocuments(store: ReadStore): DocumentItem[] {
  const rows = documents.listUnmeasuredDocuments(store);
  const known = measured.get(store) ?? new Map<string, number>();
  const keyOf = (row: { id: number; textKey: string }) => `${row.id}:${row.textKey}`;
  const counted = documents.documentLengths(store, rows.filter((row) => !known.has(keyOf(row))).map((row) => row.id));
  const kept = new Map<string, number>();
  const list = rows.map(({ textKey, ...row }) => {
    const key = keyOf({ id: row.id, textKey });
    const length = known.get(key) ?? counted.get(row.id) ?? 0;
    kept.set(key, length);
    return { ...row, length };
  });
  measured.set(store, kept);
  return list;
}
