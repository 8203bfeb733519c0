import type { Attribute, AttributeType, AttributeValue } from '../../../shared/entities.js';
import { type ReadStore, type WriteStore } from '../store.js';
import { newGuid } from '../stamps.js';

interface AttributeRow {
  id: number;
  name: string;
  type: AttributeType;
  choices: string;
}

export function listAttributes(store: ReadStore): Attribute[] {
  const rows = store.prepare('SELECT id, name, type, choices FROM attribute ORDER BY sort, id').all() as AttributeRow[];
  return rows.map((row) => ({ ...row, choices: JSON.parse(row.choices) as string[] }));
}

export function getAttribute(store: ReadStore, id: number): Attribute | undefined {
  return listAttributes(store).find((a) => a.id === id);
}

/** `guid` is kept from an imported file (REFI-QDA); a new one is made otherwise. */
export function insertAttribute(store: WriteStore, name: string, type: AttributeType, choices: string[], guid = newGuid()): Attribute {
  const info = store
    .prepare(
      `INSERT INTO attribute (guid, name, type, choices, sort)
       VALUES (?, ?, ?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM attribute))`,
    )
    .run(guid, name, type, JSON.stringify(choices));
  return { id: Number(info.lastInsertRowid), name, type, choices };
}

export function setAttributeChoices(store: WriteStore, id: number, choices: string[]): void {
  store.prepare('UPDATE attribute SET choices = ? WHERE id = ?').run(JSON.stringify(choices), id);
}

/** A case's stored value of an attribute, if it has one. */
export function attributeValue(store: ReadStore, caseId: number, attributeId: number): string | undefined {
  return store.prepare('SELECT value FROM case_attribute WHERE case_id = ? AND attribute_id = ?').pluck().get(caseId, attributeId) as
    | string
    | undefined;
}

/** Every case's stored value of one attribute. */
export function attributeValues(store: ReadStore, attributeId: number): { caseId: number; value: string }[] {
  return store.prepare('SELECT case_id AS caseId, value FROM case_attribute WHERE attribute_id = ?').all(attributeId) as {
    caseId: number;
    value: string;
  }[];
}

export function setAttributeValue(store: WriteStore, caseId: number, attributeId: number, stored: string | null): void {
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
