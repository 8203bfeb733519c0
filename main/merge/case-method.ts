/**
 * Merging the case-study method's rows from a teammate's project: the selection checklist
 * (criteria by id, then name), decisions (by id: both histories are kept, and a case's status
 * is then the latest decision by time) and case summaries (by case and code: theirs is added
 * where we have none; two different texts are a conflict the user settles).
 *
 * mergeProjects (merge.ts) calls this after cases, codes and coders are mapped, with its own
 * insert/write/decide/refuse so that the dry run and the applied merge walk the same path.
 */
import { MAX_NAME_CHARS } from '../../shared/contract.js';
import { isDateTime } from '../../shared/date-time.js';
import type { RefusalExample, RefusalReason } from '../../shared/merge.js';
import { caseStatuses } from '../../shared/method/selection.js';
import { allRows } from '../db/repos/rows.js';
import { upsertSummary } from '../db/repos/summaries.js';
import type { ReadStore, WriteStore } from '../db/store.js';
import type { TrackedTable } from '../db/tracked-tables.js';
import { refusedRow } from './check-rows.js';

/** As the contract limits what a summary and a reason may hold. */
const MAX_SUMMARY = 1_000_000;
const MAX_REASON = 5000;

export interface CaseMethodConflict {
  id: string;
  kind: 'caseSummary';
  description: string;
  params: Record<string, string>;
  options: ('ours' | 'theirs')[];
}

export interface CaseMethodMerge {
  target: WriteStore;
  source: ReadStore;
  /** Their ids → ours, as mergeProjects mapped them. */
  cases: ReadonlyMap<number, number>;
  codes: ReadonlyMap<number, number>;
  coders: ReadonlyMap<number, number>;
  insert(table: TrackedTable, values: Record<string, unknown>): number;
  write(fn: () => void): void;
  decide(conflict: CaseMethodConflict): string;
  refuse(table: TrackedTable, reason: RefusalReason, example: RefusalExample): void;
  freshGuid(guid: unknown): string;
}

export interface CaseMethodCounts {
  added: { criteria: number; decisions: number; summaries: number };
  matched: { criteria: number; decisions: number; summaries: number };
}

const guidKey = (guid: unknown) => String(guid).replace(/[{}]/g, '').toLowerCase();
const nameKey = (name: unknown) => String(name).trim().toLowerCase();

export function mergeCaseMethod(m: CaseMethodMerge): CaseMethodCounts {
  const counts: CaseMethodCounts = { added: { criteria: 0, decisions: 0, summaries: 0 }, matched: { criteria: 0, decisions: 0, summaries: 0 } };
  const coderOf = (id: unknown) => (id === null ? null : (m.coders.get(Number(id)) ?? null));

  const ourCriteria = allRows(m.target, 'selection_criterion');
  const criterionByGuid = new Map(ourCriteria.map((r) => [guidKey(r.guid), r.id]));
  const criterionByName = new Map(ourCriteria.map((r) => [nameKey(r.name), r.id]));
  const criteria = new Map<number, number>();
  for (const row of allRows(m.source, 'selection_criterion')) {
    if (typeof row.name !== 'string' || row.name.trim() === '' || row.name.length > MAX_NAME_CHARS) {
      m.refuse('selection_criterion', 'badName', refusedRow(row.name));
      continue;
    }
    const ours = criterionByGuid.get(guidKey(row.guid)) ?? criterionByName.get(nameKey(row.name));
    if (ours !== undefined) {
      criteria.set(row.id, ours);
      counts.matched.criteria++;
      continue;
    }
    const id = m.insert('selection_criterion', { guid: m.freshGuid(row.guid), name: row.name.trim(), sort: 1000 + row.id });
    criteria.set(row.id, id);
    criterionByName.set(nameKey(row.name), id);
    counts.added.criteria++;
  }

  const ourDecisions = new Set(allRows(m.target, 'case_decision').map((r) => guidKey(r.guid)));
  for (const row of allRows(m.source, 'case_decision')) {
    const caseId = m.cases.get(Number(row.case_id));
    if (caseId === undefined) continue;
    if (ourDecisions.has(guidKey(row.guid))) {
      counts.matched.decisions++;
      continue;
    }
    const ids = criteriaIds(row.criteria);
    const problem = !(caseStatuses as readonly unknown[]).includes(row.status)
      ? 'status'
      : typeof row.reason !== 'string' || row.reason.length > MAX_REASON
        ? 'reason'
        : ids === null
          ? 'criteria'
          : isDateTime(row.decided_at) ? null : 'createdAt';
    if (problem) {
      m.refuse('case_decision', problem === 'criteria' ? 'badJson' : 'badValue', refusedRow(row.case_id, problem));
      continue;
    }
    m.insert('case_decision', {
      guid: m.freshGuid(row.guid), case_id: caseId, status: row.status, reason: row.reason,
      criteria: JSON.stringify(ids!.flatMap((id) => (criteria.has(id) ? [criteria.get(id)!] : []))),
      decided_by: coderOf(row.decided_by), decided_at: row.decided_at,
    });
    ourDecisions.add(guidKey(row.guid));
    counts.added.decisions++;
  }

  const ourSummaries = new Map(allRows(m.target, 'case_summary').map((r) => [`${String(r.case_id)}:${String(r.code_id)}`, r]));
  for (const row of allRows(m.source, 'case_summary')) {
    const caseId = m.cases.get(Number(row.case_id));
    const codeId = m.codes.get(Number(row.code_id));
    if (caseId === undefined || codeId === undefined) continue;
    if (typeof row.text !== 'string' || row.text.trim() === '' || row.text.length > MAX_SUMMARY || !isDateTime(row.updated_at)) {
      m.refuse('case_summary', 'badValue', refusedRow(`${String(row.case_id)} × ${String(row.code_id)}`, isDateTime(row.updated_at) ? 'text' : 'createdAt'));
      continue;
    }
    const ours = ourSummaries.get(`${caseId}:${codeId}`);
    if (!ours) {
      m.insert('case_summary', {
        guid: m.freshGuid(row.guid), case_id: caseId, code_id: codeId, text: row.text, updated_by: coderOf(row.updated_by), updated_at: row.updated_at,
      });
      counts.added.summaries++;
    } else if (ours.text === row.text) {
      counts.matched.summaries++;
    } else {
      const choice = m.decide({
        id: `summary:${caseId}:${codeId}`, kind: 'caseSummary', options: ['ours', 'theirs'],
        params: { ours: excerpt(ours.text), theirs: excerpt(row.text) },
        description: `The summary of a case × code cell differs: "${excerpt(ours.text)}" here, "${excerpt(row.text)}" in theirs`,
      });
      if (choice === 'theirs') {
        const text = row.text;
        m.write(() => upsertSummary(m.target, { caseId, codeId, text, coderId: coderOf(row.updated_by) }));
      }
    }
  }
  return counts;
}

/** A decision's criteria column: a JSON array of ids, else null. */
function criteriaIds(value: unknown): number[] | null {
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) && parsed.every((id) => Number.isInteger(id)) ? (parsed as number[]) : null;
  } catch {
    return null;
  }
}

const excerpt = (text: unknown) => {
  const chars = [...String(text).replace(/\s+/g, ' ')];
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : chars.join('');
};

