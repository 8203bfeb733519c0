/**
 * The cross-case tables researchers read and publish: the case matrix (the seed study's
 * Tables 1-2), the framework cross-tab (its Table 3), code × case counts and co-occurrence.
 *
 * Each table is counted in one pass over the filtered segments (co-occurrence: one sweep per
 * document over its segments in start order, never per pair of codes). Every cell can be
 * traced to the segments behind it, but those are only gathered for the cells asked for
 * (`EvidenceScope`) and their quotes read then (evidence.ts): a table of counts over 200,000
 * codings would otherwise carry every quote three times over.
 */
import { attributeValueLabel } from '../../shared/attribute-value.js';
import { codeTree } from '../../shared/code-tree.js';
import { findDefaultFramework, type DefaultFrameworkKey } from '../../shared/default-codebook.js';
import type { Code, Codebook, Framework } from '../../shared/entities.js';
import { rangeIndex, rangeLabel, rangesFor, readValue } from '../../shared/method/value-ranges.js';
import type { CellEvidencePage, CellEvidenceQuery, Counting, CrossTable, ExportFormat, ExportLanguage, TableColumn, TableQuery, TableRow } from '../../shared/tables.js';
import { AppError } from '../errors.js';
import { segmentsWritten } from '../export/segments-written.js';
import { listAttributes } from '../db/repos/attributes.js';
import { filteredCases, type CaseRef } from '../db/repos/cases.js';
import { getCodebook } from '../db/repos/codebook.js';
import { listGroups } from '../db/repos/groups.js';
import type { ReadStore } from '../db/store.js';
import type { CodeCounts } from '../db/repos/table-codings.js';
import { resolveRanges, storedValues } from './attribute-ranges.js';
import { caseLabels } from './case-labels.js';
import { codeLabels } from './code-labels.js';
import { codedSegments, noSegments, oneReading, type CodedSegments } from './coded-segments.js';
import { caseCodeCounts } from './kept-readings.js';
import { countMembers } from './counting.js';
import { evidenceOf, type CountedTable } from './evidence.js';
import { describeFilters } from './filter-note.js';
import { tableWords, type TableWords } from './table-words.js';
import { leftOutNote, uncountedNote } from './uncounted-note.js';
import { tableOf, type TableFrame, type TableParts } from './table-transfer.js';

/**
 * Which cells keep the segments behind them: none; those the table shows as quotes (data rows
 * of a case matrix or a crosstab of quotes), up to QUOTES_IN_CELLS ('quotes': the app's table)
 * or however many ('shown'); every data row's ('data'); every cell's but headings' ('all'); or
 * one cell by row and column key. An export keeps what its format writes (exportedTable): a
 * table of counts exported as counts keeps none, and is counted without reading a segment
 * where its kind can be.
 */
export type EvidenceScope = 'none' | 'quotes' | 'shown' | 'data' | 'all' | { row: string; column: string };

function countTable(store: ReadStore, query: TableQuery, scope: EvidenceScope): CountedTable {
  // Candidate and excluded cases stay out unless the request includes them (issue 14).
  const request = { ...query, filters: { ...query.filters, statuses: query.filters.statuses ?? ['selected' as const] } };
  const codebook = getCodebook(store);
  const cases = filteredCases(store, resolveRanges(store, request.filters));
  const caseIds = cases.map((c) => c.id);
  const { documentIds, coders } = request.filters;
  const load = (codes: Code[], every = false) => codedSegments(store, { caseIds, documentIds, coders }, codesToCount(codes, every, scope));
  const count = () => caseCodeCounts(store, { caseIds, documentIds, coders });
  // A table with codes left out does not count every segment: "all … counted" would not be true of it.
  const leavesOut = (request.leaveOut?.rows?.length ?? 0) + (request.leaveOut?.columns?.length ?? 0) > 0;
  const filterNote = describeFilters(store, request.filters, request.language, !leavesOut);
  const ctx: Context = { store, request, codebook, load, count, cases, filterNote, scope, words: tableWords(request.language) };
  switch (request.kind) {
    case 'case-matrix':
      return caseMatrix(ctx);
    case 'crosstab':
      return crosstab(ctx);
    case 'code-case':
      return codeCase(ctx);
    case 'cooccurrence':
      return cooccurrence(ctx);
  }
}

/**
 * The codes whose codings a table counts; null for every code (`every`: `codes` are all of
 * them), which keeps the codings without picking. For one cell's evidence only the codes of
 * its row and column: every kind's cell is made of segments carrying one of them (a case
 * matrix's column code; a crosstab's row code inside its column code; two codes that
 * co-occur), so opening a cell does not count every code's segments. The other cells then
 * count short, and are not shown.
 */
