/**
 * The case selection log (see shared/method/selection.ts): decisions on cases, the per-project
 * checklist of criteria, the funnel, and the methods-section table every export format writes.
 */
import { findByName } from '../../shared/names.js';
import {
  DEFAULT_CASE_STATUS, funnelOf, reasonsOf, type CaseDecision, type CaseStatus, type SelectionEntry, type SelectionReport,
} from '../../shared/method/selection.js';
import { presentTable, type TablePresentation } from '../../shared/method/presentation.js';
import { selectionTable } from '../../shared/method/selection-table.js';
import type { CrossTable } from '../../shared/tables.js';
import { recordStep } from '../db/history.js';
import * as cases from '../db/repos/cases.js';
import { ensureCoder } from '../db/repos/coders.js';
import * as groups from '../db/repos/groups.js';
import * as selection from '../db/repos/selection.js';
import { notFound, type ServiceContext } from './context.js';
import { methodTableWords } from '../analysis/method-table-words.js';

export function selectionReport({ store }: ServiceContext): SelectionReport {
  const criteria = selection.listCriteria(store);
  const criterionName = new Map(criteria.map((c) => [c.id, c.name]));
  const order = new Map(criteria.map((c, i) => [c.id, i]));
  const groupName = new Map(groups.listGroups(store).map((g) => [g.id, g.name]));
  const history = new Map<number, CaseDecision[]>();
  for (const row of selection.listDecisions(store)) {
    const ids = (JSON.parse(row.criteria) as number[]).filter((id) => criterionName.has(id));
    ids.sort((a, b) => order.get(a)! - order.get(b)!);
    const decision: CaseDecision = {
      id: row.id, status: row.status, reason: row.reason, criteria: ids.map((id) => criterionName.get(id)!),
      decidedBy: row.decidedBy, decidedAt: row.decidedAt,
    };
    history.set(row.caseId, [...(history.get(row.caseId) ?? []), decision]);
  }
  const entries = cases.filteredCases(store, {}).map((c): SelectionEntry => {
    const decisions = history.get(c.id) ?? [];
    const latest = decisions.at(-1) ?? null;
    return {
      caseId: c.id,
      caseName: c.name,
      groupName: c.groupId === null ? null : (groupName.get(c.groupId) ?? null),
      status: latest?.status ?? DEFAULT_CASE_STATUS,
      decision: latest,
      history: decisions,
    };
  });
  return {
    criteria,
    cases: entries,
    funnel: funnelOf(entries.map((e) => e.status)),
    reasons: reasonsOf(entries.map((e) => ({ status: e.status, reason: e.decision?.reason ?? '' }))),
  };
}

export interface DecisionInput {
  caseId: number;
  status: CaseStatus;
  reason: string;
  /** Names from the project's checklist; a name not on it yet is added to it. */
  criteria: string[];
}

/** Records a decision on a case (its new status), one undoable step; earlier decisions stay in its history. */
export function decideCase(ctx: ServiceContext, input: DecisionInput): void {
  const { store } = ctx;
  if (!cases.caseExists(store, input.caseId)) throw notFound('case', input.caseId);
  recordStep(store, 'selection.decide', () => {
    const known = selection.listCriteria(store);
    const criteriaIds = [...new Set(input.criteria.map((name) => (findByName(known, name) ?? selection.insertCriterion(store, name)).id))];
    selection.insertDecision(store, {
      caseId: input.caseId, status: input.status, reason: input.reason, criteriaIds,
      coderId: ctx.coderName ? ensureCoder(store, ctx.coderName) : null,
    });
  });
}

/** Adds a criterion to the project's checklist; a name already on it is kept as it is. */
export function addCriterion({ store }: ServiceContext, name: string): void {
  if (findByName(selection.listCriteria(store), name)) return;
  recordStep(store, 'selection.addCriterion', () => selection.insertCriterion(store, name));
}

/** The selection log as a table, for the methods section, numbered and titled as the researcher asks. */
export function selectionCrossTable(ctx: ServiceContext, presentation: TablePresentation = {}): CrossTable {
  return presentTable(selectionTable(selectionReport(ctx), methodTableWords(presentation.language).selection), presentation);
}

