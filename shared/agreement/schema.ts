/**
 * Inter-coder agreement: what is asked and what the report holds, as schemas the API contract
 * can use. The report is plain JSON.
 */
import { z } from 'zod';
import { undefinedReasons } from './units.js';

/** Segments of two coders are the same unit when overlap / union of their spans reaches this. */
export const DEFAULT_OVERLAP_THRESHOLD = 0.5;

export const AgreementRequest = z.object({
  /** Coder names; two or more. */
  coders: z.array(z.string()),
  /** Only the codes of this framework. */
  frameworkId: z.number().int().optional(),
  /** Only these codes. */
  codeIds: z.array(z.number().int()).optional(),
  /** Only these documents (of those every coder coded). */
  documentIds: z.array(z.number().int()).optional(),
  /** Segments of two coders are one unit when shared ÷ joint length is at least this. */
  overlapThreshold: z.number().gt(0).max(1).optional(),
  /**
   * At most this many disagreements in the report (the first, in document order); all when not
   * given. The app shows a page of them: on a large project they run to hundreds of thousands.
   */
  maxDisagreements: z.number().int().min(0).optional(),
});
export type AgreementRequest = z.infer<typeof AgreementRequest>;

export const Statistic = z.union([
  z.object({ value: z.number() }),
  z.object({ value: z.null(), code: z.enum(undefinedReasons), reason: z.string() }),
]);

export const MethodResult = z.object({
  /** Code points (character method) or matched segment units (segment method). */
  units: z.number(),
  /** A proportion in [0, 1]. */
  percentAgreement: Statistic,
  /** Two coders only; otherwise undefined with a reason. */
  kappa: Statistic,
  alpha: Statistic,
});
export type MethodResult = z.infer<typeof MethodResult>;

export const CodeAgreement = z.object({
  codeId: z.number().int(),
  /** FRAMEWORK/CODE, or FRAMEWORK/PARENT/CHILD. */
  path: z.string(),
  frameworkId: z.number().int(),
  character: MethodResult,
  segment: MethodResult,
});
export type CodeAgreement = z.infer<typeof CodeAgreement>;

export const FrameworkAgreement = z.object({
  frameworkId: z.number().int(),
  name: z.string(),
  exclusive: z.boolean(),
  character: MethodResult,
  segment: MethodResult,
});
export type FrameworkAgreement = z.infer<typeof FrameworkAgreement>;

/** A stretch of text where the coders split on one code; positions are code points. */
export const Disagreement = z.object({
  documentId: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  codeId: z.number().int(),
  path: z.string(),
  appliedBy: z.array(z.string()),
  notAppliedBy: z.array(z.string()),
});
export type Disagreement = z.infer<typeof Disagreement>;

export const AgreementDocument = z.object({
  id: z.number().int(),
  name: z.string(),
  caseName: z.string(),
  /** The case's group (null: in no group), to tell apart cases of one name in two groups. */
  groupName: z.string().nullable(),
  /** Code points. */
  length: z.number().int(),
});

export const AgreementReport = z.object({
  coders: z.array(z.string()),
  overlapThreshold: z.number(),
  /** The documents compared: those every coder coded (and, if asked, among those requested). */
  documents: z.array(AgreementDocument),
  /** Documents some but not all of the coders coded; left out of every figure. */
  skippedDocuments: z.array(AgreementDocument.omit({ length: true }).extend({ codedBy: z.array(z.string()) })),
  codes: z.array(CodeAgreement),
  frameworks: z.array(FrameworkAgreement),
  /** The first disagreements (maxDisagreements of them, when asked), in document order. */
  disagreements: z.array(Disagreement),
  /** How many disagreements there are in all. */
  disagreementCount: z.number().int(),
  /** How the figures were computed, in sentences for the reader of the report. */
  method: z.array(z.string()),
});
export type AgreementReport = z.infer<typeof AgreementReport>;