function codesToCount(codes: Code[], every: boolean, scope: EvidenceScope): number[] | null {
  if (typeof scope === 'object') {
    // A row keyed by a case whose id equals a code's only adds that code's codings.
    return codes.filter((code) => String(code.id) === scope.row || String(code.id) === scope.column).map((code) => code.id);
  }
  return every ? null : codes.map((code) => code.id);
}

/**
 * The most quotes a table shows in its cells. Past this (a case matrix of a few hundred cases is
 * tens of thousands) no reader reads them cell by cell, and carrying them cost seconds: such a
 * table gives counts, and a cell's quotes are read when it is opened (issue 13).
 */
export const QUOTES_IN_CELLS = 2000;

/** A table that would show quotes, giving counts instead since it has too many. */
function quotesLeftOut(table: TableFrame): TableFrame {
  return { ...table, display: 'counts', quotesLeftOut: true };
}

/** A table with the segments of the cells in `scope` filled in (`tables.build`: the quotes it shows). */
export function buildTable(store: ReadStore, request: TableQuery, scope: EvidenceScope = 'quotes'): CrossTable {
  return tableOf(tableParts(store, request, scope));
}

/** The table an export in this format writes: with every segment it writes, and no other. */
export function exportedTable(store: ReadStore, request: TableQuery, format: ExportFormat): CrossTable {
  return buildTable(store, request, segmentsWritten(format, request.appendix));
}

/** buildTable's table before its cells are made (table-transfer.ts): counts, and the segments of the cells that keep them. */
export function tableParts(store: ReadStore, request: TableQuery, scope: EvidenceScope = 'quotes'): TableParts {
  const counted = countTable(store, request, scope);
  const { counts } = counted;
  let quotes = 0;
  for (const row of counted.members) for (const list of row) quotes += list?.length ?? 0;
  if (scope === 'quotes' && quotes > QUOTES_IN_CELLS) return { table: { ...quotesLeftOut(counted.table), ...presentation(request, counted.table) }, counts, fuller: [] };
  const wanted = new Set<number>();
  for (const row of counted.members) for (const list of row) if (list) for (const i of list) wanted.add(i);
  const evidence = evidenceOf(store, counted, [...wanted].sort((a, b) => a - b));
  const fuller: TableParts['fuller'] = [];
  counted.members.forEach((row, r) =>
    row.forEach((members, c) => {
      if (members?.length) fuller.push([r, c, members.map((i) => evidence.get(i)!)]);
    }),
  );
  return { table: { ...counted.table, ...presentation(request, counted.table) }, counts, fuller };
}

/** The journal fields of an export: number, title and note as the researcher set them, counting, appendix, language. */
function presentation(request: TableQuery, table: TableFrame): Partial<TableFrame> {
  return {
    title: request.title?.trim() || table.title,
    ...(request.number !== undefined ? { number: request.number } : {}),
    ...(request.note?.trim() ? { note: request.note.trim() } : {}),
    ...(table.kind === 'cooccurrence' ? {} : { counting: request.count }),
    appendix: request.appendix,
    language: request.language,
  };
}

/** One page of the segments behind one cell, in document order. */
export function cellEvidence(store: ReadStore, query: CellEvidenceQuery): CellEvidencePage {
  const counted = countTable(store, query.request, { row: query.row, column: query.column });
  const r = counted.table.rows.findIndex((row) => row.key === query.row);
  const c = counted.table.columns.findIndex((column) => column.key === query.column);
  const members = counted.members[r]?.[c] ?? [];
  const page = members.slice(query.offset, query.offset + query.limit);
  const evidence = evidenceOf(store, counted, page);
  return { total: members.length, segments: page.map((i) => evidence.get(i)!) };
}

interface Context {
  store: ReadStore;
  request: TableQuery;
  codebook: Codebook;
  /** The filtered cases' segments carrying any of these codes (`every`: they are all the codes), with those codes. */
  load: (codes: Code[], every?: boolean) => CodedSegments;
  /** How many segments of each case carry each code (every code: pick those of the table), without the segments. */
  count: () => CodeCounts;
  cases: CaseRef[];
  filterNote: string;
  scope: EvidenceScope;
  /** The builder's own words, in the request's language. */
  words: TableWords;
}

