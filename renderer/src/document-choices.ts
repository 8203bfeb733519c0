/**
 * Documents of several cases listed by name (the segment table's document filter): each group
 * numbers its cases 1…n and a case table names their documents after them, so «1 — Positive facts»
 * was there once per group and could not be told apart. Each is named as the search hits name a
 * source (sourceLabel), after its case's label («Programmers · 1 — Positive facts»), in the case
 * list's order.
 */
import { caseLabel } from './case-label.js';
import { casesInListOrder } from './case-order.js';
import { sourceLabel } from './source-label.js';

type Groups = readonly { id: number; name: string }[];

export function documentChoices(
  documents: readonly { id: number; caseId: number; name: string }[],
  cases: readonly { id: number; name: string; groupId: number | null }[],
  groups: Groups,
): { id: number; label: string }[] {
  return casesInListOrder(cases, groups).flatMap((item) => {
    const shown = caseLabel(item, groups);
    return documents.filter((d) => d.caseId === item.id).map((d) => ({ id: d.id, label: sourceLabel(item.name, d.name, shown) }));
  });
}
