import type { SegmentPage } from '../../shared/entities.js';
import { querySegments as queryPage } from '../db/repos/segments.js';
import type { ServiceContext } from './context.js';

/** One page of the coded segments, filtered and sorted in SQL. */
export function querySegments({ store }: ServiceContext, query: Parameters<typeof queryPage>[1]): SegmentPage {
  return queryPage(store, query);
}