/** Counting other than of segments recounts each cell from its members. */
function recounter(counting: Counting, segments: CodedSegments): ((members: number[]) => number) | undefined {
  return counting === 'segments' ? undefined : (members) => countMembers(counting, segments, members);
}

/** Does the cell at this row and column keep its segments? */
function keeps(scope: EvidenceScope, showsQuotes: boolean, row: TableRow, columnKey: string): boolean {
  if (row.role === 'heading') return false;
  if (scope === 'none') return false;
  if (scope === 'all') return true;
  if (scope === 'data') return row.role === 'data';
  if (scope === 'quotes' || scope === 'shown') return showsQuotes && row.role === 'data';
  return scope.row === row.key && scope.column === columnKey;
}

/** Does no cell of a table of counts (one that shows no quotes) keep its segments? Then its counts need none. */
function keepsNone(scope: EvidenceScope): boolean {
  return scope === 'none' || scope === 'quotes' || scope === 'shown';
}

/** Rows, counts and members built together, so they cannot fall out of step. */
class Grid {
  readonly rows: TableRow[] = [];
  /** Row by row, a count per column. */
  readonly counts: number[] = [];
  readonly members: (number[] | null)[][] = [];

  constructor(
    private readonly columns: TableColumn[],
    private readonly scope: EvidenceScope,
    private readonly showsQuotes: boolean,
    /** Counts a cell from its members where the request counts passages or cases. */
    private readonly recount?: (members: number[]) => number,
  ) {}

  heading(label: string): void {
    this.add({ key: `heading:${label}`, label, role: 'heading' }, () => 0, () => []);
  }

  /** A row; `members(c)` is only called for the cells that keep theirs. */
  add(row: TableRow, count: (c: number) => number, members: (c: number) => number[]): void {
    this.rows.push(row);
    const recount = this.recount && row.role !== 'heading' ? this.recount : undefined;
    for (let c = 0; c < this.columns.length; c++) this.counts.push(recount ? recount(members(c)) : count(c));
    this.members.push(this.columns.map((column, c) => (keeps(this.scope, this.showsQuotes, row, column.key) ? members(c) : null)));
  }
}

/** The framework asked for, else that default framework in whichever language the project named it, else the first. */
function framework(codebook: Codebook, id: number | undefined, fallback: DefaultFrameworkKey): Framework {
  const found = id === undefined
    ? findDefaultFramework(codebook.frameworks, fallback) ?? codebook.frameworks[0]
    : codebook.frameworks.find((f) => f.id === id);
  if (!found) throw new AppError('frameworkNotFound', `No framework ${id ?? fallback}`, { framework: String(id ?? fallback) });
  return found;
}

/** A framework's codes (or every code) in codebook order, parents before their children: the one code tree's order. */
function codesOf(codebook: Codebook, frameworkId: number | undefined): Code[] {
  const tree = codeTree(codebook);
  return frameworkId === undefined ? tree.entries.map((entry) => entry.code) : [...tree.codesOf(frameworkId)];
}

/** Position of each code in a table's columns (or rows). */
function indexOf(codes: Code[]): Map<number, number> {
  return new Map(codes.map((code, i) => [code.id, i]));
}

/** For each case, per code index, the indexes of its segments carrying that code (however many coders applied it), in order. */
function bucketsByCase(segments: CodedSegments, index: Map<number, number>, width: number): Map<number, number[][]> {
  const { caseId, codeStart, codes } = segments;
  const byCase = new Map<number, number[][]>();
  for (let i = 0; i < segments.length; i++) {
    let buckets = byCase.get(caseId[i]!);
    for (let k = codeStart[i]!; k < codeStart[i + 1]!; k++) {
      // A segment's codings of one code are consecutive: the code's other coders add no segment.
      if (k > codeStart[i]! && codes[k] === codes[k - 1]) continue;
      const c = index.get(codes[k]!);
      if (c === undefined) continue;
      if (!buckets) byCase.set(caseId[i]!, (buckets = Array.from({ length: width }, () => [])));
      buckets[c]!.push(i);
    }
  }
  return byCase;
}

/**
 * Per segment, the table positions of its codings' codes (`index`) and their coders (`by`),
 * codes without a position left out: flat, as CodedSegments keeps codings, and as they are by
 * code, one code's codings consecutive.
 */
