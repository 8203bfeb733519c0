/**
 * What tables are counted from (table-codings.ts: every code's codings, read once along the
 * indexes), kept per connection until the project changes. A case matrix per framework, the
 * cross-tabs of several framework pairs, code × case and co-occurrence of the same filters all
 * read the same codings: the first table pays for the scan of 200,000 of them, each further
 * table reads none (a job's worker thread stays for the next table, run-job.ts).
 */
import { dataVersion, tableCodings, tableCounts, type CodingScope } from '../db/repos/table-codings.js';
import type { ReadStore } from '../db/store.js';

function keptPerVersion<T>(read: (store: ReadStore, scope: CodingScope) => T): (store: ReadStore, scope: CodingScope) => T {
  const kept = new WeakMap<ReadStore, { version: string; scope: string; value: T }>();
  return (store, scope) => {
    // Read before the codings: a change committed in between makes the next call read again.
    const version = dataVersion(store);
    const key = JSON.stringify([scope.caseIds, scope.documentIds ?? [], scope.coders ?? []]);
    const hit = kept.get(store);
    if (hit && hit.version === version && hit.scope === key) return hit.value;
    const value = read(store, scope);
    kept.set(store, { version, scope: key, value });
    return value;
  };
}

/** How many segments of each case carry each code, without the segments: a table of counts. */
export const caseCodeCounts = keptPerVersion(tableCounts);

/** Every coding with its segment's span and case: the tables that keep segments pick their codes' (coded-segments.ts). */
export const everyCoding = keptPerVersion(tableCodings);
