/**
 * Reads the memos a table's export prints beside it (memo-text.ts): the project's, then those of
 * the cases and codes of its data rows and its columns, in table order. A table does not say what
 * its keys name (a comparison's columns are groups, a word list's rows are words), so the caller
 * says; analysisTableOwners says it for the tables of main/analysis/tables.ts.
 */
import type { CrossTable, TableKind } from '../../shared/tables.js';
import { memosOf, memosOfTargets } from '../db/repos/memos.js';
import type { ReadStore } from '../db/store.js';
import type { TableMemo } from './memo-text.js';

export type MemoOwnerKind = 'case' | 'code';

/** What the table's row and column keys name; a side left out has no memos of its own. */
export interface MemoOwners {
  readonly rows?: MemoOwnerKind;
  readonly columns?: MemoOwnerKind;
}

/** Case matrix and code × case: cases × codes; crosstab and co-occurrence: codes × codes. */
export function analysisTableOwners(kind: TableKind): MemoOwners {
  return kind === 'case-matrix' || kind === 'code-case' ? { rows: 'case', columns: 'code' } : { rows: 'code', columns: 'code' };
}

/** A key naming a case or code: its id ("12"), or the id after its kind ("case:12"). */
const ID_KEY = /^(?:(?:case|code):)?(\d+)$/;

export function tableMemos(store: ReadStore, table: CrossTable, owners: MemoOwners): TableMemo[] {
  const memos: TableMemo[] = memosOf(store, { kind: 'project', id: null }).map((m) => ({ on: 'project', title: m.name, text: m.text }));
  // A code that is both a row and a column (co-occurrence) has its memos listed once, with its row.
  const listed = new Set<string>();
  const add = (on: MemoOwnerKind, items: readonly { key: string; label: string }[]) => {
    const owned = items.flatMap((item) => {
      const id = Number(ID_KEY.exec(item.key)?.[1] ?? NaN);
      if (!Number.isSafeInteger(id) || listed.has(`${on}:${id}`)) return [];
      listed.add(`${on}:${id}`);
      return [{ ...item, id }];
    });
    const byOwner = new Map<number, { name: string; text: string }[]>();
    for (const memo of memosOfTargets(store, on, owned.map((item) => item.id))) {
      byOwner.set(memo.targetId, [...(byOwner.get(memo.targetId) ?? []), memo]);
    }
    for (const item of owned) {
      for (const memo of byOwner.get(item.id) ?? []) memos.push({ on, key: item.key, label: item.label, title: memo.name, text: memo.text });
    }
  };
  if (owners.rows) add(owners.rows, table.rows.filter((row) => row.role === 'data'));
  if (owners.columns) add(owners.columns, table.columns);
  return memos;
}