function positionsOf(segments: CodedSegments, index: Map<number, number>): { from: Int32Array; at: Int32Array; by: Int32Array } {
  const from = new Int32Array(segments.length + 1);
  // At most every coding of every segment: filled in place, then cut (typed, as codedSegments).
  const at = new Int32Array(segments.codes.length);
  const by = new Int32Array(segments.codes.length);
  let length = 0;
  for (let i = 0; i < segments.length; i++) {
    from[i] = length;
    for (let k = segments.codeStart[i]!; k < segments.codeStart[i + 1]!; k++) {
      const c = index.get(segments.codes[k]!);
      if (c === undefined) continue;
      at[length] = c;
      by[length++] = segments.coders[k]!;
    }
  }
  from[segments.length] = length;
  return { from, at: at.subarray(0, length), by: by.subarray(0, length) };
}

/** Every code's counts (tableCounts) by case: per code index, how many segments of the case carry that code. */
function countsByCase({ caseId, codeId, segments }: CodeCounts, index: Map<number, number>, width: number): Map<number, number[]> {
  const byCase = new Map<number, number[]>();
  for (let i = 0; i < caseId.length; i++) {
    const c = index.get(codeId[i]!);
    if (c === undefined) continue;
    let row = byCase.get(caseId[i]!);
    if (!row) byCase.set(caseId[i]!, (row = new Array<number>(width).fill(0)));
    row[c] = segments[i]!;
  }
  return byCase;
}

/**
 * Cases under headings (groups, attribute values, or ranges of a numeric or date attribute's
 * values: attribute-ranges.ts) as the request asks; the cases without a value last, under «—».
 */
