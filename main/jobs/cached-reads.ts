/**
 * The whole-project lists the app reloads after every change (cases with their counts, the
 * codebook's counts, every document) cost a second or more of a worker's time each on the
 * reference corpus, and the app asks for them again when nothing changed (a coder name set, a
 * second view that lists documents too). That work competes for the CPU with the main thread
 * and the renderer, so each list's last answer is kept per connection under the project's
 * change mark (db/maintenance.ts) and given again while the mark stands; callers that ask
 * while the job runs share it.
 */
import { changeMark } from '../db/maintenance.js';
import type { Store } from '../db/store.js';
import type { JobOutput } from './job-list.js';
import { runJob } from './run-job.js';

export type CachedRead = 'cases.list' | 'codebook.counts' | 'documents.list';

const answers = new WeakMap<Store, Map<CachedRead, { mark: string; value: Promise<unknown> }>>();

export function cachedRead<N extends CachedRead>(store: Store, name: N): Promise<JobOutput<N>> {
  // Read before the job starts: a change committed meanwhile moves the mark, and the next call reads again.
  const mark = changeMark(store);
  if (mark === null) return runJob(store, name, undefined);
  let byName = answers.get(store);
  if (!byName) answers.set(store, (byName = new Map()));
  const kept = byName.get(name);
  if (kept?.mark === mark) return kept.value as Promise<JobOutput<N>>;
  const value = runJob(store, name, undefined);
  const entry = { mark, value };
  byName.set(name, entry);
  // A failed or cancelled read is not kept: the next call tries again.
  value.catch(() => {
    if (byName.get(name) === entry) byName.delete(name);
  });
  return value;
}
