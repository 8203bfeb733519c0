/**
 * What a chart's bars measure. Raw segment counts favour the bigger group (10 programmers'
 * bars stood over 4 entrepreneurs' whatever they said), so a chart can also show segments per
 * case, or the share of a group's cases with at least one segment of the code. Both come from
 * the code × case table the chart already reads: its data rows are the group's cases.
 */
import { nice, ticks } from 'd3-array';
import type { CrossTable } from '../../shared/tables.js';

export const chartMeasures = ['segments', 'perCase', 'shareOfCases'] as const;
export type ChartMeasure = (typeof chartMeasures)[number];

export function isChartMeasure(value: unknown): value is ChartMeasure {
  return chartMeasures.includes(value as ChartMeasure);
}

/** One bar's raw numbers: its segments, the group's cases, and how many of those have a segment of the code. */
export interface Tally {
  segments: number;
  cases: number;
  casesWith: number;
}

/** A group's cases and, per column (code) of its code × case table, the bar's tally. */
export function groupTallies(table: CrossTable): { cases: number; columns: Tally[] } {
  const dataRows = table.rows.flatMap((row, r) => (row.role === 'data' ? [r] : []));
  const total = table.rows.findIndex((row) => row.role === 'total');
  const cases = dataRows.length;
  const columns = table.columns.map((_, c) => ({
    segments: table.cells[total]?.[c]?.count ?? 0,
    cases,
    casesWith: dataRows.filter((r) => (table.cells[r]?.[c]?.count ?? 0) > 0).length,
  }));
  return { cases, columns };
}

/** The bar's height: a count, a mean per case, or a share (0 to 1) of the cases; a group of no cases has 0. */
export function measured(measure: ChartMeasure, tally: Tally): number {
  if (measure === 'segments') return tally.segments;
  if (tally.cases === 0) return 0;
  return measure === 'perCase' ? tally.segments / tally.cases : tally.casesWith / tally.cases;
}

/** How a measure's bars are written (tooltips): whole counts, means to one decimal, whole percents. */
export function measureFormat(measure: ChartMeasure): Intl.NumberFormatOptions {
  if (measure === 'segments') return { maximumFractionDigits: 0 };
  if (measure === 'perCase') return { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  return { style: 'percent', maximumFractionDigits: 0 };
}

/** How its axis' ticks are written: as its bars, but a mean's as fine as its steps (0.25 read 0,3 at one decimal). */
export function tickFormat(measure: ChartMeasure): Intl.NumberFormatOptions {
  return measure === 'perCase' ? { maximumFractionDigits: 2 } : measureFormat(measure);
}

/**
 * The value axis' ticks up to the highest bar `max`: whole counts, round steps of a mean (0, 0.5,
 * 1, … : recharts' own stepped 0.65 for 10 segments in 4 cases), every quarter of the cases.
 * d3's nice steps (1, 2 or 5 times a power of ten), as charting libraries take them.
 */
export function valueTicks(measure: ChartMeasure, max: number): number[] {
  if (measure === 'shareOfCases') return [0, 0.25, 0.5, 0.75, 1];
  const [, top] = nice(0, max > 0 ? max : 1, TICKS);
  return ticks(0, top, TICKS).filter((tick) => measure === 'perCase' || Number.isInteger(tick));
}

/** About how many ticks an axis has. */
const TICKS = 5;
