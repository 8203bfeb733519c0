import type { SegmentPage } from '../../shared/entities.js';
import { pageReadOffIndexes, querySegments as queryPage } from '../db/repos/segments.js';
import { runJob } from '../jobs/run-job.js';
import type { ServiceContext } from './context.js';

/**
 * One page of the coded segments, filtered and sorted in SQL: on this connection when the page
 * is read off the indexes, else (a sort or a search of every segment) in a worker thread, so
 * the app keeps answering meanwhile.
 */
export function querySegments({ store }: ServiceContext, query: Parameters<typeof queryPage>[1]): SegmentPage | Promise<SegmentPage> {
  return pageReadOffIndexes(query) ? queryPage(store, query) : runJob(store, 'segments.query', query);
}
