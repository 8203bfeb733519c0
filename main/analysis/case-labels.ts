/**
 * How a table names its cases. Each group's names are its own (a case table numbers every
 * group's cases 1…n), so where a table's cases are of more than one group a case is named with
 * its group ("Entrepreneurs · 4", shared/sheets.ts): in its quotes, and in its row wherever no
 * group heading stands over it (rows by attribute value or without headings). A case in no
 * group keeps its name, which no grouped case's label can be mistaken for.
 */
import { caseLabel } from '../../shared/sheets.js';
import type { CaseRef } from '../db/repos/cases.js';
import { listGroups } from '../db/repos/groups.js';
import type { ReadStore } from '../db/store.js';

/** Each case's name, and its label in a table of these cases. */
export function caseLabels(store: ReadStore, cases: readonly CaseRef[]): Map<number, { name: string; label: string }> {
  const severalGroups = new Set(cases.map((c) => c.groupId)).size > 1;
  const groups = severalGroups ? new Map(listGroups(store).map((g) => [g.id, g.name])) : new Map<number, string>();
  return new Map(
    cases.map((c) => {
      const group = c.groupId === null ? undefined : groups.get(c.groupId);
      return [c.id, { name: c.name, label: group ? caseLabel(c.name, group) : c.name }];
    }),
  );
}
