import type { CaseStatus, SelectionCriterion } from '../../../shared/method/selection.js';
import { type ReadStore, type WriteStore } from '../store.js';
import { newGuid, now } from '../stamps.js';

export interface DecisionRow {
  id: number;
  caseId: number;
  status: CaseStatus;
  reason: string;
  /** JSON array of criterion ids. */
  criteria: string;
  decidedBy: string | null;
  decidedAt: string;
}

export function listCriteria(store: ReadStore): SelectionCriterion[] {
  return store.prepare('SELECT id, name FROM selection_criterion ORDER BY sort, id').all() as SelectionCriterion[];
}

export function insertCriterion(store: WriteStore, name: string): SelectionCriterion {
  const sort = (store.prepare('SELECT coalesce(max(sort), 0) + 1 AS next FROM selection_criterion').get() as { next: number }).next;
  const id = Number(store.prepare('INSERT INTO selection_criterion (guid, name, sort) VALUES (?, ?, ?)').run(newGuid(), name, sort).lastInsertRowid);
  return { id, name };
}

/** Every decision, oldest first per case (by time: merged decisions interleave with ours). */
export function listDecisions(store: ReadStore): DecisionRow[] {
  return store
    .prepare(
      `SELECT d.id, d.case_id AS caseId, d.status, d.reason, d.criteria, u.name AS decidedBy, d.decided_at AS decidedAt
       FROM case_decision d LEFT JOIN coder u ON u.id = d.decided_by ORDER BY d.case_id, d.decided_at, d.id`,
    )
    .all() as DecisionRow[];
}

export function insertDecision(
  store: WriteStore,
  decision: { caseId: number; status: CaseStatus; reason: string; criteriaIds: number[]; coderId: number | null },
): number {
  return Number(
    store
      .prepare('INSERT INTO case_decision (guid, case_id, status, reason, criteria, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(newGuid(), decision.caseId, decision.status, decision.reason, JSON.stringify(decision.criteriaIds), decision.coderId, now())
      .lastInsertRowid,
  );
}

/**
 * SQL true when case_ c's status (its latest decision; selected when it has none) is one of
 * `statuses`. Tables and analyses add it to their case conditions so that candidate and
 * excluded cases stay out unless the user includes them.
 */
export function caseStatusCondition(statuses: readonly CaseStatus[]): { sql: string; params: string[] } {
  return {
    sql: `coalesce((SELECT d.status FROM case_decision d WHERE d.case_id = c.id ORDER BY d.decided_at DESC, d.id DESC LIMIT 1), 'selected')
          IN (${statuses.map(() => '?').join(', ') || 'NULL'})`,
    params: [...statuses],
  };
}

/** Ids of the cases whose status is one of `statuses`, in id order. */
export function caseIdsWithStatus(store: ReadStore, statuses: readonly CaseStatus[]): number[] {
  const { sql, params } = caseStatusCondition(statuses);
  return (store.prepare(`SELECT c.id FROM case_ c WHERE ${sql} ORDER BY c.id`).all(...params) as { id: number }[]).map((r) => r.id);
}
