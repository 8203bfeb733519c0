/**
 * What a sheet's column looks like before the user says what it is: the cases' group (its
 * header says so, or its values are the project's groups), attribute-like (numbers, dates,
 * yes/no, or short values such as Almaty, programmer, staying), or free text (answers, facts:
 * long or many-worded cells). The import dialog proposes how to read the sheet from these, so
 * an attribute sheet is not taken for a case table whose every column becomes a code.
 */
import type { ColumnLook } from '../../shared/sheets.js';
import { nameKey } from '../../shared/names.js';
import { inferType, isEmptyCell, isGroupHeader } from './attribute-sheet.js';

/** A value longer than this, or of more words, is free text rather than an attribute's value. */
const SHORT_VALUE_CHARS = 60;
const SHORT_VALUE_WORDS = 6;

/**
 * Short values that hardly repeat over many rows are answers (a survey's «answer 5 7», 110 of
 * them), not an attribute's few values: taken for attributes, a 200-question table made no code.
 * A few rows say too little (three cases in three cities), so below this they look by length alone.
 */
const MANY_ROWS = 20;
const MOSTLY_DISTINCT = 0.9;

function isShortValue(value: string): boolean {
  return value.length <= SHORT_VALUE_CHARS && !/[\r\n]/.test(value) && value.split(/\s+/u).length <= SHORT_VALUE_WORDS;
}

/**
 * The column that gives each row's group, of those not `excluded` (the case's, a survey's
 * answers): a Group, Группа or Топ header, else one whose every filled cell names a group the
 * project has; -1 when none.
 */
export function groupColumnIndex(
  header: readonly string[], body: readonly (readonly string[])[], groupNames: readonly string[], excluded: ReadonlySet<number>,
): number {
  const candidates = header.map((_, i) => i).filter((i) => !excluded.has(i));
  const byHeader = candidates.find((i) => isGroupHeader(header[i]!));
  if (byHeader !== undefined) return byHeader;
  const groups = new Set(groupNames.map(nameKey));
  if (groups.size === 0) return -1;
  return candidates.find((i) => {
    const values = body.map((row) => row[i]).filter((cell): cell is string => !isEmptyCell(cell));
    return values.length > 0 && values.every((cell) => groups.has(nameKey(cell)));
  }) ?? -1;
}

/** How a column other than the case's and the group's looks, from its filled cells. */
export function columnLook(cells: readonly string[]): Exclude<ColumnLook, 'group'> {
  const values = cells.filter((cell) => !isEmptyCell(cell)).map((cell) => cell.trim());
  if (inferType(values) !== 'text') return 'attribute';
  if (values.length >= MANY_ROWS && new Set(values.map(nameKey)).size > MOSTLY_DISTINCT * values.length) return 'text';
  return values.every(isShortValue) ? 'attribute' : 'text';
}

/** Each column's look, the first (the case's) left out, as the preview of a case table lists them. */
export function columnLooks(header: readonly string[], body: readonly (readonly string[])[], groupNames: readonly string[]): ColumnLook[] {
  const group = groupColumnIndex(header, body, groupNames, new Set([0]));
  return header.slice(1).map((_, j) => (j + 1 === group ? 'group' : columnLook(body.map((row) => row[j + 1] ?? ''))));
}
