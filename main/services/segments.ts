import type { ListedSegmentPage, NotedCoding, SegmentCoding, SegmentPage } from '../../shared/entities.js';
import { codingsOfSegment, notedCodingsOf, segmentMemoCounts } from '../db/repos/memos.js';
import { targetExists } from '../db/repos/targets.js';
import { pageReadOffIndexes, querySegments as queryPage, segmentRows } from '../db/repos/segments.js';
import type { ReadStore } from '../db/store.js';
import { runJob } from '../jobs/run-job.js';
import { notFound, type ServiceContext } from './context.js';
import { keptOrder } from './segment-orders.js';

/**
 * One page of the coded segments, filtered and sorted in SQL: on this connection when the page
 * is read off the indexes, else (a sort or a search of every segment) in a worker thread, so
 * the app keeps answering meanwhile. Each row says how many memos its segment has, and which of
 * its codings have notes, for their marks.
 */
export function querySegments({ store }: ServiceContext, query: Parameters<typeof queryPage>[1]): ListedSegmentPage | Promise<ListedSegmentPage> {
  if (pageReadOffIndexes(query)) return withMemos(store, queryPage(store, query), query.coder);
  if (query.sort === 'codes' && query.offset < CODES_PAGES_ALONE) {
    // Read sooner alone (repos/segments-by-codes.ts). Past the first page the order is read after
    // it, for the pages further on: begun beside it, it took a second worker's start-up and half
    // the CPU, and the page took 200 ms instead of 30. A failed read of it is only not kept.
    return runJob(store, 'segments.query', query).then((page) => {
      if (query.offset > 0) keptOrder(store, query, true)?.catch(() => {});
      return withMemos(store, page, query.coder);
    });
  }
  // Read off the list's whole order, kept while nothing changes, once a page past the first was asked (segment-orders.ts).
  const order = keptOrder(store, query, query.offset > 0);
  if (order) return order.then((ids) => withMemos(store, pageOf(store, ids, query), query.coder));
  return runJob(store, 'segments.query', query).then((page) => withMemos(store, page, query.coder));
}

/** How far into a list sorted by codes its pages are read alone (30 ms on the reference corpus), not off the whole order (0.4 s). */
const CODES_PAGES_ALONE = 1000;

/** The query's page of the list whose order is `ids`. */
function pageOf(store: ReadStore, ids: Int32Array, query: Parameters<typeof queryPage>[1]): SegmentPage {
  const page = Array.from(ids.subarray(query.offset, query.offset + query.limit));
  return { total: query.countTotal === false ? -1 : ids.length, rows: segmentRows(store, page, query) };
}

/** Listed for one coder, a row shows that coder's codes alone, and so the notes on that coder's codings alone. */
function withMemos(store: ReadStore, page: SegmentPage, coder: string | undefined): ListedSegmentPage {
  const ids = page.rows.map((row) => row.id);
  const counts = segmentMemoCounts(store, ids);
  const noted = new Map<number, NotedCoding[]>();
  for (const { segmentId, ...coding } of notedCodingsOf(store, ids)) {
    if (coder === undefined || coding.coder === coder) noted.set(segmentId, [...(noted.get(segmentId) ?? []), coding]);
  }
  return { total: page.total, rows: page.rows.map((row) => ({ ...row, memoCount: counts.get(row.id) ?? 0, notedCodings: noted.get(row.id) ?? [] })) };
}

/** A segment's codings, each by its code and coder with how many notes it has: the segment list's row menu offers a note on each. */
export function segmentCodings({ store }: ServiceContext, segmentId: number): SegmentCoding[] {
  if (!targetExists(store, 'segment', segmentId)) throw notFound('segment', segmentId);
  return codingsOfSegment(store, segmentId);
}
