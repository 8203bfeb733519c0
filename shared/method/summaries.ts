/**
 * Case summaries (framework matrices): the researcher's text in a case × code cell, beside the
 * segments coded so in that case, which are its evidence.
 */
import { z } from 'zod';
import { CellSegment } from '../tables.js';
import { caseStatuses } from './selection.js';

export const SummaryGridRequest = z.object({
  /** The codes of this framework make the columns. */
  frameworkId: z.number().int(),
  statuses: z.array(z.enum(caseStatuses)).min(1).default(['selected']),
});
export type SummaryGridRequest = z.input<typeof SummaryGridRequest>;

/** A written summary: the researcher's text in one case × code cell. */
export const SummaryText = z.object({
  caseId: z.number().int(),
  codeId: z.number().int(),
  text: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type SummaryText = z.infer<typeof SummaryText>;

/** One cell's evidence, read when the cell is opened. */
export const SummaryCellRequest = z.object({ caseId: z.number().int(), codeId: z.number().int() });
export const SummaryCellEvidence = z.array(CellSegment);

/**
 * The grid by columns, not as an object per cell: a framework of 150 codes over 300 cases is 45,000
 * cells, and objects that many took 80 ms of the main thread to receive from the job that built
 * them. summaryCells gives the cells.
 */
export const SummaryGrid = z.object({
  framework: z.string(),
  cases: z.array(z.object({ id: z.number().int(), name: z.string(), groupName: z.string().nullable() })),
  codes: z.array(z.object({ id: z.number().int(), name: z.string() })),
  /**
   * segmentCounts[r][c]: the segments cases[r] has coded with codes[c]. The segments themselves
   * are read when the cell is opened (summaries.cellEvidence) or exported, never every cell's up
   * front (200,000 quotes on the reference corpus).
   */
  segmentCounts: z.array(z.array(z.number().int())),
  /** The cells that have a summary, one each. */
  summaries: z.array(SummaryText),
});
export type SummaryGrid = z.infer<typeof SummaryGrid>;

/** One cell as the views show it: its summary (empty when none) and how many segments it holds. */
export interface SummaryCell extends SummaryText {
  segmentCount: number;
}

/** The grid's cells, looked up by row and column (each summary found through one map). */
export function summaryCells(grid: SummaryGrid): (r: number, c: number) => SummaryCell {
  const written = new Map(grid.summaries.map((s) => [`${s.caseId}:${s.codeId}`, s]));
  return (r, c) => {
    const caseId = grid.cases[r]!.id;
    const codeId = grid.codes[c]!.id;
    const summary = written.get(`${caseId}:${codeId}`);
    return {
      caseId, codeId, text: summary?.text ?? '', updatedBy: summary?.updatedBy ?? null, updatedAt: summary?.updatedAt ?? null,
      segmentCount: grid.segmentCounts[r]![c]!,
    };
  };
}
