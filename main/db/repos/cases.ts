import type { AttributeValue, CaseItem } from '../../../shared/entities.js';
import type { TableFilters } from '../../../shared/tables.js';
import { type ReadStore, type WriteStore } from '../store.js';
import { newGuid, now } from '../stamps.js';
import { decodeAttributeValue } from './attributes.js';
import { caseStatusCondition } from './selection.js';
import { CODED, codedOnly } from './uncoded-segments.js';

interface CaseRow {
  id: number;
  name: string;
  groupId: number | null;
  documentCount: number;
  segmentCount: number;
}

/** segmentCount: the coded segments, not a passage holding a memo alone (`coded`: uncoded-segments.ts). */
const caseColumns = (coded: string) => `
  c.id, c.name, c.group_id AS groupId,
  (SELECT count(*) FROM document d WHERE d.case_id = c.id) AS documentCount,
  (SELECT count(*) FROM segment s JOIN document d ON d.id = s.document_id WHERE d.case_id = c.id${coded}) AS segmentCount`;

const VALUE_COLUMNS = 'ca.case_id AS caseId, a.id AS attributeId, a.type, ca.value';

export function listCases(store: ReadStore): CaseItem[] {
  const rows = store.prepare(`SELECT ${caseColumns(codedOnly(store))} FROM case_ c ORDER BY c.id`).all() as CaseRow[];
  const values = store
    .prepare(`SELECT ${VALUE_COLUMNS} FROM case_attribute ca JOIN attribute a ON a.id = ca.attribute_id`)
    .all() as ValueRow[];
  return withAttributes(rows, values);
}

/** One case, read alone: listing every case to find one counted the whole project's segments. */
export function getCase(store: ReadStore, id: number): CaseItem | undefined {
  const row = store.prepare(`SELECT ${caseColumns(CODED)} FROM case_ c WHERE c.id = ?`).get(id) as CaseRow | undefined;
  if (!row) return undefined;
  const values = store
    .prepare(`SELECT ${VALUE_COLUMNS} FROM case_attribute ca JOIN attribute a ON a.id = ca.attribute_id WHERE ca.case_id = ?`)
    .all(id) as ValueRow[];
  return withAttributes([row], values)[0];
}

/** The cases of a group (or of none), by name only: what a new or renamed case must not repeat. */
export function caseNamesInGroup(store: ReadStore, groupId: number | null): { id: number; name: string }[] {
  return store.prepare('SELECT id, name FROM case_ WHERE group_id IS ?').all(groupId) as { id: number; name: string }[];
}

interface ValueRow {
  caseId: number;
  attributeId: number;
  type: string;
  value: string;
}

function withAttributes(rows: CaseRow[], values: ValueRow[]): CaseItem[] {
  const byCase = new Map<number, Record<string, AttributeValue>>();
  for (const v of values) {
    const attrs = byCase.get(v.caseId) ?? {};
    attrs[String(v.attributeId)] = decodeAttributeValue(v.type, v.value);
    byCase.set(v.caseId, attrs);
  }
  return rows.map((row) => ({ ...row, attributes: byCase.get(row.id) ?? {} }));
}

export function countCases(store: ReadStore): number {
  return store.prepare('SELECT count(*) FROM case_').pluck().get() as number;
}

export function caseExists(store: ReadStore, id: number): boolean {
  return !!store.prepare('SELECT 1 FROM case_ WHERE id = ?').get(id);
}

export function findCaseByName(store: ReadStore, name: string): { id: number } | undefined {
  return store.prepare('SELECT id FROM case_ WHERE name = ? ORDER BY id LIMIT 1').get(name) as { id: number } | undefined;
}

/** What an imported case brings along (REFI-QDA keeps its GUID, so merge can match it later). */
export interface ImportedRowFields {
  guid?: string;
  createdAt?: string;
  description?: string;
}

export function insertCase(store: WriteStore, name: string, groupId: number | null, imported: ImportedRowFields = {}): number {
  const info = store
    .prepare('INSERT INTO case_ (guid, name, group_id, created_at, description) VALUES (?, ?, ?, ?, ?)')
    .run(imported.guid ?? newGuid(), name, groupId, imported.createdAt ?? now(), imported.description ?? '');
  return Number(info.lastInsertRowid);
}

export function renameCase(store: WriteStore, id: number, name: string): void {
  store.prepare('UPDATE case_ SET name = ? WHERE id = ?').run(name, id);
}

export function setCaseGroup(store: WriteStore, id: number, groupId: number | null): void {
  store.prepare('UPDATE case_ SET group_id = ? WHERE id = ?').run(groupId, id);
}

/** Deletes a case and all that hangs on it, children first so history replays in order. */
export function deleteCase(store: WriteStore, id: number): void {
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

export interface CaseRef {
  id: number;
  name: string;
  groupId: number | null;
}

/**
 * A table's case filters with every attribute filter given as the stored values it keeps: a range
 * (value-ranges.ts) is first turned into its values by main/analysis/attribute-ranges.ts, which
 * reads them as the ranges were made (a text "2,5" is 2.5), as SQL cannot.
 */
export type CaseFilters = Omit<TableFilters, 'attributes'> & { attributes?: { attributeId: number; values: string[] }[] };

/**
 * SQL conditions on case_ c for a table's case filters (group, attribute values, selection
 * status). Without statuses every case is kept: the selection pool and the method services,
 * which filter by status themselves, list all cases; tables pass the default (analysis/tables.ts).
 */
export function caseConditions(filters: CaseFilters): { sql: string[]; params: (string | number)[] } {
  const sql: string[] = [];
  const params: (string | number)[] = [];
  if (filters.statuses) {
    const s = caseStatusCondition(filters.statuses);
    sql.push(s.sql);
    params.push(...s.params);
  }
  if (filters.groupIds?.length) {
    const ids = filters.groupIds.filter((id) => id !== null);
    const either = [
      ...(ids.length > 0 ? [`c.group_id IN (${ids.map(() => '?').join(', ')})`] : []),
      ...(filters.groupIds.includes(null) ? ['c.group_id IS NULL'] : []),
    ];
    sql.push(`(${either.join(' OR ')})`);
    params.push(...ids);
  }
  for (const attribute of filters.attributes ?? []) {
    // One parameter however many values: a range of a large project's incomes may hold more
    // distinct values than SQLite takes parameters.
    sql.push(
      `EXISTS (SELECT 1 FROM case_attribute ca WHERE ca.case_id = c.id AND ca.attribute_id = ?
               AND ca.value IN (SELECT value FROM json_each(?)))`,
    );
    params.push(attribute.attributeId, JSON.stringify(attribute.values));
  }
  return { sql, params };
}

/**
 * The cases a table's filters keep, in the case list's order: group by group in the groups' order,
 * each group's cases in the order they were made, then the cases in no group.
 */
export function filteredCases(store: ReadStore, filters: CaseFilters): CaseRef[] {
  const { sql, params } = caseConditions(filters);
  return store
    .prepare(
      `SELECT c.id, c.name, c.group_id AS groupId FROM case_ c LEFT JOIN case_group g ON g.id = c.group_id
       ${sql.length ? `WHERE ${sql.join(' AND ')}` : ''} ORDER BY g.id IS NULL, g.sort, g.id, c.id`,
    )
    .all(...params) as CaseRef[];
}
