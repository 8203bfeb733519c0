import type { Attribute, AttributeType, AttributeValue } from '../../../shared/entities.js';
import { newGuid, type Store } from '../store.js';

interface AttributeRow {
  id: number;
  name: string;
  type: AttributeType;
  choices: string;
}

export function listAttributes(store: Store): Attribute[] {
  const rows = store.prepare('SELECT id, name, type, choices FROM attribute ORDER BY sort, id').all() as AttributeRow[];
  return rows.map((row) => ({ ...row, choices: JSON.parse(row.choices) as string[] }));
}

export function getAttribute(store: Store, id: number): Attribute | undefined {
  return listAttributes(store).find((a) => a.id === id);
}

export function insertAttribute(store: Store, name: string, type: AttributeType, choices: string[]): Attribute {
  const info = store
    .prepare(
      `INSERT INTO attribute (guid, name, type, choices, sort)
       VALUES (?, ?, ?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM attribute))`,
    )
    .run(newGuid(), name, type, JSON.stringify(choices));
  return { id: Number(info.lastInsertRowid), name, type, choices };
}

export function setAttributeValue(store: Store, caseId: number, attributeId: number, stored: string | null): void {
  if (stored === null) {
    store.prepare('DELETE FROM case_attribute WHERE case_id = ? AND attribute_id = ?').run(caseId, attributeId);
    return;
  }
  store
    .prepare(
      `INSERT INTO case_attribute (case_id, attribute_id, value) VALUES (?, ?, ?)
       ON CONFLICT (case_id, attribute_id) DO UPDATE SET value = excluded.value`,
    )
    .run(caseId, attributeId, stored);
}

/** Values are stored as text; numbers and yes/no are turned back into their types. */
export function decodeAttributeValue(type: string, value: string): AttributeValue {
  if (type === 'number') return Number(value);
  if (type === 'boolean') return value === 'true';
  return value;
}
