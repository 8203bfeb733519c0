/**
 * Snapshots an open project: once when it opens, then every policy interval if it changed
 * since the last snapshot. A failed snapshot is reported, never thrown: backups must not stop
 * anyone working.
 *
 * The periodic snapshot runs as a job on a worker thread with its own read connection
 * (fingerprint and copy take seconds on a large project, and would freeze the app's main
 * thread); only the pruning and listing after it run here. One runs at a time. The snapshot on
 * open stays on this thread: it is part of opening, and a thread still copying the project
 * would hold a connection that makes an immediate restore refuse the project as in use.
 * There is no snapshot on close, so none can be cut short by the process exiting; a worker
 * stopped mid-copy leaves only a partial file under another name (snapshot.ts).
 */
import { AppError } from '../errors.js';
import { changeMark } from '../db/maintenance.js';
import type { Store } from '../db/store.js';
import { runJob } from '../jobs/run-job.js';
import { DEFAULT_BACKUP_POLICY, type BackupPolicy } from './policy.js';
import { recordSnapshot, snapshot } from './snapshot.js';

export class BackupKeeper {
  private timer: NodeJS.Timeout | undefined;
  private markAtSnapshot: string | null = null;
  /** The periodic snapshot being written, if one is. */
  private running: Promise<void> | null = null;

  constructor(
    private readonly store: Store,
    private readonly policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
    private readonly onError: (error: AppError) => void = (error) => console.error(error.message),
  ) {}

  start(): void {
    try {
      const mark = changeMark(this.store);
      snapshot(this.store, 'open', { policy: this.policy });
      this.markAtSnapshot = mark;
    } catch (error) {
      this.report(error);
    }
    this.timer = setInterval(() => void this.tick(), this.policy.intervalMs);
    // A pending snapshot must not keep the process alive.
    this.timer.unref();
  }

  /** Starts a periodic snapshot if the project changed and none is being written; settles when it is done. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    const mark = changeMark(this.store);
    if (mark === this.markAtSnapshot) return Promise.resolve();
    this.running = this.takePeriodic(mark).finally(() => (this.running = null));
    return this.running;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /**
   * `mark` is read before the job starts, so the snapshot holds at least that state; a change
   * committed meanwhile moves the mark again and is taken next time.
   */
  private async takePeriodic(mark: string): Promise<void> {
    const now = new Date();
    try {
      const written = await runJob(this.store, 'backup.snapshot', { reason: 'periodic', at: now.toISOString() });
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
