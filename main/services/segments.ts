import type { ListedSegmentPage, SegmentPage } from '../../shared/entities.js';
import { segmentMemoCounts } from '../db/repos/memos.js';
import { pageReadOffIndexes, querySegments as queryPage } from '../db/repos/segments.js';
import type { ReadStore } from '../db/store.js';
import { runJob } from '../jobs/run-job.js';
import type { ServiceContext } from './context.js';

/**
 * One page of the coded segments, filtered and sorted in SQL: on this connection when the page
 * is read off the indexes, else (a sort or a search of every segment) in a worker thread, so
 * the app keeps answering meanwhile. Each row says how many memos its segment has, for its mark.
 */
export function querySegments({ store }: ServiceContext, query: Parameters<typeof queryPage>[1]): ListedSegmentPage | Promise<ListedSegmentPage> {
  if (pageReadOffIndexes(query)) return withMemoCounts(store, queryPage(store, query));
  return runJob(store, 'segments.query', query).then((page) => withMemoCounts(store, page));
}

function withMemoCounts(store: ReadStore, page: SegmentPage): ListedSegmentPage {
  const counts = segmentMemoCounts(store, page.rows.map((row) => row.id));
  return { total: page.total, rows: page.rows.map((row) => ({ ...row, memoCount: counts.get(row.id) ?? 0 })) };
}
