/**
 * Opening a project file without blocking the calling thread on it (issue 13): the app's main
 * thread must keep serving while a large file's pages are checked (seconds for a file never
 * closed cleanly here) or an older CaseCoder's file is migrated. The session's open and a
 * merge's source both open this way. Beside the write jobs' starter (migrateInWorker), so a read
 * job's thread, which opens its file through Store alone, never loads this.
 */
import { checkProjectFileAsync } from '../db/project-file.js';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.js';
import { Store, type Migrated } from '../db/store.js';
import { migrateInWorker } from './run-write-job.js';

export interface CheckedOpen {
  /** Skip the page check (never the schema's): the file this app last closed cleanly, unchanged since. */
  pagesKnownSound?: boolean;
  /** A merge's source: merge refuses its rows one by one (check-rows.ts), so they are not probed here. */
  rowsCheckedByMerge?: boolean;
  /** Who the migration's history step is by (null: nobody, as for a teammate's file). */
  coderName: string | null;
  /** Runs after each wait; throws to give the open up (a later choice has overtaken it). */
  stillWanted?: () => void;
}

/**
 * Checks the file in its worker, awaited; migrates a file an older CaseCoder wrote on a thread of
 * its own; then opens it, trusting the check just made (project-file.ts, takeJustChecked) or, once
 * our own migration has rewritten it, the pages just checked. `migrated`: what migrating it kept.
 */
export async function openProjectChecked(
  file: string,
  { pagesKnownSound = false, rowsCheckedByMerge = false, coderName, stillWanted = () => {} }: CheckedOpen,
): Promise<{ store: Store; migrated: Migrated | null }> {
  const { version } = await checkProjectFileAsync(file, { pages: !pagesKnownSound, rows: !rowsCheckedByMerge });
  stillWanted();
  const older = version < LATEST_SCHEMA_VERSION;
  const inWorker = older ? await migrateInWorker(file, coderName) : null;
  stillWanted();
  const store = Store.open(file, { pagesKnownSound: pagesKnownSound || older, rowsCheckedByMerge });
  return { store, migrated: inWorker ?? store.migrated };
}
