/** Case summaries: the researcher's text per case × code cell, with the cell's segments as evidence. */
import type { z } from 'zod';
import { summaryCells, type SummaryGrid, type SummaryGridRequest } from '../../shared/method/summaries.js';
import { presentTable, type TablePresentation } from '../../shared/method/presentation.js';
import type { CellSegment, CrossTable, TableCell, TableRow } from '../../shared/tables.js';
import { recordStep } from '../db/history.js';
import { caseCodeSegments } from '../db/repos/case-codes.js';
import { caseExists, filteredCases, getCase } from '../db/repos/cases.js';
import { getCode, getCodebook } from '../db/repos/codebook.js';
import { ensureCoder } from '../db/repos/coders.js';
import { listGroups } from '../db/repos/groups.js';
import { caseIdsWithStatus } from '../db/repos/selection.js';
import * as summaries from '../db/repos/summaries.js';
import type { ReadStore } from '../db/store.js';
import { notFound, type ServiceContext } from './context.js';
import { methodTableWords } from '../analysis/method-table-words.js';
import { tableWords } from '../analysis/table-words.js';

export type ParsedSummaryGridRequest = z.output<typeof SummaryGridRequest>;
type ParsedRequest = ParsedSummaryGridRequest;

export function summaryGrid({ store }: { store: ReadStore }, request: ParsedRequest): SummaryGrid {
  const codebook = getCodebook(store);
  const framework = codebook.frameworks.find((f) => f.id === request.frameworkId);
  if (!framework) throw notFound('framework', request.frameworkId);
  const statuses = new Set(caseIdsWithStatus(store, request.statuses));
  const groupName = new Map(listGroups(store).map((g) => [g.id, g.name]));
  const cases = filteredCases(store, {})
    .filter((c) => statuses.has(c.id))
    .map((c) => ({ id: c.id, name: c.name, groupName: c.groupId === null ? null : (groupName.get(c.groupId) ?? null) }));
  const codes = codebook.codes.filter((c) => c.frameworkId === framework.id).map((c) => ({ id: c.id, name: c.name }));
  const key = (caseId: number, codeId: number) => `${caseId}:${codeId}`;
  const caseIds = new Set(cases.map((c) => c.id));
  const codeIds = new Set(codes.map((c) => c.id));
  const counts = new Map(summaries.cellSegmentCounts(store, codes.map((c) => c.id)).map((n) => [key(n.caseId, n.codeId), n.segments]));
  return {
    framework: framework.name,
    cases,
    codes,
    segmentCounts: cases.map((c) => codes.map((code) => counts.get(key(c.id, code.id)) ?? 0)),
    summaries: summaries
      .listSummaries(store)
      .filter((s) => caseIds.has(s.caseId) && codeIds.has(s.codeId))
      .map(({ caseId, codeId, text, updatedBy, updatedAt }) => ({ caseId, codeId, text, updatedBy, updatedAt })),
  };
}

/** One cell's coded segments, read when the cell is opened. */
export function summaryCellEvidence({ store }: { store: ReadStore }, { caseId, codeId }: { caseId: number; codeId: number }): CellSegment[] {
  const found = getCase(store, caseId);
  if (!found) throw notFound('case', caseId);
  if (!getCode(store, codeId)) throw notFound('code', codeId);
  return summaries.segmentsOfCell(store, caseId, codeId).map((s) => ({ ...s, caseName: found.name }));
}

/**
 * Every cell's coded segments among `cases` and `codeIds`, by cell key: what an export with
 * quotes writes. One pass in document order, each list appended in place.
 */
function allCellEvidence(store: ReadStore, cases: { id: number; name: string }[], codeIds: readonly number[]): Map<string, CellSegment[]> {
  const caseName = new Map(cases.map((c) => [c.id, c.name]));
  const evidence = new Map<string, CellSegment[]>();
  for (const s of caseCodeSegments(store, codeIds)) {
    const name = caseName.get(s.caseId);
    if (name === undefined) continue;
    const k = `${s.caseId}:${s.codeId}`;
    const segment = { id: s.segmentId, caseName: name, documentId: s.documentId, start: s.start, end: s.end, quote: s.quote };
    const list = evidence.get(k);
    if (list) list.push(segment);
    else evidence.set(k, [segment]);
  }
  return evidence;
}

/** Writes a cell's summary as one undoable step; empty text removes it. */
export function setSummary(ctx: ServiceContext, cell: { caseId: number; codeId: number; text: string }): void {
  const { store } = ctx;
  if (!caseExists(store, cell.caseId)) throw notFound('case', cell.caseId);
  if (!getCode(store, cell.codeId)) throw notFound('code', cell.codeId);
  recordStep(store, 'summaries.set', () => {
    if (cell.text.trim() === '') summaries.deleteSummary(store, cell.caseId, cell.codeId);
    else summaries.upsertSummary(store, { ...cell, coderId: ctx.coderName ? ensureCoder(store, ctx.coderName) : null });
  });
}

/**
 * The summaries grid as a table every export writes: a case per row (under group headings when
 * the cases are of several groups), a code per column, each cell its summary and, when asked,
 * the quotes behind it.
 */
export function summariesCrossTable(
  ctx: { store: ReadStore }, request: ParsedRequest, withQuotes: boolean, presentation: TablePresentation = {},
): CrossTable {
  const grid = summaryGrid(ctx, request);
  const cellAt = summaryCells(grid);
  const table = tableWords(presentation.language);
  const words = methodTableWords(presentation.language).summaries;
  const evidence = withQuotes ? allCellEvidence(ctx.store, grid.cases, grid.codes.map((c) => c.id)) : new Map<string, CellSegment[]>();
  const columns = grid.codes.map((code) => ({ key: String(code.id), label: code.name }));
  const groups = [...new Set(grid.cases.map((c) => c.groupName))];
  const headed = groups.length > 1;
  const rows: TableRow[] = [];
  const cells: TableCell[][] = [];
  for (const group of groups) {
    if (headed) {
      const label = group ?? table.noGroup;
      rows.push({ key: `heading:${label}`, label, role: 'heading' });
      cells.push(columns.map((column) => ({ row: label, column: column.label, count: 0, segments: [] })));
    }
    grid.cases.forEach((c, r) => {
      if (c.groupName !== group) return;
      rows.push({ key: `case:${c.id}`, label: c.name, role: 'data' });
      cells.push(
        grid.codes.map((_, k) => cellAt(r, k)).map((cell, k) => ({
          row: c.name,
          column: columns[k]!.label,
          count: cell.segmentCount,
          segments: evidence.get(`${c.id}:${cell.codeId}`) ?? [],
          ...(cell.text ? { text: cell.text } : {}),
        })),
      );
    });
  }
  const statuses = request.statuses.filter((s) => s !== 'selected');
  return presentTable({
    kind: 'case-matrix',
    title: words.title(grid.framework),
    rowHeader: table.case,
    rows,
    columns,
    cells,
    display: 'quotes',
    tagCases: false,
    filterNote: [
      withQuotes ? words.withQuotes : words.summariesOnly,
      statuses.length ? `${table.filters.includes(statuses.map((s) => table.filters.status[s]).join(table.filters.and))}.` : '',
    ].filter(Boolean).join(' '),
  }, presentation);
}
