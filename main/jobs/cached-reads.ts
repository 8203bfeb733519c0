/**
 * The whole-project lists the app reloads after every change (cases with their counts, the
 * codebook's counts, every document) cost a second or more of a worker's time each on the
 * reference corpus, and the app asks for them again when nothing changed (a coder name set, a
 * second view that lists documents too). That work competes for the CPU with the main thread
 * and the renderer, so each list's last answer is kept per connection under the project's
 * change mark (db/maintenance.ts) and given again while the mark stands; callers that ask
 * while the job runs share it. The segment list's order (services/segment-orders.ts) is kept
 * the same way, under a key saying which list.
 */
import { changeMark } from '../db/maintenance.js';
import type { Store } from '../db/store.js';
import type { JobOutput } from './job-list.js';
import { runJob } from './run-job.js';

export type CachedRead = 'cases.list' | 'codebook.counts' | 'documents.list';

const kept = new WeakMap<Store, Map<string, { key: string; mark: string; value: Promise<unknown> }>>();

export function cachedRead<N extends CachedRead>(store: Store, name: N): Promise<JobOutput<N>> {
  const read = () => runJob(store, name, undefined);
  return keptUnderMark(store, name, '', read) ?? read();
}

/**
 * The last value `read` gave in `slot` for `key`, while the project's change mark stands; else a
 * new read, kept in its place (null `read`: none is made). Null when nothing is kept and nothing
 * read, or for a project with no change mark (one in memory, or inside a transaction).
 */
export function keptUnderMark<T>(store: Store, slot: string, key: string, read: (() => Promise<T>) | null): Promise<T> | null {
  // Read before the job starts: a change committed meanwhile moves the mark, and the next call reads again.
  const mark = changeMark(store);
  if (mark === null) return null;
  let slots = kept.get(store);
  if (!slots) kept.set(store, (slots = new Map()));
  const last = slots.get(slot);
  if (last?.key === key && last.mark === mark) return last.value as Promise<T>;
  if (!read) return null;
  const entry = { key, mark, value: read() };
  slots.set(slot, entry);
  // A failed or cancelled read is not kept: the next call tries again.
  entry.value.catch(() => {
    if (slots.get(slot) === entry) slots.delete(slot);
  });
  return entry.value;
}
