/**
 * Cross-case tables: what the analysis computes and every export writes. A table is rows ×
 * columns of cells; each cell holds its count and, where shown or exported, the segments
 * behind it (its evidence).
 */
import { z } from 'zod';
import { languages, type Language } from './languages.js';
import { caseStatuses } from './method/selection.js';
import { rangeKinds } from './method/value-ranges.js';

export const tableKinds = ['case-matrix', 'crosstab', 'code-case', 'cooccurrence'] as const;
export type TableKind = (typeof tableKinds)[number];

/** What a cell's number counts: coded segments, unique passages (overlapping spans counted once), or cases. */
export const countings = ['segments', 'passages', 'cases'] as const;
export type Counting = (typeof countings)[number];

/** Languages of an export's captions and notes: every language the app speaks. */
export const exportLanguages = languages;
export type ExportLanguage = Language;

/** The BCP 47 tag an exported file states its language by (Word's proofing, HTML's lang): the UI's English is American. */
export function languageTag(language: ExportLanguage): string {
  return { en: 'en-US', ru: 'ru-RU', kk: 'kk-KZ' }[language];
}

export const exportFormats = ['csv', 'xlsx', 'docx', 'md', 'html', 'json'] as const;

/** The longest table number a caption takes ("П1.12", "А.3.2а"). */
export const TABLE_NUMBER_LENGTH = 12;
/** Letters and digits, joined by dots and dashes: 3, 1.2, П1, А.1, 2а, IV; no spaces, markup or line breaks. */
const TABLE_NUMBER = /^[\p{L}\p{N}](?:[\p{L}\p{N}.\-–]*[\p{L}\p{N}])?$/u;

/**
 * The caption's own word, which a researcher may type with the number («Таблица 1», "Table 3",
 * «1-кесте», «Табл. 2»): the caption adds it, so it is left out rather than refused or doubled.
 */
const CAPTION_WORD = /^(?:table|tab\.|таблица|табл\.|кесте)\s*|\s*-?\s*кесте$/giu;

/**
 * A table's number as a paper writes it: a whole number (Table 3), a chapter's table (1.2) or an
 * appendix's (П1, А.1). A whole number is taken as its digits; a label is trimmed, without the
 * caption's word and a final dot, since the caption adds its own ("Таблица 1.2.").
 */
export const TableNumber = z.union([
  z.number().int().min(1).max(9999).transform(String),
  z
    .string()
    .transform((label) => label.trim().replace(CAPTION_WORD, '').replace(/\.+$/, ''))
    .pipe(z.string().min(1).max(TABLE_NUMBER_LENGTH).regex(TABLE_NUMBER)),
]);

/** "Table 1.2." over the title, in the language of the captions: Kazakh puts the number first, as an ordinal ("1.2-кесте."). */
export function tableLabel(language: ExportLanguage, number: string): string {
  if (language === 'ru') return `Таблица ${number}.`;
  if (language === 'kk') return `${number}-кесте.`;
  return `Table ${number}.`;
}
export type ExportFormat = (typeof exportFormats)[number];

/**
 * A range of a numeric or date attribute (shared/method/value-ranges.ts), as the Tables view
 * offers it for an attribute it groups in ranges: the cases whose value, read as a number (a date
 * as its day number since 1970-01-01), lies from `low` to `high`. A range rather than its values,
 * so the filter note can name it («Возраст: 26–31») and a case given a value in it later is kept.
 */
export const AttributeRange = z.object({ kind: z.enum(rangeKinds), low: z.number(), high: z.number() });
export type AttributeRange = z.infer<typeof AttributeRange>;

/** Filters every table shares. Attribute filters keep cases whose value is one of those given, or lies in the range given. */
export const TableFilters = z.object({
  /** null stands for the cases in no group. */
  groupIds: z.array(z.number().int().nullable()).optional(),
  attributes: z
    .array(z.union([z.object({ attributeId: z.number().int(), values: z.array(z.string()) }), z.object({ attributeId: z.number().int(), range: AttributeRange })]))
    .optional(),
  coders: z.array(z.string()).optional(),
  documentIds: z.array(z.number().int()).optional(),
  /** The cases' selection statuses to count; tables and analyses count only selected cases unless told. */
  statuses: z.array(z.enum(caseStatuses)).optional(),
});
export type TableFilters = z.infer<typeof TableFilters>;

