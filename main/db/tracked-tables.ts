/**
 * Tables whose rows are user data: every change to them is recorded for undo and redo.
 * Each has an INTEGER PRIMARY KEY `id`; the column lists drive both the change-log triggers
 * (created by migrations) and the replay of changes (history.ts).
 */
export const trackedTables = {
  coder: ['id', 'guid', 'name'],
  case_group: ['id', 'name', 'sort'],
  case_: ['id', 'guid', 'name', 'group_id', 'created_at'],
  attribute: ['id', 'guid', 'name', 'type', 'choices', 'sort'],
  case_attribute: ['id', 'case_id', 'attribute_id', 'value'],
  document: ['id', 'guid', 'case_id', 'name', 'text', 'origin', 'created_at'],
  framework: ['id', 'guid', 'name', 'exclusive', 'sort'],
  code: ['id', 'guid', 'framework_id', 'parent_id', 'name', 'color', 'description', 'sort'],
  segment: ['id', 'guid', 'document_id', 'start', 'end', 'quote', 'created_by', 'created_at'],
  coding: ['id', 'guid', 'segment_id', 'code_id', 'coder_id', 'created_at'],
} as const satisfies Record<string, readonly string[]>;

export type TrackedTable = keyof typeof trackedTables;

export function isTrackedTable(name: string): name is TrackedTable {
  return Object.hasOwn(trackedTables, name);
}

/** Quotes an identifier we wrote ourselves (`end` is a keyword). */
export function ident(name: string): string {
  return `"${name}"`;
}

/** SQL for the three triggers that log one table's changes into the open history step. */
export function changeLogTriggers(table: string, columns: readonly string[]): string {
  const json = (prefix: 'OLD' | 'NEW') =>
    `json_object(${columns.map((c) => `'${c}', ${prefix}.${ident(c)}`).join(', ')})`;
  const when = 'WHEN (SELECT step_id FROM history_cursor) IS NOT NULL';
  const log = (before: string, after: string, row: string) =>
    `INSERT INTO history_change (step_id, tbl, row_id, before, after)
     VALUES ((SELECT step_id FROM history_cursor), '${table}', ${row}, ${before}, ${after});`;
  return `
    CREATE TRIGGER ${table}_log_insert AFTER INSERT ON ${table} ${when}
    BEGIN ${log('NULL', json('NEW'), 'NEW.id')} END;
    CREATE TRIGGER ${table}_log_update AFTER UPDATE ON ${table} ${when}
    BEGIN ${log(json('OLD'), json('NEW'), 'NEW.id')} END;
    CREATE TRIGGER ${table}_log_delete AFTER DELETE ON ${table} ${when}
    BEGIN ${log(json('OLD'), 'NULL', 'OLD.id')} END;`;
}
