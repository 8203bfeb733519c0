/**
 * While a job writes a project from its worker thread, the main process must not write to it:
 * the worker holds SQLite's write lock for its whole step, and a write here would block the
 * event loop for the connection's busy timeout and then fail as SQLITE_BUSY, which reaches the
 * user as "Something went wrong". Every user action writes through Store.transaction (undo and
 * redo too), and restoring a backup asks Store.assertWritable first, so that Store refuses them
 * with a clear message until the job ends. Reads go on meanwhile (WAL), and see the job's work
 * once it commits.
 */
import type { Store } from '../db/store.js';
import { AppError } from '../errors.js';

/** Project files a job is writing now, whichever Store object opened them. */
const writing = new Set<string>();

function projectBusy(): AppError {
  return new AppError('projectBusy', 'An import or merge is still being written to this project; wait for it to finish or cancel it, then try again');
}

/** Refuses writes through `store` (and a second write job on its file) until the returned release is called. */
export function holdWrites(store: Store): () => void {
  if (writing.has(store.path)) throw projectBusy();
  writing.add(store.path);
  const release = store.refuseWrites(projectBusy);
  return () => {
    release();
    writing.delete(store.path);
  };
}
