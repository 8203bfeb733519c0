/**
 * Cross-case comparison: cases split by group or by an attribute's values; for each code, how
 * many cases of each part have it (at least one segment coded so), that count as a share of the
 * part's cases, and the spread between the highest and the lowest share. Codes with the widest
 * spread come first: they are where the parts differ.
 */
import { z } from 'zod';
import type { CrossTable, TableCell, TableRow } from '../tables.js';
import { caseStatuses } from './selection.js';
import { largest, smallest } from '../extremes.js';
import { rangeKinds, type RangeKind, type ValueRange } from './value-ranges.js';

export const ComparisonRequest = z.object({
  by: z.union([z.literal('group'), z.object({ attributeId: z.number().int() })]).default('group'),
  /** Only the codes of this framework; every code unless given. */
  frameworkId: z.number().int().optional(),
  /** Cases of these statuses take part; only selected cases unless given. */
  statuses: z.array(z.enum(caseStatuses)).min(1).default(['selected']),
});
export type ComparisonRequest = z.input<typeof ComparisonRequest>;

/** One cell's evidence, read when the cell is opened: the code's segments in the part's cases. */
export const ComparisonCellRequest = z.object({ request: ComparisonRequest, codeId: z.number().int(), part: z.string() });

export const ValueRangeSchema = z.object({ low: z.number(), high: z.number() });

/** A part is a range of values (value-ranges.ts) where the attribute is compared in ranges: its label is then written in each reader's language. */
export const ComparisonPart = z.object({ key: z.string(), label: z.string(), cases: z.number().int(), range: ValueRangeSchema.optional() });
export type ComparisonPart = z.infer<typeof ComparisonPart>;

/** A segment behind a comparison cell, enough to open it in its document. */
export const EvidenceSegment = z.object({
  id: z.number().int(),
  /** Its case, by which the app names it with its group where two groups hold cases of one name. */
  caseId: z.number().int(),
  caseName: z.string(),
  documentId: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
});
export type EvidenceSegment = z.infer<typeof EvidenceSegment>;

export const ComparisonRow = z.object({
  codeId: z.number().int(),
  code: z.string(),
  /**
   * Per part: cases with the code and their share of the part's cases (null for a part with
   * none). The segments behind a count are read when its cell is opened (comparison.cellEvidence)
   * or exported, never for every cell up front: on the reference corpus that was 200,000 quotes.
   */
  counts: z.array(z.number().int()),
  shares: z.array(z.number().nullable()),
  /**
   * Highest share minus lowest share, over the parts of at least MIN_PART_CASES cases; null when
   * fewer than two parts have that many (a share of one case is 0 or 100 %, so its spread says nothing).
   */
  difference: z.number().nullable(),
  /** The part with the highest share (the first of equals), which the difference runs from; null when there is none. */
  highest: z.number().int().nullable(),
});
export type ComparisonRow = z.infer<typeof ComparisonRow>;

export const Comparison = z.object({
  /** "Group" or the attribute's name. */
  by: z.string(),
  parts: z.array(ComparisonPart),
  rows: z.array(ComparisonRow),
  /** How the ranges were made, when an attribute with many numeric or date values is compared in ranges. */
  ranging: z.object({ kind: z.enum(rangeKinds), distinct: z.number().int(), ranges: z.number().int() }).optional(),
  /**
   * The compared attribute's type where its values are worded in the reader's language (yes/no, a
   * day: shared/attribute-value.ts): the parts are keyed and labelled by the values as stored.
   */
  valueType: z.enum(['boolean', 'date']).optional(),
});
export type Comparison = z.infer<typeof Comparison>;

/** A part with fewer cases than this takes no part in the difference. */
export const MIN_PART_CASES = 2;

export interface ComparedCase {
  id: number;
  name: string;
  part: string;
}

/** A case that has at least one segment coded with the code. */
export interface CaseCode {
  caseId: number;
  codeId: number;
}

