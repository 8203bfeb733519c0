/** What the QCA view and `casecoder qca` ask for, and what comes back (see main/services/qca.ts). */
import { z } from 'zod';
import type { QcaAnalysis } from '../qca/minimize.js';
import type { QcaCsv } from '../qca/r-export.js';
import { caseStatuses } from './selection.js';

const test = z.string().trim().min(1).max(500);

export const QcaRequest = z.object({
  /** Each a code path (the case has a segment coded so) or an attribute test ("Age >= 30"). */
  conditions: z.array(test).min(1).max(12),
  outcome: test,
  groupId: z.number().int().optional(),
  /** Cases of these statuses take part; only selected cases unless given. */
  statuses: z.array(z.enum(caseStatuses)).min(1).default(['selected']),
  /** One per condition, for the intermediate solution. */
  expectations: z.array(z.enum(['present', 'absent', 'either'])).optional(),
  consistencyThreshold: z.number().gt(0).max(1).default(1),
  frequencyThreshold: z.number().int().min(1).default(1),
  negateOutcome: z.boolean().default(false),
});
export type QcaRequest = z.input<typeof QcaRequest>;

export interface QcaResult {
  analysis: QcaAnalysis;
  /** Case id (as in the analysis) → case name. */
  caseNames: Record<string, string>;
  /** Each solution written A*~B + C with the condition names, in the analysis's order. */
  formatted: { complex: string[]; parsimonious: string[]; intermediate: string[] };
  /** The data file for R's QCA package. */
  rData: QcaCsv;
}
export const QcaResult = z.custom<QcaResult>((v) => typeof v === 'object' && v !== null && 'analysis' in v);