export const TableRequest = z.object({
  kind: z.enum(tableKinds),
  /** Framework of the columns: case matrix and crosstab (default Valence), code × case (default all codes). */
  columnFramework: z.number().int().optional(),
  /** Framework of the rows: crosstab (default STEEPL); the codes of a co-occurrence table (default all). */
  rowFramework: z.number().int().optional(),
  /**
   * Codes of the table's frameworks left out of it by choice (a paper's Table 3 shows Positive
   * and Negative, not Forecast), by id, per axis: a case matrix's and a code × case table's
   * columns, a cross-tab's rows and columns, a co-occurrence table's codes (its rows, and so its
   * columns; either list leaves a code out of both). Left out, not kept: a code added later is
   * shown. The table's note names them (leftOutNote); an id that is no code of its axis is refused.
   */
  leaveOut: z.object({ rows: z.array(z.number().int()).optional(), columns: z.array(z.number().int()).optional() }).optional(),
  /** Case matrix rows: one per case, or cases under group headings, or under an attribute's values. */
  groupBy: z.union([z.literal('none'), z.literal('group'), z.object({ attributeId: z.number().int() })]).default('group'),
  /** Crosstab: quotes in cells, or counts only. */
  countsOnly: z.boolean().default(false),
  filters: TableFilters.default({}),
  /** What the counts count (co-occurrence always counts pairs of codes on one segment). */
  count: z.enum(countings).default('segments'),
  /** As a journal prints it: "Table N." and the title; the note goes under the table, before the filters. N may be a label (1.2, П1). */
  number: TableNumber.optional(),
  title: z.string().max(500).optional(),
  note: z.string().max(5000).optional(),
  /** Exports list each data cell's segment ids in an appendix (sheet or section). */
  appendix: z.boolean().default(false),
  language: z.enum(exportLanguages).default('en'),
});
export type TableRequest = z.input<typeof TableRequest>;
/** A table request with its defaults filled in, as the dispatch hands it to the service. */
export type TableQuery = z.output<typeof TableRequest>;

export const CellSegment = z.object({
  id: z.number().int(),
  caseName: z.string(),
  documentId: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  /** The case as the table names it: "Entrepreneurs · 4" when the table's cases are of several groups. */
  caseLabel: z.string().optional(),
});
export type CellSegment = z.infer<typeof CellSegment>;

export const TableCell = z.object({
  row: z.string(),
  column: z.string(),
  count: z.number().int(),
  /**
   * The segments behind the cell where the table shows quotes (data rows of a case matrix or
   * a crosstab of quotes, unless it has more than its cells show: `quotesLeftOut`), and in
   * exports; otherwise empty, and `tables.cellEvidence` pages them.
   */
  segments: z.array(CellSegment),
  /** The researcher's own words for the cell (a case summary), printed before any quotes; in a table of counts, words printed instead of the count (the comparison's part at the top). */
  text: z.string().optional(),
  /**
   * The number `text` writes («54,4 %», «0,800»), for a spreadsheet to hold as a number it can
   * compute with, shown with as many decimals, as a percentage where it is one.
   */
  figure: z.object({ value: z.number(), digits: z.number().int().min(0).max(6), percent: z.boolean() }).optional(),
});
export type TableCell = z.infer<typeof TableCell>;

