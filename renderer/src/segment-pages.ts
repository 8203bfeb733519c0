/**
 * The segment table's paging and drawing: which rows to draw, which pages to fetch around
 * them, the pages fetched so far, and the rows of the pages being drawn joined into one list
 * that stays the same object while those pages do (so the table's row model, and the rows
 * drawn from it, are rebuilt only when a page in view changes, not on every scrolled frame).
 */

/**
 * The pages holding rows `first`…`last`, plus `ahead` rows past each end: a fast scroll then
 * meets rows already fetched instead of rows still loading.
 */
export function pagesAround(first: number, last: number, total: number, pageSize: number, ahead: number): number[] {
  if (total <= 0) return [];
  const from = Math.floor(Math.max(0, first - ahead) / pageSize);
  const to = Math.floor(Math.min(total - 1, last + ahead) / pageSize);
  const pages: number[] = [];
  for (let page = from; page <= to; page++) pages.push(page);
  return pages;
}

export interface JoinedPages<T> {
  parts: readonly (readonly T[] | undefined)[];
  rows: T[];
}

/** The rows of pages `from`…`to` in order (pages not fetched yet left out); `previous` again if the same pages are joined. */
export function joinPages<T>(pages: ReadonlyMap<number, readonly T[]>, from: number, to: number, previous: JoinedPages<T> | null): JoinedPages<T> {
  const parts: (readonly T[] | undefined)[] = [];
  for (let page = from; page <= to; page++) parts.push(pages.get(page));
  if (previous && previous.parts.length === parts.length && previous.parts.every((part, i) => part === parts[i])) return previous;
  return { parts, rows: parts.flatMap((part) => part ?? []) };
}

/** The pages fetched so far, and for which generation of the query (a new query or a change in the project starts a new one). */
export interface LoadedPages<T> {
  generation: number;
  pages: ReadonlyMap<number, readonly T[]>;
}

/**
 * With one more page fetched, whatever order the answers come in: the first page of a new
 * generation replaces the older generation's pages (shown until then), the others join it.
 */
export function withPage<T>(loaded: LoadedPages<T>, generation: number, page: number, rows: readonly T[]): LoadedPages<T> {
  if (generation < loaded.generation) return loaded;
  const pages = generation === loaded.generation ? new Map(loaded.pages) : new Map<number, readonly T[]>();
  return { generation, pages: pages.set(page, rows) };
}

/**
 * The rows to draw for the visible rows `startIndex`…`endIndex`: at least `overscan` more on
 * each side, from a whole step of `step` rows, and always as many for a given window height.
 * The rows drawn then change only when the view crosses a step, so most scrolled frames change
 * nothing in the page (no rows to build, nothing to lay out); and as the count stays the same,
 * the rows scrolled in can take over the elements of the rows scrolled out.
 */
export function steppedRows(range: { startIndex: number; endIndex: number; overscan: number; count: number }, step: number): number[] {
  if (range.count <= 0) return [];
  const from = Math.max(0, Math.floor((range.startIndex - range.overscan) / step) * step);
  // From `from` (at most a step below the overscan), enough rows to reach the overscan past the end.
  const span = (Math.ceil((range.endIndex - range.startIndex + 1 + 2 * range.overscan) / step) + 1) * step;
  const to = Math.min(range.count - 1, from + span - 1);
  const rows: number[] = [];
  for (let i = from; i <= to; i++) rows.push(i);
  return rows;
}

/**
 * steppedRows counted from the widest view seen (`seen.widest`, which it keeps): the visible
 * range is one row longer at some offsets than at others (a row cut at both edges), and with
 * it, at some, the rows drawn; counted from the widest, as many are drawn at every offset, so a
 * step hands rows from one slot to another and creates or removes none. A range shorter by more
 * than that row is a smaller view (the window made smaller), which is then the widest.
 */
export function steadySteppedRows(range: { startIndex: number; endIndex: number; overscan: number; count: number }, step: number, seen: { widest: number }): number[] {
  const span = range.endIndex - range.startIndex;
  if (span > seen.widest || span < seen.widest - 1) seen.widest = span;
  return steppedRows({ ...range, endIndex: Math.min(range.count - 1, range.startIndex + seen.widest) }, step);
}

/**
 * The drawn rows in the order of their slots (index modulo `slots`, the key each row is drawn
 * under), not of their indexes: the slots' elements then keep their places in the page as the
 * view scrolls (each row is placed by its transform, and says its index in aria-rowindex). In
 * index order the slots scrolled in would move to the other end on every step — removed and
 * inserted again, so styled and laid out anew rather than just given new texts.
 */
export function inSlotOrder<T extends { index: number }>(items: readonly T[], slots: number): T[] {
  return [...items].sort((a, b) => (a.index % slots) - (b.index % slots));
}