export function compareParts(
  by: string,
  parts: readonly { key: string; label: string; range?: ValueRange }[],
  cases: readonly ComparedCase[],
  codes: readonly { id: number; path: string }[],
  caseCodes: readonly CaseCode[],
  ranging?: Comparison['ranging'],
): Comparison {
  const partIndex = new Map(parts.map((p, i) => [p.key, i]));
  const partOf = new Map(cases.map((c) => [c.id, partIndex.get(c.part) ?? -1]));
  const sizes = parts.map(() => 0);
  for (const c of cases) {
    const part = partOf.get(c.id)!;
    if (part >= 0) sizes[part]!++;
  }
  // One pass over the (case, code) pairs, each to its code's row: a pass per code cost codes ×
  // codings (100 million steps for 500 codes on the reference corpus).
  const counts = new Map(codes.map((code) => [code.id, parts.map(() => 0)]));
  for (const { caseId, codeId } of caseCodes) {
    const row = counts.get(codeId);
    const part = partOf.get(caseId);
    if (row && part !== undefined && part >= 0) row[part]!++;
  }
  const rows = codes.map((code): ComparisonRow => {
    const row = counts.get(code.id)!;
    const shares = row.map((n, i) => (sizes[i] === 0 ? null : n / sizes[i]!));
    const known = shares.filter((s, i): s is number => s !== null && sizes[i]! >= MIN_PART_CASES);
    const difference = known.length < 2 ? null : largest(known) - smallest(known);
    // A spread has no sign: which part it favours is said by naming the part at its top.
    const highest = !difference ? null : shares.findIndex((s, i) => s === largest(known) && sizes[i]! >= MIN_PART_CASES);
    return { codeId: code.id, code: code.path, counts: row, shares, difference, highest };
  });
  // Codes without a difference (too few cases) after those with one.
  rows.sort((a, b) => (b.difference ?? -1) - (a.difference ?? -1) || a.code.localeCompare(b.code));
  return { by, parts: parts.map((p, i) => ({ ...p, cases: sizes[i]! })), rows, ...(ranging ? { ranging } : {}) };
}

const percent = (share: number | null) => (share === null ? 0 : Math.round(share * 100));

/** The comparison table's captions in the export's language (main/analysis/method-table-words.ts). */
export interface ComparisonTableWords {
  /** `by`: the attribute's name, or null for groups. */
  title: (by: string | null) => string;
  code: string;
  cases: (part: string, n: number) => string;
  difference: string;
  /** The column naming the part with the highest share, as the view says beside the difference. */
  highest: string;
  note: string;
  /** The part of cases in no group, or with no value of the attribute (its key is ''). */
  noGroup: string;
  noValue: string;
  /** A range of values as the export's language writes it ("26–31"). */
  range: (kind: RangeKind, range: ValueRange) => string;
  /** A yes/no or a day as the export's language writes it (да/нет, 21.09.2022). */
  value: (type: NonNullable<Comparison['valueType']>, value: string) => string;
  /** The note's sentence on how the ranges were made. */
  ranged: (by: string, ranging: NonNullable<Comparison['ranging']>) => string;
}

/**
 * The comparison as a counts table: per part, the cases with the code (their segments as the
 * cell's evidence) and the percentage of the part's cases, then the spread in percentage points
 * and the part at its top, by name (a cell's text): a spread has no sign, so without it an export
 * did not say which part had the code more often.
 */
export function comparisonTable(comparison: Comparison, evidence: (codeId: number, part: number) => EvidenceSegment[], words: ComparisonTableWords): CrossTable {
  const { ranging } = comparison;
  const label = (part: ComparisonPart) =>
    part.range && ranging ? words.range(ranging.kind, part.range)
      : part.key === '' ? (comparison.by === 'group' ? words.noGroup : words.noValue)
      : comparison.valueType ? words.value(comparison.valueType, part.label) : part.label;
  const columns = [
    ...comparison.parts.flatMap((p) => [
      { key: `cases:${p.key}`, label: words.cases(label(p), p.cases) },
      { key: `percent:${p.key}`, label: `${label(p)}: %` },
    ]),
    { key: 'difference', label: words.difference },
    { key: 'highest', label: words.highest },
  ];
  const rows: TableRow[] = comparison.rows.map((r) => ({ key: `code:${r.codeId}`, label: r.code, role: 'data' }));
  const cells: TableCell[][] = comparison.rows.map((r) => {
    const cell = (column: string, count: number, segments: EvidenceSegment[] = []): TableCell => ({ row: `code:${r.codeId}`, column, count, segments });
    return [
      ...comparison.parts.flatMap((p, i) => [cell(`cases:${p.key}`, r.counts[i]!, evidence(r.codeId, i)), cell(`percent:${p.key}`, percent(r.shares[i]!))]),
      r.difference === null ? { ...cell('difference', 0), text: '' } : cell('difference', Math.round(r.difference * 100)),
      { ...cell('highest', 0), text: r.highest === null ? '' : label(comparison.parts[r.highest]!) },
    ];
  });
  return {
    kind: 'code-case',
    title: words.title(comparison.by === 'group' ? null : comparison.by),
    rowHeader: words.code,
    rows,
    columns,
    cells,
    display: 'counts',
    tagCases: false,
    filterNote: ranging ? `${words.note} ${words.ranged(comparison.by, ranging)}` : words.note,
  };
}
