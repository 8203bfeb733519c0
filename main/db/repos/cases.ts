import type { AttributeValue, CaseItem } from '../../../shared/entities.js';
import { newGuid, now, type Store } from '../store.js';
import { decodeAttributeValue } from './attributes.js';

interface CaseRow {
  id: number;
  name: string;
  groupId: number | null;
  documentCount: number;
  segmentCount: number;
}

export function listCases(store: Store): CaseItem[] {
  const rows = store
    .prepare(
      `SELECT c.id, c.name, c.group_id AS groupId,
         (SELECT count(*) FROM document d WHERE d.case_id = c.id) AS documentCount,
         (SELECT count(*) FROM segment s JOIN document d ON d.id = s.document_id WHERE d.case_id = c.id) AS segmentCount
       FROM case_ c ORDER BY c.id`,
    )
    .all() as CaseRow[];
  const values = store
    .prepare(
      `SELECT ca.case_id AS caseId, a.id AS attributeId, a.type, ca.value
       FROM case_attribute ca JOIN attribute a ON a.id = ca.attribute_id`,
    )
    .all() as { caseId: number; attributeId: number; type: string; value: string }[];
  const byCase = new Map<number, Record<string, AttributeValue>>();
  for (const v of values) {
    const attrs = byCase.get(v.caseId) ?? {};
    attrs[String(v.attributeId)] = decodeAttributeValue(v.type, v.value);
    byCase.set(v.caseId, attrs);
  }
  return rows.map((row) => ({ ...row, attributes: byCase.get(row.id) ?? {} }));
}

export function getCase(store: Store, id: number): CaseItem | undefined {
  return listCases(store).find((c) => c.id === id);
}

export function caseExists(store: Store, id: number): boolean {
  return !!store.prepare('SELECT 1 FROM case_ WHERE id = ?').get(id);
}

export function findCaseByName(store: Store, name: string): { id: number } | undefined {
  return store.prepare('SELECT id FROM case_ WHERE name = ? ORDER BY id LIMIT 1').get(name) as { id: number } | undefined;
}

export function insertCase(store: Store, name: string, groupId: number | null): number {
  const info = store
    .prepare('INSERT INTO case_ (guid, name, group_id, created_at) VALUES (?, ?, ?, ?)')
    .run(newGuid(), name, groupId, now());
  return Number(info.lastInsertRowid);
}

export function renameCase(store: Store, id: number, name: string): void {
  store.prepare('UPDATE case_ SET name = ? WHERE id = ?').run(name, id);
}

export function setCaseGroup(store: Store, id: number, groupId: number | null): void {
  store.prepare('UPDATE case_ SET group_id = ? WHERE id = ?').run(groupId, id);
}

/** Deletes a case and all that hangs on it, children first so history replays in order. */
export function deleteCase(store: Store, id: number): void {
  store
    .prepare(
      `DELETE FROM coding WHERE segment_id IN
         (SELECT s.id FROM segment s JOIN document d ON d.id = s.document_id WHERE d.case_id = ?)`,
    )
    .run(id);
  store.prepare('DELETE FROM segment WHERE document_id IN (SELECT id FROM document WHERE case_id = ?)').run(id);
  store.prepare('DELETE FROM document WHERE case_id = ?').run(id);
  store.prepare('DELETE FROM case_attribute WHERE case_id = ?').run(id);
  store.prepare('DELETE FROM case_ WHERE id = ?').run(id);
}
