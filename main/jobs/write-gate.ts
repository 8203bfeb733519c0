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

/** Project files held now, whichever Store object opened them, with the refusal writes get meanwhile. */
const held = new Map<string, () => AppError>();

function projectBusy(): AppError {
  return new AppError('projectBusy', 'An import, merge, deletion or undo is still being written to this project; wait for it to finish or cancel it, then try again');
}

/** The refusal while the backup of a large project as it was opened is written (backup/keeper.ts). */
export function backingUp(): AppError {
  return new AppError('projectBackingUp', 'The project is being backed up as it was opened, which takes a few seconds for a large project; try again in a moment');
}

/**
 * Refuses writes through `store` (and a second write job on its file) with `refusal` until the
 * returned release is called.
 */
export function holdWrites(store: Store, refusal: () => AppError = projectBusy): () => void {
  const holder = held.get(store.path);
  if (holder) throw holder();
  held.set(store.path, refusal);
  const release = store.refuseWrites(refusal);
  return () => {
    release();
    held.delete(store.path);
  };
}
