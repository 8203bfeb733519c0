/**
 * The case list as one column of rows, for its virtualiser: each group's heading, then its
 * cases. A sheet may bring 100,000 cases in 2,000 groups; the list drew them all, and each click
 * took 20 s. Built in one pass over the cases: a filter per group was 2,000 passes over them.
 */

export interface CaseSection<C> {
  /** The group's id, or null for the cases in no group. */
  id: number | null;
  name: string;
  cases: C[];
}

/** `heading`: the row of the section's heading (a heading's own). */
export type CaseRow<C> =
  | { kind: 'heading'; key: string; section: CaseSection<C>; heading: number }
  /** `position` is the case's place in its group, from 1: what a screen reader says of it. */
  | { kind: 'case'; key: string; section: CaseSection<C>; heading: number; item: C; position: number };

/**
 * The groups in their order, each with its cases (empty groups too), then the cases in no group
 * when there are any or `withUngrouped` (a grouped case is being dragged: it is where it leaves
 * its group).
 */
export function caseSections<C extends { groupId: number | null }>(
  cases: readonly C[],
  groups: readonly { id: number; name: string }[],
  ungroupedName: string,
  withUngrouped: boolean,
): CaseSection<C>[] {
  const byGroup = new Map<number | null, C[]>();
  for (const item of cases) {
    const list = byGroup.get(item.groupId);
    if (list) list.push(item);
    else byGroup.set(item.groupId, [item]);
  }
  const sections: CaseSection<C>[] = groups.map((g) => ({ id: g.id, name: g.name, cases: byGroup.get(g.id) ?? [] }));
  const ungrouped = byGroup.get(null) ?? [];
  if (ungrouped.length > 0 || withUngrouped) sections.push({ id: null, name: ungroupedName, cases: ungrouped });
  return sections;
}

export function caseRows<C extends { id: number }>(sections: readonly CaseSection<C>[]): CaseRow<C>[] {
  const rows: CaseRow<C>[] = [];
  for (const section of sections) {
    const heading = rows.length;
    rows.push({ kind: 'heading', key: `group-${section.id ?? 'none'}`, section, heading });
    section.cases.forEach((item, at) => rows.push({ kind: 'case', key: `case-${item.id}`, section, heading, item, position: at + 1 }));
  }
  return rows;
}

/** Each case's row. */
export function caseRowIndex<C extends { id: number }>(rows: readonly CaseRow<C>[]): Map<number, number> {
  const index = new Map<number, number>();
  rows.forEach((row, at) => {
    if (row.kind === 'case') index.set(row.item.id, at);
  });
  return index;
}

/**
 * The rows to draw: those in view (ascending, from the virtualiser) and the kept ones wherever
 * they are, in order. A row is kept while its button has the focus or is being dragged: taken
 * out of the page, the focus fell to the page and a drag never ended.
 */
export function withKeptRows(inView: readonly number[], kept: readonly number[]): number[] {
  const extra = kept.filter((index) => !inView.includes(index));
  return extra.length === 0 ? [...inView] : [...new Set([...inView, ...extra])].sort((a, b) => a - b);
}

/**
 * The case `step` cases from the row at `from` (1: the next, -1: the one before), over headings;
 * undefined past either end.
 */
export function caseBeside<C extends { id: number }>(rows: readonly CaseRow<C>[], from: number, step: 1 | -1): C | undefined {
  for (let at = from + step; at >= 0 && at < rows.length; at += step) {
    const row = rows[at]!;
    if (row.kind === 'case') return row.item;
  }
  return undefined;
}
