/**
 * Statements that find data CaseCoder never writes, in a file whose schema is ours: a row
 * breaks no constraint by holding a BLOB where a text goes, text offsets, a date that is none,
 * broken JSON, a text longer than any import makes, or codes that are each other's parents or
 * nest thousands deep. Such a file opened, then crashed the process or wrote invalid REFI-QDA
 * (review-hostile-1207 #2, #3, #6, #16); the file check (file-check.ts) refuses it as it does
 * an altered one, and salvage brings in the rows merge's checks accept.
 *
 * Cheap at full scale (measured in the commit that added them): typeof() reads a record's header
 * only, octet_length() a text's size without its characters (length(), which counts them, runs
 * only on a text already past the limit in bytes), and the codebook is a few hundred rows.
 */
import { MAX_CODE_DEPTH } from '../../shared/code-tree.js';
import { MAX_DOCUMENT_CHARS } from '../../shared/document-limits.js';

export type RowProblem = 'unwrittenValue' | 'documentTooLong' | 'codeTooDeep' | 'codeCycle';

export interface RowProbe {
  why: RowProblem;
  table: string;
  /** One row, or none: a row CaseCoder would not have written. */
  sql: string;
  limit?: number;
}

/** What each table's columns hold as CaseCoder writes them; a column left out is not checked. */
const COLUMNS: Record<string, { text?: string[]; integer?: string[]; dateTime?: string[]; jsonArray?: string[] }> = {
  coder: { text: ['name'] },
  case_group: { text: ['name'] },
  case_: { text: ['name'], dateTime: ['created_at'] },
  attribute: { text: ['name'], jsonArray: ['choices'] },
  case_attribute: { text: ['value'] },
  document: { text: ['name', 'text'], dateTime: ['created_at'] },
  framework: { text: ['name'] },
  code: { text: ['name', 'color'] },
  segment: { integer: ['start', 'end'], text: ['quote'], dateTime: ['created_at'] },
  coding: { dateTime: ['created_at'] },
  memo: { text: ['name', 'text'], dateTime: ['created_at'] },
  case_decision: { jsonArray: ['criteria'], dateTime: ['decided_at'] },
  case_summary: { text: ['text'], dateTime: ['updated_at'] },
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The conditions a sound row's columns meet. A date as shared/date-time.ts takes it, give or
 * take what SQLite's date parser forgives (a day past the month's end): the GLOB puts the `T`
 * and the seconds where ISO 8601 has them (julianday() also reads "2026-12-07 10:00", "now" or
 * a number), julianday() the digits, ranges and zone. Each costs a few tens of nanoseconds a row,
 * a fraction of the other ways tried (substr(), strftime() round trips).
 */
function sound(table: string): string[] {
  const { text = [], integer = [], dateTime = [], jsonArray = [] } = COLUMNS[table]!;
  return [
    ...text.map((c) => `typeof(${quote(c)}) = 'text'`),
    ...integer.map((c) => `typeof(${quote(c)}) = 'integer' AND ${quote(c)} <= ${MAX_DOCUMENT_CHARS}`),
    ...dateTime.map((c) => `${quote(c)} GLOB '????-??-??T??:??:??*' AND julianday(${quote(c)}) IS NOT NULL`),
    // json_type() fails on malformed JSON, so it is asked only of valid JSON.
    ...jsonArray.map((c) => `typeof(${quote(c)}) = 'text' AND CASE WHEN json_valid(${quote(c)}) THEN json_type(${quote(c)}) = 'array' ELSE 0 END`),
  ];
}

/** From the top-level codes (and those whose parent is missing) down, stopping past the bound. */
const CODE_LEVELS = `WITH RECURSIVE level(id, depth) AS (
  SELECT id, 1 FROM code WHERE parent_id IS NULL OR parent_id NOT IN (SELECT id FROM code)
  UNION ALL SELECT code.id, level.depth + 1 FROM code JOIN level ON code.parent_id = level.id WHERE level.depth <= ${MAX_CODE_DEPTH})`;

/**
 * The probes for a schema holding `tables`, in the order they run: a code too deep before a
 * cycle, which its cut subtree would look like. One scan per table, conditions ANDed, so that
 * segment and coding (200,000 rows each at full scale) are read once.
 */
export function rowProbes(tables: ReadonlySet<string>): RowProbe[] {
  const probes: RowProbe[] = Object.keys(COLUMNS)
    .filter((table) => tables.has(table))
    .map((table) => ({ why: 'unwrittenValue', table, sql: `SELECT 1 FROM ${quote(table)} WHERE NOT (${sound(table).join(' AND ')}) LIMIT 1` }));
  const limit = MAX_DOCUMENT_CHARS;
  probes.push({ why: 'documentTooLong', table: 'document', limit, sql: `SELECT 1 FROM document WHERE octet_length(text) > ${limit} AND length(text) > ${limit} LIMIT 1` });
  probes.push({ why: 'codeTooDeep', table: 'code', limit: MAX_CODE_DEPTH, sql: `${CODE_LEVELS} SELECT 1 FROM level WHERE depth > ${MAX_CODE_DEPTH} LIMIT 1` });
  // A code in a cycle of parents (or under one) is reached from no top-level code.
  probes.push({ why: 'codeCycle', table: 'code', sql: `${CODE_LEVELS} SELECT 1 WHERE (SELECT count(*) FROM level) < (SELECT count(*) FROM code)` });
  return probes;
}
