/**
 * An attribute sheet's columns: which one names the case, which sets the group, and the type
 * each other column's values suggest. Also how one cell's text becomes a value of a type.
 */
import type { AttributeType, AttributeValue } from '../../shared/entities.js';
import { nameKey } from '../../shared/names.js';

/** Headers that make a column the case's group. */
const GROUP_HEADERS = new Set(['group', 'группа', 'топ'].map(nameKey));

/** Yes and no in English, Russian and Kazakh. */
const YES = new Set(['yes', 'y', 'true', 'да', 'д', 'иә', 'ия', 'иа'].map(nameKey));
const NO = new Set(['no', 'n', 'false', 'нет', 'н', 'жоқ', 'жок'].map(nameKey));

/** A column with at most this many distinct values, each used more than once on average, is a choice. */
export const MAX_CHOICES = 12;

/** Cells that hold nothing: empty or a lone dash. */
const EMPTY_CELL = /^[\s\-‐‑‒–—―]*$/u;

export function isEmptyCell(cell: string | undefined): boolean {
  return cell === undefined || EMPTY_CELL.test(cell);
}

export function isGroupHeader(header: string): boolean {
  return GROUP_HEADERS.has(nameKey(header));
}

/** A number as written in a sheet: "1 234,5" and "1234.5" alike; undefined when not one. */
export function parseNumber(cell: string): number | undefined {
  const compact = cell.trim().replace(/[\s\u00a0\u202f]/gu, '');
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)([eE][-+]?\d+)?$/.test(compact)) return undefined;
  const n = Number(compact.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** An ISO date from 2024-03-05, 2024-03-05T00:00:00Z (as XLSX dates arrive) or 05.03.2024 / 05/03/2024. */
export function parseDate(cell: string): string | undefined {
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(T00:00(:00(\.0+)?)?Z?)?$/.exec(text);
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : dotted ? [dotted[3]!, dotted[2]!.padStart(2, '0'), dotted[1]!.padStart(2, '0')] : [];
  if (!year) return undefined;
  const date = `${year}-${month}-${day}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

export function parseYesNo(cell: string): boolean | undefined {
  const key = nameKey(cell);
  return YES.has(key) ? true : NO.has(key) ? false : undefined;
}

/** The type a column's values suggest: the first of number, date, yes/no that fits all, else choice or text. */
export function inferType(cells: readonly string[]): AttributeType {
  const values = cells.filter((cell) => !isEmptyCell(cell)).map((cell) => cell.trim());
  if (values.length === 0) return 'text';
  if (values.every((v) => parseNumber(v) !== undefined)) return 'number';
  if (values.every((v) => parseDate(v) !== undefined)) return 'date';
  if (values.every((v) => parseYesNo(v) !== undefined)) return 'boolean';
  const distinct = new Set(values).size;
  return distinct <= MAX_CHOICES && distinct < values.length ? 'choice' : 'text';
}

/** A cell as a value of the type; undefined when it is not one (the caller says which cell). */
export function cellValue(cell: string, type: AttributeType): AttributeValue | undefined {
  const text = cell.trim();
  switch (type) {
    case 'number':
      return parseNumber(text);
    case 'date':
      return parseDate(text);
    case 'boolean':
      return parseYesNo(text);
    case 'text':
    case 'choice':
      return text;
  }
}