/** One page of the segments behind a cell, named by its row and column keys. */
export const CellEvidenceRequest = z.object({
  request: TableRequest,
  row: z.string(),
  column: z.string(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type CellEvidenceRequest = z.input<typeof CellEvidenceRequest>;
export type CellEvidenceQuery = z.output<typeof CellEvidenceRequest>;

export const CellEvidencePage = z.object({
  /** How many segments are behind the cell (a co-occurrence count is of pairs, this of segments). */
  total: z.number().int(),
  segments: z.array(CellSegment),
});
export type CellEvidencePage = z.infer<typeof CellEvidencePage>;

export const TableRow = z.object({
  key: z.string(),
  label: z.string(),
  /** A heading row (a group or attribute value) or a subtotal row, drawn apart from data rows. */
  role: z.enum(['data', 'heading', 'subtotal', 'total']).default('data'),
});
export type TableRow = z.infer<typeof TableRow>;

export const CrossTable = z.object({
  kind: z.enum(tableKinds),
  title: z.string(),
  /** Header of the first column (what the rows are: Case, Code, …). */
  rowHeader: z.string(),
  rows: z.array(TableRow),
  /**
   * `framework`: the column's code's framework where the table's codes come from several (the
   * label is then "Framework/Code"), so a journal table can set it as a heading over its codes.
   */
  columns: z.array(z.object({ key: z.string(), label: z.string(), framework: z.string().optional() })),
  /** cells[r][c] for rows[r] and columns[c]; a heading row has cells with count 0. */
  cells: z.array(z.array(TableCell)),
  /** What a cell shows: its quotes (each tagged with its case where `tagCases`), or its count. */
  display: z.enum(['quotes', 'counts']),
  /** What the cells hold, in words, where they are figures of another kind than counts (agreement's). */
  cellsShow: z.string().optional(),
  /**
   * The table shows quotes but had more than its cells show (main/analysis/tables.ts), so its
   * cells give counts and a cell's quotes are read when it is opened; exports carry them all.
   */
  quotesLeftOut: z.boolean().optional(),
  tagCases: z.boolean(),
  /** Plain words for the filters in force, for captions and notes ("Group: Programmers"). */
  filterNote: z.string(),
  /** What the table leaves out of its cells, in words for its caption and notes (a crosstab's segments with no column code). */
  uncountedNote: z.string().optional(),
  /** The codes the request left out (TableRequest.leaveOut), named for its caption and notes, so a reader of the table knows. */
  leftOutNote: z.string().optional(),
  /** Journal presentation (tables from the analysis carry it; other tables go without): the number as the caption prints it. */
  number: z.string().optional(),
  /** The researcher's note, printed before the filters and the counting. */
  note: z.string().optional(),
  counting: z.enum(countings).optional(),
  /** Whether exports list segment ids in an appendix; left out (tables not built from a request), they do. */
  appendix: z.boolean().optional(),
  language: z.enum(exportLanguages).optional(),
});
export type CrossTable = z.infer<typeof CrossTable>;
export type TableColumn = CrossTable['columns'][number];

/**
 * Whether a table is a framework against itself (STEEPL × STEEPL: rows and columns the same
 * codes in the same order), whose cells and diagonal read otherwise than a cross-tab's: the
 * screen and every export's note say how (a table pasted into a paper keeps its meaning).
 */
export function isFrameworkAgainstItself(table: Pick<CrossTable, 'kind' | 'rows' | 'columns'>): boolean {
  const { rows, columns } = table;
  return table.kind === 'crosstab' && rows.length > 0 && rows.length === columns.length && rows.every((row, i) => row.key === columns[i]!.key);
}

/** A column's heading without its framework, which a heading over the framework's columns names: "Позитивное". */
export function columnName(column: TableColumn): string {
  const prefix = column.framework === undefined ? '' : `${column.framework}/`;
  return prefix && column.label.startsWith(prefix) ? column.label.slice(prefix.length) : column.label;
}

/** Columns [from, to) that share a heading: their framework's name, or none (a column headed alone). */
export interface HeaderGroup {
  from: number;
  to: number;
  framework?: string;
}

/** The headings over columns [from, to): runs of one framework's codes, and columns of no framework each alone. */
export function headerGroups(columns: readonly TableColumn[], from: number, to: number): HeaderGroup[] {
  const groups: HeaderGroup[] = [];
  for (let c = from; c < to; c++) {
    const framework = columns[c]!.framework;
    const last = groups.at(-1);
    if (framework !== undefined && last && last.framework === framework) last.to = c + 1;
    else groups.push({ from: c, to: c + 1, ...(framework === undefined ? {} : { framework }) });
  }
  return groups;
}
