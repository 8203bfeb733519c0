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

export const SummaryCell = z.object({
  caseId: z.number().int(),
  codeId: z.number().int(),
  text: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /**
   * The segments coded so in the case: their number here, the segments themselves when the cell
   * is opened (summaries.cellEvidence) or exported, never every cell's up front (200,000 quotes
   * on the reference corpus).
   */
  segmentCount: z.number().int(),
});
export type SummaryCell = z.infer<typeof SummaryCell>;

/** One cell's evidence, read when the cell is opened. */
export const SummaryCellRequest = z.object({ caseId: z.number().int(), codeId: z.number().int() });
export const SummaryCellEvidence = z.array(CellSegment);

export const SummaryGrid = z.object({
  framework: z.string(),
  cases: z.array(z.object({ id: z.number().int(), name: z.string(), groupName: z.string().nullable() })),
  codes: z.array(z.object({ id: z.number().int(), name: z.string() })),
  /** cells[r][c] for cases[r] and codes[c]. */
  cells: z.array(z.array(SummaryCell)),
});
export type SummaryGrid = z.infer<typeof SummaryGrid>;
