/**
 * The order of a segment list sorted over every segment (by quote, codes, coder, date, …), kept
 * while the project is unchanged, so that the pages scrolled to after the first are read off it.
 * Before, each such page sorted every segment again, 0.2–0.8 s on the reference corpus's 166,815
 * segments, for every page the grid asked while the researcher scrolled. The first page still
 * comes from SQLite's top-N sort, never slower than reading the whole order and, by quote or date,
 * a tenth of it: most lists are never scrolled. The first page past it reads the whole order once,
 * in a worker thread, and each page after that, the first again included, is the order's ids
 * sliced and their rows read by id: a few milliseconds.
 */
import type { segmentOrder } from '../db/repos/segments.js';
import type { Store } from '../db/store.js';
import { keptUnderMark } from '../jobs/cached-reads.js';
import { runJob } from '../jobs/run-job.js';

type OrderQuery = Parameters<typeof segmentOrder>[1];

/** A query's fields that say which page, not which list. */
const PAGING = new Set(['offset', 'limit', 'countTotal', 'afterId']);

/** What picks and orders the segments, whatever page of them is asked for. */
function orderKey(query: OrderQuery): string {
  return JSON.stringify(Object.entries(query).filter(([field, value]) => !PAGING.has(field) && value !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The ids of the segments the query lists, in its order, as kept under the project's change mark
 * (jobs/cached-reads.ts), one list per project (the grid shows one at a time; 0.7 MB of ids for the
 * reference corpus), read again once anything changed; callers asking while it is read share it.
 * `read`: whether to read the order when none is kept (a first page is not worth it: SQLite's
 * top-N sort gives it sooner). Null when none is kept and none is read, or for a project with no
 * change mark (one in memory): the page is read as before.
 */
export function keptOrder(store: Store, query: OrderQuery, read: boolean): Promise<Int32Array> | null {
  return keptUnderMark(store, 'segments.order', orderKey(query), read ? () => runJob(store, 'segments.order', query).then((answer) => answer.ids) : null);
}