function caseSections(
  store: ReadStore, groupBy: TableQuery['groupBy'], cases: CaseRef[], words: TableWords, language: ExportLanguage,
): { heading: string | null; cases: CaseRef[] }[] {
  if (groupBy === 'none') return [{ heading: null, cases }];
  if (groupBy === 'group') {
    const sections = listGroups(store).map((g) => ({ heading: g.name, cases: cases.filter((c) => c.groupId === g.id) }));
    sections.push({ heading: words.noGroup, cases: cases.filter((c) => c.groupId === null) });
    return sections.filter((s) => s.cases.length > 0);
  }
  const { attributeId } = groupBy;
  const attribute = listAttributes(store).find((a) => a.id === attributeId);
  if (!attribute) throw new AppError('notFound', `No attribute with id ${attributeId}`, { what: 'attribute', id: attributeId });
  const values = storedValues(store, attributeId);
  const heading = (value: string) => `${attribute.name}: ${value}`;
  const ranging = rangesFor(attribute.type, [...values.values()]);
  if (ranging) {
    // Ranges of the whole project's values, so a range may hold none of the filtered cases: left out.
    // Each case is put in its range as the comparison puts it (rangeIndex), its value read once.
    const { kind, ranges } = ranging;
    const sections = ranges.map((range) => ({ heading: heading(rangeLabel(kind, range, language)), cases: [] as CaseRef[] }));
    const without: CaseRef[] = [];
    for (const c of cases) {
      const value = values.get(c.id);
      if (value === undefined) without.push(c);
      else sections[rangeIndex(ranges, readValue(kind, value)!)]!.cases.push(c);
    }
    sections.push({ heading: heading('—'), cases: without });
    return sections.filter((s) => s.cases.length > 0);
  }
  // Sorted as stored (a day's ISO form sorts by date), headed as the filter list words it («да», «21.09.2022»).
  const keys = [...new Set(cases.map((c) => values.get(c.id) ?? ''))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  return keys.map((key) => ({
    heading: heading(key === '' ? '—' : attributeValueLabel(attribute.type, key, language)),
    cases: cases.filter((c) => (values.get(c.id) ?? '') === key),
  }));
}

/**
 * A case row's label: its name under its group's heading; under an attribute value's heading or
 * none, as the table names its cases (case-labels.ts), so two groups' «4» are told apart.
 */
function caseRowLabel(store: ReadStore, groupBy: TableQuery['groupBy'], cases: CaseRef[]): (item: CaseRef) => string {
  if (groupBy === 'group') return (item) => item.name;
  const labels = caseLabels(store, cases);
  return (item) => labels.get(item.id)!.label;
}

/**
 * Cases × one framework's codes, each cell the case's quotes with that code. Counted from every
 * code's counts (tableCounts) first where the count is of segments and no export or opened cell
 * wants them: with more quotes than a table shows the cells give those counts, and the segments
 * are never read.
 */
function caseMatrix({ store, request, codebook, load, count, cases, filterNote, scope, words }: Context): CountedTable {
  const columnsFramework = framework(codebook, request.columnFramework, 'valence');
  noCodesOfRows(codebook, request);
  const { shown: codes, leftOut } = shownCodes(codebook, codesOf(codebook, columnsFramework.id), request.leaveOut?.columns, 'columns');
  const index = indexOf(codes);
  const columns = codeColumns(codebook, codes, false);
  const sections = caseSections(store, request.groupBy, cases, words, request.language);
  const label = caseRowLabel(store, request.groupBy, cases);
  const title = words.caseMatrixTitle(columnsFramework.name);
  const table = (grid: Grid): TableFrame => ({
    kind: 'case-matrix', title, rowHeader: words.case, rows: grid.rows, columns, display: 'quotes', tagCases: false, filterNote,
    ...leftOutOf(request, leftOut),
  });
  const counts = request.count === 'segments' && (scope === 'none' || scope === 'quotes') ? countsByCase(count(), index, codes.length) : null;
  if (counts && (scope === 'none' || shownQuotes(counts) > QUOTES_IN_CELLS)) {
    const grid = new Grid(columns, 'none', true);
    for (const section of sections) {
      if (section.heading !== null) grid.heading(section.heading);
      for (const item of section.cases) grid.add({ key: String(item.id), label: label(item), role: 'data' }, (c) => counts.get(item.id)?.[c] ?? 0, () => []);
    }
    return { table: scope === 'quotes' ? quotesLeftOut(table(grid)) : table(grid), counts: grid.counts, members: grid.members, segments: noSegments(), cases };
  }
  const segments = load(codes);
  const byCase = bucketsByCase(segments, index, codes.length);
  const grid = new Grid(columns, scope, true, recounter(request.count, segments));
  for (const section of sections) {
    if (section.heading !== null) grid.heading(section.heading);
    for (const item of section.cases) {
      const buckets = byCase.get(item.id);
      grid.add({ key: String(item.id), label: label(item), role: 'data' }, (c) => buckets?.[c]!.length ?? 0, (c) => buckets?.[c] ?? []);
    }
  }
  return { table: table(grid), counts: grid.counts, members: grid.members, segments, cases };
}

/** How many quotes the cells would show: each segment once per cell it counts in. */
function shownQuotes(counts: Map<number, number[]>): number {
  let total = 0;
  for (const row of counts.values()) for (const n of row) total += n;
  return total;
}

/**
 * Rows: codes of one framework; columns: codes of another. A segment with a row code counts
 * for a column code carried by the segment itself or by a segment of the same document that
 * contains it (a STEEPL span inside a document coded Positive is a positive STEEPL fact), where
 * one coder applied both, or either is the case table's (coded-segments.ts: oneReading):
 * one coder's Economic under another's Positive is a pairing no one made, and put a passage in
 * two columns of an exclusive framework.
 */
function crosstab({ store, request, codebook, load, cases, filterNote, scope }: Context): CountedTable {
  const rowFramework = framework(codebook, request.rowFramework, 'steepl');
  const columnFramework = framework(codebook, request.columnFramework, 'valence');
  const { shown: rowCodes, leftOut: rowsLeftOut } = shownCodes(codebook, codesOf(codebook, rowFramework.id), request.leaveOut?.rows, 'rows');
  // Every column code is swept, those left out too: a segment under Forecast alone is in a
  // column left out by choice (the note names it), not one with no Valence code (uncounted).
  const columnCodes = codesOf(codebook, columnFramework.id);
  const { shown: shownColumns, leftOut: columnsLeftOut } = shownCodes(codebook, columnCodes, request.leaveOut?.columns, 'columns');
  const segments = load([...rowCodes, ...columnCodes]);
  const rowIndex = indexOf(rowCodes);
  const columnIndex = indexOf(columnCodes);
  const cellsOf: number[][][] = rowCodes.map(() => columnCodes.map(() => []));
  // Segments of one document are consecutive and in start order; those carrying a column code
  // are the only possible containers. One sweep per document keeps the containers that have
  // started (at or before this segment's start, so those of equal start that sort after it
  // too) and not ended before it: one ending at or before its start contains no later segment.
  const { documentId, start, end } = segments;
  const rowsOf = positionsOf(segments, rowIndex);
  const columnsOf = positionsOf(segments, columnIndex);
  // Per row code, its segments in no cell (no column code of its coder on them or around them): said under the table.
  const uncounted = new Int32Array(rowCodes.length);
  // Reused from document to document and segment to segment: a list each cost more to collect than to fill.
  const open: number[] = [];
  const containers: number[] = [];
  // The column codings on this segment's containers, flat: column, coder, column, coder…
  const columnsFound: number[] = [];
  for (let from = 0; from < segments.length; ) {
    let to = from;
    while (to < segments.length && documentId[to] === documentId[from]) to++;
    containers.length = 0;
    for (let i = from; i < to; i++) if (columnsOf.from[i + 1]! > columnsOf.from[i]!) containers.push(i);
    open.length = 0;
    let next = 0;
    for (let i = from; i < to; i++) {
      while (next < containers.length && start[containers[next]!]! <= start[i]!) open.push(containers[next++]!);
      let kept = 0;
      for (const j of open) if (end[j]! > start[i]!) open[kept++] = j;
      open.length = kept;
      if (rowsOf.from[i + 1] === rowsOf.from[i]) continue;
      columnsFound.length = 0;
      for (const j of open) {
        if (end[j]! < end[i]!) continue;
        for (let k = columnsOf.from[j]!; k < columnsOf.from[j + 1]!; k++) columnsFound.push(columnsOf.at[k]!, columnsOf.by[k]!);
      }
      // A row code's codings are consecutive (one per coder): the segment counts for it in a
      // column once, however many coders or containers pair them, and is uncounted when none does.
      let paired = false;
      for (let k = rowsOf.from[i]!; k < rowsOf.from[i + 1]!; k++) {
        const r = rowsOf.at[k]!;
        const cells = cellsOf[r]!;
        for (let f = 0; f < columnsFound.length; f += 2) {
          if (!oneReading(rowsOf.by[k]!, columnsFound[f + 1]!)) continue;
          paired = true;
          const cell = cells[columnsFound[f]!]!;
          if (cell[cell.length - 1] !== i) cell.push(i);
        }
        if (k + 1 === rowsOf.from[i + 1] || rowsOf.at[k + 1] !== r) {
          if (!paired) uncounted[r]!++;
          paired = false;
        }
      }
    }
    from = to;
  }
  // Labelled among all the framework's codes, as the note names those left out.
  const shownIds = new Set(shownColumns.map((code) => code.id));
  const columns = codeColumns(codebook, columnCodes, false).filter((_, c) => shownIds.has(columnCodes[c]!.id));
  const swept = columns.map((column) => columnIndex.get(Number(column.key))!);
  const grid = new Grid(columns, scope, !request.countsOnly, recounter(request.count, segments));
  const rowLabels = codeLabels(codebook, rowCodes, false);
  rowCodes.forEach((code, r) => grid.add({ key: String(code.id), label: rowLabels[r]!.label, role: 'data' }, (c) => cellsOf[r]![swept[c]!]!.length, (c) => cellsOf[r]![swept[c]!]!));
  const note = uncountedNote(request.language, columnFramework.name, rowLabels.map((label, r) => ({ code: label.label, segments: uncounted[r]! })));
  const table: TableFrame = {
    kind: 'crosstab',
    title: `${rowFramework.name} × ${columnFramework.name}`,
    rowHeader: rowFramework.name,
    rows: grid.rows,
    columns,
    display: request.countsOnly ? 'counts' : 'quotes',
    tagCases: true,
    // "All selected … counted" would not be true of it.
    filterNote: note === undefined ? filterNote : describeFilters(store, request.filters, request.language, false),
    ...(note === undefined ? {} : { uncountedNote: note }),
    ...leftOutOf(request, [...rowsLeftOut, ...columnsLeftOut]),
  };
  return { table, counts: grid.counts, members: grid.members, segments, cases };
}

/**
 * Cases (under group headings with subtotals, and a total) × codes: how many segments each.
 * Counted from every code's counts (tableCounts) when no cell keeps its segments and the count
 * is of segments (the table as shown, and exported as counts); the segments are read for an
 * export that writes them, a cell's evidence, or passages and cases.
 */
function codeCase({ store, request, codebook, load, count, cases, filterNote, scope, words }: Context): CountedTable {
  noCodesOfRows(codebook, request);
  const { shown: codes, leftOut } = shownCodes(codebook, codesOf(codebook, request.columnFramework), request.leaveOut?.columns, 'columns');
  // All frameworks' codes, none left out: every coding is counted, without picking.
  const every = request.columnFramework === undefined && leftOut.length === 0;
  const index = indexOf(codes);
  const fromCounts = request.count === 'segments' && keepsNone(scope);
  const segments = fromCounts ? noSegments() : load(codes, every);
  const columns = codeColumns(codebook, codes, request.columnFramework === undefined);
  const byCase = bucketsByCase(segments, index, codes.length);
  const counts = fromCounts ? countsByCase(count(), index, codes.length) : new Map<number, number[]>();
  const grid = new Grid(columns, scope, false, recounter(request.count, segments));
  const countIn = (caseId: number, c: number) => (fromCounts ? counts.get(caseId)?.[c] : byCase.get(caseId)?.[c]!.length) ?? 0;
  const countOf = (of: CaseRef[], c: number) => of.reduce((sum, item) => sum + countIn(item.id, c), 0);
  // Cases are in id order, as the segments are, so their members joined stay in document order.
  const membersOf = (of: CaseRef[], c: number) => of.flatMap((item) => byCase.get(item.id)?.[c] ?? []);
  const groupBy = request.groupBy === 'none' ? 'group' : request.groupBy;
  const sections = caseSections(store, groupBy, cases, words, request.language);
  const label = caseRowLabel(store, groupBy, cases);
  for (const section of sections) {
    if (section.heading !== null) grid.heading(section.heading);
    for (const item of section.cases) grid.add({ key: String(item.id), label: label(item), role: 'data' }, (c) => countOf([item], c), (c) => membersOf([item], c));
    if (section.heading !== null && sections.length > 1) {
      grid.add(
        { key: `subtotal:${section.heading}`, label: words.subtotal(section.heading), role: 'subtotal' },
        (c) => countOf(section.cases, c),
        (c) => membersOf(section.cases, c),
      );
    }
  }
  grid.add({ key: 'total', label: words.total, role: 'total' }, (c) => countOf(cases, c), (c) => membersOf(cases, c));
  const table: TableFrame = {
    kind: 'code-case', title: words.codeCaseTitle, rowHeader: words.case, rows: grid.rows, columns,
    display: 'counts', tagCases: true, filterNote, ...leftOutOf(request, leftOut),
  };
  return { table, counts: grid.counts, members: grid.members, segments, cases };
}

/**
 * Codes × codes: how many pairs of segments, one with each code, overlap in a document (a
 * segment carrying both codes is one pair), where one coder applied both codes or either is the
 * case table's (oneReading): another coder's code beside one's own is no co-occurrence anyone
 * coded. The diagonal counts each code's segments.
 *
 * One sweep per document over its segments in start order, keeping those still open: each
 * overlapping pair of segments is met once, and adds to the cells of their codes once, however
 * many coders applied both.
 */
function cooccurrence({ request, codebook, load, cases, filterNote, scope, words }: Context): CountedTable {
  const frameworkId = request.rowFramework ?? request.columnFramework;
  // Its rows are its columns: a code left out of either is left out of both.
  const away = [...(request.leaveOut?.rows ?? []), ...(request.leaveOut?.columns ?? [])];
  const { shown: codes, leftOut } = shownCodes(codebook, codesOf(codebook, frameworkId), away, 'rows');
  const segments = load(codes, frameworkId === undefined && leftOut.length === 0);
  const n = codes.length;
  const columns = codeColumns(codebook, codes, frameworkId === undefined);
  const labels = columns.map((column) => column.label);
  const rows: TableRow[] = codes.map((c, i) => ({ key: String(c.id), label: labels[i]!, role: 'data' }));
  const index = indexOf(codes);
  const wanted = (a: number, b: number) => keeps(scope, false, rows[a]!, columns[b]!.key);
  const pairs = new Int32Array(n * n);
  // met[a * n + b] === meeting: this pair of segments (or this segment) already counted for codes a and b.
  const met = new Int32Array(n * n).fill(-1);
  let meeting = 0;
  const diagonal: number[][] = codes.map(() => []);
  const involved = new Map<number, Set<number>>();
  const note = (a: number, b: number, x: number, y: number) => {
    pairs[a * n + b]!++;
    if (!wanted(a, b)) return;
    let set = involved.get(a * n + b);
    if (!set) involved.set(a * n + b, (set = new Set()));
    set.add(x).add(y);
  };
  const { documentId, start, end } = segments;
  const { from, at, by } = positionsOf(segments, index);
  // Codes a (of segment x's codings) and b (of y's) met once per pair of segments, when one reading gave both.
  const meet = (x: number, y: number, segmentX: number, segmentY: number, both: boolean) => {
    const [a, b] = [at[x]!, at[y]!];
    if (a === b || !oneReading(by[x]!, by[y]!) || met[a * n + b] === meeting) return;
    met[a * n + b] = meeting;
    note(a, b, segmentX, segmentY);
    if (both) note(b, a, segmentY, segmentX);
  };
  const open: number[] = [];
  for (let i = 0; i < segments.length; i++) {
    if (i === 0 || documentId[i] !== documentId[i - 1]) open.length = 0;
    const [mineFrom, mineTo] = [from[i]!, from[i + 1]!];
    if (mineFrom === mineTo) continue;
    // A code's codings are consecutive: its segment once on the diagonal, however many coders applied it.
    for (let x = mineFrom; x < mineTo; x++) if (x === mineFrom || at[x] !== at[x - 1]) diagonal[at[x]!]!.push(i);
    meeting++;
    for (let x = mineFrom; x < mineTo; x++) for (let y = mineFrom; y < mineTo; y++) meet(x, y, i, i, false);
    // Sorted by start: a segment ending at or before this one's start meets no later one (and
    // each still open overlaps this one). Kept in place, not filtered into a new list per segment.
    let kept = 0;
    for (const j of open) if (end[j]! > start[i]!) open[kept++] = j;
    open.length = kept;
    for (const j of open) {
      meeting++;
      for (let x = from[j]!; x < from[j + 1]!; x++) for (let y = mineFrom; y < mineTo; y++) meet(x, y, j, i, true);
    }
    open.push(i);
  }
  const grid = new Grid(columns, scope, false);
  rows.forEach((row, a) =>
    grid.add(
      row,
      (b) => (a === b ? diagonal[a]!.length : pairs[a * n + b]!),
      (b) => (a === b ? diagonal[a]! : [...(involved.get(a * n + b) ?? [])].sort((x, y) => x - y)),
    ),
  );
  const table: TableFrame = {
    kind: 'cooccurrence', title: words.cooccurrenceTitle, rowHeader: words.code, rows, columns,
    display: 'counts', tagCases: true, filterNote, ...leftOutOf(request, leftOut),
  };
  return { table, counts: grid.counts, members: grid.members, segments, cases };
}

/** Codes' columns, labelled apart (code-labels.ts), with their framework when codes of several frameworks share the table. */
function codeColumns(codebook: Codebook, codes: readonly Code[], withFramework: boolean): TableColumn[] {
  return codeLabels(codebook, codes, withFramework).map((label, i) => ({ key: String(codes[i]!.id), ...label }));
}

/** Codes left out of one axis, under their framework's name, as the note names them. */
interface LeftOut {
  framework: string;
  codes: string[];
}

/**
 * An axis's codes without those the request leaves out (TableRequest.leaveOut), and those left
 * out by framework, labelled as the axis labels them. An id that is no code of the axis is
 * refused rather than passed over: a code of the other framework, or misspelt on the command
 * line, would otherwise leave the column it was meant to take away in the table. So is leaving
 * every code out, which makes a table of no columns.
 */
function shownCodes(codebook: Codebook, codes: Code[], ids: readonly number[] | undefined, axis: 'rows' | 'columns'): { shown: Code[]; leftOut: LeftOut[] } {
  if (!ids?.length) return { shown: codes, leftOut: [] };
  const onAxis = new Set(codes.map((code) => code.id));
  const stranger = ids.find((id) => !onAxis.has(id));
  if (stranger !== undefined) {
    const path = codeTree(codebook).entry(stranger)?.path ?? String(stranger);
    throw new AppError(axis === 'rows' ? 'leftOutNotInRows' : 'leftOutNotInColumns', `${path} is not a code of the table's ${axis}`, { code: path });
  }
  const away = new Set(ids);
  const shown = codes.filter((code) => !away.has(code.id));
  const frameworks = codebook.frameworks.filter((f) => codes.some((code) => code.frameworkId === f.id));
  if (shown.length === 0) {
    const names = frameworks.map((f) => f.name).join(', ');
    throw new AppError('leftOutEveryCode', `Every code of ${names} is left out`, { framework: names });
  }
  const labels = codeLabels(codebook, codes, false);
  const leftOut = frameworks.map((f) => ({
    framework: f.name,
    codes: codes.flatMap((code, i) => (code.frameworkId === f.id && away.has(code.id) ? [labels[i]!.label] : [])),
  }));
  return { shown, leftOut: leftOut.filter((f) => f.codes.length > 0) };
}

/** A table whose rows are cases has no codes to leave out of them. */
function noCodesOfRows(codebook: Codebook, request: TableQuery): void {
  shownCodes(codebook, [], request.leaveOut?.rows, 'rows');
}

/** The table's note of the codes left out, where any is. */
function leftOutOf(request: TableQuery, leftOut: readonly LeftOut[]): Pick<TableFrame, 'leftOutNote'> {
  const note = leftOutNote(request.language, leftOut);
  return note === undefined ? {} : { leftOutNote: note };
}
