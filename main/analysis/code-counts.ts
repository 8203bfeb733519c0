/**
 * Every code's counts by case (table-codings.ts: every coding read once, counted as read), kept
 * per connection until the project changes. A case matrix per framework and code × case tables
 * read the same counts: the first table pays for the scan of 200,000 codings, each further
 * table or framework of the same filters reads none (a job's worker thread stays for the next
 * table, run-job.ts).
 */
import { dataVersion, tableCounts, type CodeCounts, type CodingScope } from '../db/repos/table-codings.js';
import type { ReadStore } from '../db/store.js';

const kept = new WeakMap<ReadStore, { version: string; scope: string; counts: CodeCounts }>();

export function caseCodeCounts(store: ReadStore, scope: Omit<CodingScope, 'codeIds'>): CodeCounts {
  // Read before the counts: a change committed in between makes the next call count again.
  const version = dataVersion(store);
  const key = JSON.stringify([scope.caseIds, scope.documentIds ?? [], scope.coders ?? []]);
  const hit = kept.get(store);
  if (hit && hit.version === version && hit.scope === key) return hit.counts;
  const counts = tableCounts(store, scope);
  kept.set(store, { version, scope: key, counts });
  return counts;
}
