/**
 * The selection log as the methods-section table, in the shape every export writes: cases under
 * their status and the reason given, one column per criterion (1 where the case met it), a
 * subtotal per status and the pool as the total. Counts only, so it reads the same in CSV,
 * Excel, Word, Markdown, HTML and JSON.
 */
import type { CrossTable, TableCell, TableRow } from '../tables.js';
import { caseStatuses, type CaseStatus, type SelectionReport } from './selection.js';

/** The selection table's captions in the export's language (main/analysis/method-table-words.ts). */
export interface SelectionTableWords {
  title: string;
  case: string;
  cases: string;
  /** A status's heading: its cases, plural. */
  status: Record<CaseStatus, string>;
  noReason: string;
  pool: (n: number) => string;
  note: (funnel: SelectionReport['funnel']) => string;
}

export function selectionTable(report: SelectionReport, words: SelectionTableWords): CrossTable {
  const statusLabel = words.status;
  const columns = [
    { key: 'cases', label: words.cases },
    ...report.criteria.map((c) => ({ key: `criterion:${c.id}`, label: c.name })),
  ];
  const rows: TableRow[] = [];
  const cells: TableCell[][] = [];
  const push = (row: TableRow, counts: number[]) => {
    rows.push(row);
    cells.push(columns.map((column, i) => ({ row: row.key, column: column.key, count: counts[i] ?? 0, segments: [] })));
  };
  const countsOf = (entries: SelectionReport['cases']) => [
    entries.length,
    ...report.criteria.map((c) => entries.filter((e) => e.decision?.criteria.includes(c.name)).length),
  ];
  for (const status of caseStatuses) {
    const inStatus = report.cases.filter((e) => e.status === status);
    if (inStatus.length === 0) continue;
    push({ key: `status:${status}`, label: statusLabel[status], role: 'heading' }, []);
    for (const { reason } of report.reasons.filter((r) => r.status === status)) {
      const withReason = inStatus.filter((e) => (e.decision?.reason ?? '') === reason);
      push({ key: `reason:${status}:${reason}`, label: reason || words.noReason, role: 'heading' }, []);
      for (const entry of withReason) {
        const label = entry.groupName ? `${entry.caseName} (${entry.groupName})` : entry.caseName;
        push({ key: `case:${entry.caseId}`, label, role: 'data' }, countsOf([entry]));
      }
    }
    push({ key: `subtotal:${status}`, label: `${statusLabel[status]}: ${inStatus.length}`, role: 'subtotal' }, countsOf(inStatus));
  }
  push({ key: 'total', label: words.pool(report.cases.length), role: 'total' }, countsOf(report.cases));
  return {
    kind: 'case-matrix',
    title: words.title,
    rowHeader: words.case,
    rows,
    columns,
    cells,
    display: 'counts',
    tagCases: false,
    filterNote: words.note(report.funnel),
  };
}
