/**
 * The case selection log: every case is a candidate, selected or excluded; each decision keeps
 * the criteria met, a reason, who decided and when. A case without a decision is selected, so
 * new and imported cases count in tables and analyses unless someone says otherwise.
 */
import { z } from 'zod';

export const caseStatuses = ['candidate', 'selected', 'excluded'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** What a case counts as before anyone has decided on it. */
export const DEFAULT_CASE_STATUS: CaseStatus = 'selected';

export const SelectionCriterion = z.object({ id: z.number().int(), name: z.string() });
export type SelectionCriterion = z.infer<typeof SelectionCriterion>;

export const CaseDecision = z.object({
  id: z.number().int(),
  status: z.enum(caseStatuses),
  reason: z.string(),
  /** Names of the criteria met, in the checklist's order. */
  criteria: z.array(z.string()),
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
});
export type CaseDecision = z.infer<typeof CaseDecision>;

export const SelectionEntry = z.object({
  caseId: z.number().int(),
  caseName: z.string(),
  groupName: z.string().nullable(),
  status: z.enum(caseStatuses),
  /** The latest decision, or null for a case nobody has decided on (selected by default). */
  decision: CaseDecision.nullable(),
  /** Every decision on the case, oldest first. */
  history: z.array(CaseDecision),
});
export type SelectionEntry = z.infer<typeof SelectionEntry>;

export const SelectionFunnel = z.object({
  pool: z.number().int(),
  candidate: z.number().int(),
  selected: z.number().int(),
  excluded: z.number().int(),
});
export type SelectionFunnel = z.infer<typeof SelectionFunnel>;

export const SelectionReport = z.object({
  criteria: z.array(SelectionCriterion),
  cases: z.array(SelectionEntry),
  funnel: SelectionFunnel,
  /** Per status, each reason with its number of cases, most frequent first. */
  reasons: z.array(z.object({ status: z.enum(caseStatuses), reason: z.string(), cases: z.number().int() })),
});
export type SelectionReport = z.infer<typeof SelectionReport>;

export function funnelOf(statuses: readonly CaseStatus[]): SelectionFunnel {
  const count = (s: CaseStatus) => statuses.filter((x) => x === s).length;
  return { pool: statuses.length, candidate: count('candidate'), selected: count('selected'), excluded: count('excluded') };
}

/** Per status (in caseStatuses order), each reason's number of cases, most frequent first, then by text. */
export function reasonsOf(entries: readonly { status: CaseStatus; reason: string }[]): SelectionReport['reasons'] {
  const counts = new Map<string, { status: CaseStatus; reason: string; cases: number }>();
  for (const { status, reason } of entries) {
    const key = JSON.stringify([status, reason]);
    const found = counts.get(key) ?? { status, reason, cases: 0 };
    found.cases++;
    counts.set(key, found);
  }
  return [...counts.values()].sort(
    (a, b) => caseStatuses.indexOf(a.status) - caseStatuses.indexOf(b.status) || b.cases - a.cases || a.reason.localeCompare(b.reason),
  );
}
