/**
 * Ranges of a numeric or date attribute for the cross-case comparison. One column per age or
 * entry date gave fourteen columns of one case each, whose shares can only be 0 or 100 %: an
 * attribute whose values are all numbers (or all calendar days) and take more than a few
 * distinct values is compared in ranges holding roughly equal numbers of cases (quantiles).
 * Equal values always fall in one range, so a range is named by its lowest and highest value.
 */
import type { AttributeType } from '../entities.js';
import { formatDay, formatLocale, ISO_DAY } from '../locale-format.js';
import { formatNumberIn } from '../number-format.js';

/** Up to this many distinct values an attribute is compared value by value. */
export const MAX_CATEGORIES = 5;

/** From this many cases on, quarters; below it, thirds (a quarter of fewer would hold under 5 cases). */
const QUARTERS_FROM = 20;

export const rangeKinds = ['number', 'date'] as const;
export type RangeKind = (typeof rangeKinds)[number];

/** The lowest and highest value of a range's cases (a date as its day number since 1970-01-01). */
export interface ValueRange {
  low: number;
  high: number;
}

export interface Ranging {
  kind: RangeKind;
  /** How many distinct values the compared cases have. */
  distinct: number;
  ranges: ValueRange[];
}

const MS_PER_DAY = 86_400_000;

// A number as a person types it into a text attribute: "-2.5", "2,5", "150 000", "−3".
const NUMBER = /^[-+]?(?:\d+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:[.,]\d+)?$/;

/** A value typed as text, read as a number where it is one. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace('\u2212', '-');
  if (!NUMBER.test(trimmed)) return undefined;
  return Number(trimmed.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
}

/** "2022-10-01" as days since 1970-01-01; undefined for anything that is not a real calendar day. */
export function dayNumber(text: string): number | undefined {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2022-02-30 over into March; such a value is text, not a day.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / MS_PER_DAY;
}

/** A value as a number of this kind (a date as its day number), or undefined where it reads as none. */
export function readValue(kind: RangeKind, text: string): number | undefined {
  return kind === 'number' ? parseNumber(text) : dayNumber(text);
}

function isoDay(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The values as numbers of one kind, or null when they are not all of it. A choice or yes/no
 * attribute is the researcher's own categories and is never ranged; a text attribute is ranged
 * when every value reads as a number (or every one as a day), as a spreadsheet import may type it.
 */
export function readValues(type: AttributeType, values: readonly string[]): { kind: RangeKind; numbers: number[] } | null {
  const kinds: RangeKind[] = type === 'number' ? ['number'] : type === 'date' ? ['date'] : type === 'text' ? ['number', 'date'] : [];
  for (const kind of kinds) {
    const numbers = values.map((value) => readValue(kind, value));
    if (numbers.every((n): n is number => n !== undefined && Number.isFinite(n))) return { kind, numbers };
  }
  return null;
}

/**
 * `count` ranges of roughly equal numbers of values. Each cut is put at the boundary between
 * two distinct values nearest to its ideal place (j·n/count), so ties stay together; cuts that
 * would coincide are dropped, and fewer ranges result.
 */
export function quantileRanges(values: readonly number[], count: number): ValueRange[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return [];
  const boundaries: number[] = [];
  for (let i = 1; i < n; i++) if (sorted[i] !== sorted[i - 1]) boundaries.push(i);
  const cuts: number[] = [];
  for (let j = 1; j < count; j++) {
    const ideal = (j * n) / count;
    const previous = cuts.at(-1) ?? 0;
    let best: number | undefined;
    for (const b of boundaries) {
      if (b <= previous) continue;
      if (best === undefined || Math.abs(b - ideal) < Math.abs(best - ideal)) best = b;
    }
    if (best !== undefined) cuts.push(best);
  }
  const edges = [0, ...cuts, n];
  return edges.slice(1).map((end, i) => ({ low: sorted[edges[i]!]!, high: sorted[end - 1]! }));
}

/**
 * The ranges to compare the values in, or null to compare value by value: when they are not all
 * numbers or days, or take no more than MAX_CATEGORIES distinct values.
 */
export function rangesFor(type: AttributeType, values: readonly string[]): Ranging | null {
  const read = readValues(type, values);
  if (!read) return null;
  const distinct = new Set(read.numbers).size;
  if (distinct <= MAX_CATEGORIES) return null;
  const count = read.numbers.length >= QUARTERS_FROM ? 4 : 3;
  return { kind: read.kind, distinct, ranges: quantileRanges(read.numbers, count) };
}

/** The index of the range holding `value` (one of the values the ranges were made from). */
export function rangeIndex(ranges: readonly ValueRange[], value: number): number {
  return ranges.findIndex((r) => value >= r.low && value <= r.high);
}

/** A range's stable key, by which a comparison cell is asked for again. */
export function rangeKey(range: ValueRange): string {
  return `${range.low}~${range.high}`;
}

/** "26–31" (or "2,5–3,75", "01.10.2022–05.10.2022") as `language` writes numbers and days; one value alone. */
export function rangeLabel(kind: RangeKind, range: ValueRange, language: string): string {
  const write =
    kind === 'date'
      ? (days: number) => formatDay(isoDay(days), formatLocale(language).locale)
      : // A year such as 1985 is not written "1,985"; 150 000 still is grouped.
        (value: number) => formatNumberIn(language, value, { maximumFractionDigits: 6, useGrouping: Math.abs(value) >= 10_000 });
  return range.low === range.high ? write(range.low) : `${write(range.low)}–${write(range.high)}`;
}
