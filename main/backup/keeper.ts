/**
 * Snapshots an open project: once when it opens, then every policy interval if it changed
 * since the last snapshot. A failed snapshot is reported, never thrown: backups must not stop
 * anyone working.
 *
 * Snapshots run as a job on a worker thread with its own read connection (fingerprint and copy
 * take seconds on a large project, and would freeze the app's main thread); only the pruning
 * and listing after it run here. One runs at a time. The snapshot on open must hold the project
 * as it was opened, so writes through the project's Store (and write jobs, and a restore) are
 * refused until it is written (write-gate.ts); a small project is snapshotted on this thread
 * at once instead, as before, since that takes less than starting the thread would.
 * There is no snapshot on close, so none can be cut short by the process exiting; a worker
 * stopped mid-copy leaves only a partial file under another name (snapshot.ts).
 */
import { existsSync } from 'node:fs';
import { AppError } from '../errors.js';
import { changeMark } from '../db/maintenance.js';
import type { Store } from '../db/store.js';
import { runJob } from '../jobs/run-job.js';
import { backingUp, holdWrites } from '../jobs/write-gate.js';
import type { BackupReason } from './folder.js';
import { DEFAULT_BACKUP_POLICY, type BackupPolicy } from './policy.js';
import { projectBytes, recordSnapshot, snapshot } from './snapshot.js';

/**
 * Up to this size (file and WAL) the snapshot on open is taken on the main thread, and no write
 * is ever refused for it: fingerprint and copy run at 40–80 MB/s on a two-core machine (the
 * reference corpus's 250 MB in 3–6 s), so this is 25–50 ms, less than starting a thread.
 */
export const OPEN_ON_MAIN_THREAD_MAX_BYTES = 2 * 1024 * 1024;

export class BackupKeeper {
  private timer: NodeJS.Timeout | undefined;
  private markAtSnapshot: string | null = null;
  /** The snapshot being written in a job, if one is. */
  private running: Promise<void> | null = null;
  /** Lets writes through again once the snapshot on open is written (or the project closes). */
  private releaseWrites: (() => void) | null = null;

  constructor(
    private readonly store: Store,
    private readonly policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
    private readonly onError: (error: AppError) => void = (error) => console.error(error.message),
  ) {}

  /**
   * Starts the snapshot on open (see above) and the periodic ones; `settled()` says when the first
   * is written. `heldBy`: a snapshot that holds the project as it opens (the one just restored),
   * so none is taken on open: a copy of it would push it out of the list as a second copy of
   * one state, and the list would no longer show the snapshot the user restored.
   */
  start(heldBy?: string): void {
    if (heldBy !== undefined && existsSync(heldBy)) {
      this.markAtSnapshot = changeMark(this.store);
    } else if (projectBytes(this.store.path) <= OPEN_ON_MAIN_THREAD_MAX_BYTES) {
      try {
        const mark = changeMark(this.store);
        snapshot(this.store, 'open', { policy: this.policy });
        this.markAtSnapshot = mark;
      } catch (error) {
        this.report(error);
      }
    } else {
      try {
        this.releaseWrites = holdWrites(this.store, backingUp);
      } catch (error) {
        // A write job of an earlier session still writes the file: the snapshot holds its work too.
        this.report(error);
      }
      this.running = this.take('open', changeMark(this.store)).finally(() => {
        this.running = null;
        this.letWritesThrough();
      });
    }
    this.timer = setInterval(() => void this.tick(), this.policy.intervalMs);
    // A pending snapshot must not keep the process alive.
    this.timer.unref();
  }

  /** Starts a periodic snapshot if the project changed and none is being written; settles when it is done. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    const mark = changeMark(this.store);
    // Inside a transaction (null) nothing is taken: the next tick sees the project as it then stands.
    if (mark === null || mark === this.markAtSnapshot) return Promise.resolve();
    this.running = this.take('periodic', mark).finally(() => (this.running = null));
    return this.running;
  }

  /** Settles when no snapshot is being written in a job (the one on open, or a periodic one). */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** The job's thread finishes a snapshot being written; this project's Store is let go at once. */
  stop(): void {
    clearInterval(this.timer);
    this.letWritesThrough();
  }

  private letWritesThrough(): void {
    this.releaseWrites?.();
    this.releaseWrites = null;
  }

  /**
   * `mark` is read before the job starts, so the snapshot holds at least that state; a change
   * committed meanwhile moves the mark again and is taken next time.
   */
  private async take(reason: BackupReason, mark: string | null): Promise<void> {
    const now = new Date();
    try {
      const written = await runJob(this.store, 'backup.snapshot', { reason, at: now.toISOString() });
      // Only the project's path is used from here: it may have been closed meanwhile.
      recordSnapshot(this.store.path, written, { policy: this.policy, now });
      this.markAtSnapshot = mark;
    } catch (error) {
      this.report(error);
    }
  }

  private report(error: unknown): void {
    this.onError(error instanceof AppError ? error : new AppError('backupFailed', `Backup failed: ${String(error)}`));
  }
}
