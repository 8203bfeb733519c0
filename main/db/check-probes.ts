/**
 * Statements that find a row breaking one of a table's CHECK constraints. PRAGMA quick_check
 * verifies CHECK constraints only on a connection that may write: on a read-only one (SQLite
 * 3.53, seen here) it answers "ok" over a segment whose end lies before its start. The file
 * check opens a foreign file read-only, so that a refused file is never written, and runs these
 * instead, once the schema has proved to be CaseCoder's: the expressions are then ours.
 */
export interface CheckProbe {
  table: string;
  /** One row, or none: a row for which the constraint is false (a NULL passes, as in SQLite). */
  sql: string;
}

/** Every table's CHECK constraints as probes, in the schema's order. */
export function checkProbes(rows: readonly { type: string; name: string; sql: string | null }[]): CheckProbe[] {
  return rows
    .filter((row) => row.type === 'table' && row.sql !== null)
    .flatMap((row) => checkExpressions(row.sql!).map((expression) => ({
      table: row.name,
      sql: `SELECT 1 FROM "${row.name.replaceAll('"', '""')}" WHERE NOT (${expression}) LIMIT 1`,
    })));
}

/** The expressions inside each CHECK ( … ) of a CREATE TABLE, read past quoted names and strings. */
export function checkExpressions(createTable: string): string[] {
  const found: string[] = [];
  const closers: Record<string, string> = { "'": "'", '"': '"', '`': '`', '[': ']' };
  for (let i = 0; i < createTable.length; i++) {
    const c = createTable[i]!;
    if (c in closers) {
      i = quotedEnd(createTable, i, closers[c]!);
    } else if (/^check\b/i.test(createTable.slice(i, i + 6)) && !/\w/.test(createTable[i - 1] ?? '')) {
      const open = createTable.indexOf('(', i + 5);
      if (open < 0 || createTable.slice(i + 5, open).trim() !== '') continue;
      const close = matchingParen(createTable, open, closers);
      found.push(createTable.slice(open + 1, close).trim());
      i = close;
    }
  }
  return found;
}

/** Where a quoted run opened at `at` ends; a doubled closer inside is an escaped one. */
function quotedEnd(sql: string, at: number, closer: string): number {
  let i = at + 1;
  while (i < sql.length) {
    if (sql[i] === closer) {
      if (closer !== ']' && sql[i + 1] === closer) i += 2;
      else return i;
    } else i++;
  }
  return sql.length;
}

function matchingParen(sql: string, open: number, closers: Record<string, string>): number {
  let depth = 0;
  for (let i = open; i < sql.length; i++) {
    const c = sql[i]!;
    if (c in closers) i = quotedEnd(sql, i, closers[c]!);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new Error(`unclosed CHECK in ${sql.slice(0, 60)}`);
}
