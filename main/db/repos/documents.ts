import type { DocumentItem } from '../../../shared/entities.js';
import { newGuid, now, type ReadStore, type WriteStore } from '../store.js';
import type { ImportedRowFields } from './cases.js';

const documentColumns = `d.id, d.case_id AS caseId, d.name, length(d.text) AS length,
  (SELECT count(*) FROM segment s WHERE s.document_id = d.id) AS segmentCount`;

export function listDocuments(store: ReadStore, caseId?: number): DocumentItem[] {
  if (caseId === undefined) {
    return store.prepare(`SELECT ${documentColumns} FROM document d ORDER BY d.case_id, d.id`).all() as DocumentItem[];
  }
  return store.prepare(`SELECT ${documentColumns} FROM document d WHERE d.case_id = ? ORDER BY d.id`).all(caseId) as DocumentItem[];
}

export function documentExists(store: ReadStore, id: number): boolean {
  return store.prepare('SELECT 1 FROM document WHERE id = ?').get(id) !== undefined;
}

export function getDocument(store: ReadStore, id: number): DocumentItem | undefined {
  return store.prepare(`SELECT ${documentColumns} FROM document d WHERE d.id = ?`).get(id) as DocumentItem | undefined;
}

export function getDocumentText(store: ReadStore, id: number): string | undefined {
  const row = store.prepare('SELECT text FROM document WHERE id = ?').get(id) as { text: string } | undefined;
  return row?.text;
}

/** `text` must already be normalised (shared/offsets normalizeText). */
export function insertDocument(
  store: WriteStore, caseId: number, name: string, text: string, origin: string, imported: ImportedRowFields = {},
): number {
  const info = store
    .prepare('INSERT INTO document (guid, case_id, name, text, origin, created_at, description) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(imported.guid ?? newGuid(), caseId, name, text, origin, imported.createdAt ?? now(), imported.description ?? '');
  return Number(info.lastInsertRowid);
}
