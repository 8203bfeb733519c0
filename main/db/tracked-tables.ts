/**
 * Tables whose rows are user data: every change to them is recorded for undo and redo.
 * Each has an INTEGER PRIMARY KEY `id`. This is the current schema's list, used to replay
 * changes (history.ts); each migration that changes a tracked table recreates its triggers
 * from a column list frozen in that migration.
 */
import { quoteSortKey } from '../search/quote-key.js';

export const trackedTables = {
  coder: ['id', 'guid', 'name'],
  case_group: ['id', 'name', 'sort'],
  case_: ['id', 'guid', 'name', 'group_id', 'created_at', 'description'],
  attribute: ['id', 'guid', 'name', 'type', 'choices', 'sort'],
  case_attribute: ['id', 'case_id', 'attribute_id', 'value'],
  document: ['id', 'guid', 'case_id', 'name', 'text', 'origin', 'created_at', 'description'],
  framework: ['id', 'guid', 'name', 'exclusive', 'sort'],
  code: ['id', 'guid', 'framework_id', 'parent_id', 'name', 'color', 'description', 'sort'],
  segment: ['id', 'guid', 'document_id', 'start', 'end', 'quote', 'created_by', 'created_at'],
  coding: ['id', 'guid', 'segment_id', 'code_id', 'coder_id', 'created_at'],
  memo: ['id', 'guid', 'name', 'text', 'created_by', 'created_at'],
  memo_link: ['id', 'memo_id', 'target_kind', 'target_id'],
  code_set: ['id', 'guid', 'name', 'description'],
  set_member: ['id', 'set_id', 'member_kind', 'member_id'],
  selection_criterion: ['id', 'guid', 'name', 'sort'],
  case_decision: ['id', 'guid', 'case_id', 'status', 'reason', 'criteria', 'decided_by', 'decided_at'],
  case_summary: ['id', 'guid', 'case_id', 'code_id', 'text', 'updated_by', 'updated_at'],
} as const satisfies Record<string, readonly string[]>;

export type TrackedTable = keyof typeof trackedTables;

/**
 * Columns made from a tracked row's own values, which are not user data and so not in
 * trackedTables (not logged, copied from another project or compared): every generic write of a
 * row (insertRow for a merge, undo and redo) makes them from the values it writes. A segment's
 * quote sort key (migration 012), so another project's or an old image's key is never taken.
 */
export function derivedColumns(table: TrackedTable, row: Record<string, unknown>): Record<string, string> {
  return table === 'segment' && typeof row.quote === 'string' ? { quote_key: quoteSortKey(row.quote) } : {};
}

export function isTrackedTable(name: string): name is TrackedTable {
  return Object.hasOwn(trackedTables, name);
}

/** Quotes an identifier we wrote ourselves (`end` is a keyword). */
export function ident(name: string): string {
  return `"${name}"`;
}

/** SQL that removes a table's change-log triggers, before a migration recreates them. */
export function dropChangeLogTriggers(table: string): string {
  return ['insert', 'update', 'delete'].map((op) => `DROP TRIGGER IF EXISTS ${table}_log_${op};`).join('\n');
}

/**
 * SQL for the three triggers that log one table's changes into the open history step, as
 * migrations 001–005 wrote them. Kept as they were: the schema check
 * rebuilds each version's exact schema from the migrations, so changing this would make every
 * existing project look altered. Migration 006 replaces the insert trigger with one that logs
 * by reference (`inserts: 'reference'` writes that one from the start); a later migration adding
 * or rebuilding a tracked table must use it.
 */
export function changeLogTriggers(table: string, columns: readonly string[], inserts: 'image' | 'reference' = 'image'): string {
  const json = (prefix: 'OLD' | 'NEW') =>
    `json_object(${columns.map((c) => `'${c}', ${prefix}.${ident(c)}`).join(', ')})`;
  const when = 'WHEN (SELECT step_id FROM history_cursor) IS NOT NULL';
  const log = (before: string, after: string, row: string) =>
    `INSERT INTO history_change (step_id, tbl, row_id, before, after)
     VALUES ((SELECT step_id FROM history_cursor), '${table}', ${row}, ${before}, ${after});`;
  const insert = inserts === 'reference'
    ? insertByReferenceTrigger(table)
    : `CREATE TRIGGER ${table}_log_insert AFTER INSERT ON ${table} ${when}
    BEGIN ${log('NULL', json('NEW'), 'NEW.id')} END;`;
  return `
    ${insert}
    CREATE TRIGGER ${table}_log_update AFTER UPDATE ON ${table} ${when}
    BEGIN ${log(json('OLD'), json('NEW'), 'NEW.id')} END;
    CREATE TRIGGER ${table}_log_delete AFTER DELETE ON ${table} ${when}
    BEGIN ${log(json('OLD'), 'NULL', 'OLD.id')} END;`;
}

/** The insert trigger of migration 006: an inserted row is logged as its table and id alone. */
export function insertByReferenceTrigger(table: string): string {
  return `
      CREATE TRIGGER ${table}_log_insert AFTER INSERT ON ${table}
      WHEN (SELECT step_id FROM history_cursor) IS NOT NULL
      BEGIN
        INSERT INTO history_change (step_id, tbl, row_id, before, after)
        VALUES ((SELECT step_id FROM history_cursor), '${table}', NEW.id, NULL, NULL);
      END;`;
}

/**
 * The trigger of migration 003 that deletes the memo links (and set members) pointing at a
 * deleted row: they point at rows of several tables, so they cannot be foreign keys.
 */
export function detachTrigger(table: string, kind: string, inSets: boolean): string {
  return `
      CREATE TRIGGER ${table}_detach AFTER DELETE ON ${table}
      BEGIN
        DELETE FROM memo_link WHERE target_kind = '${kind}' AND target_id = OLD.id;
        ${inSets ? `DELETE FROM set_member WHERE member_kind = '${kind}' AND member_id = OLD.id;` : ''}
      END;`;
}
