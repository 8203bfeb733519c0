/**
 * Snapshots an open project: once when it opens, then every policy interval if it changed
 * since the last snapshot. A failed snapshot is reported, never thrown: backups must not stop
 * anyone working.
 */
import { AppError } from '../errors.js';
import { changeMark } from '../db/maintenance.js';
import type { Store } from '../db/store.js';
import type { BackupReason } from './folder.js';
import { DEFAULT_BACKUP_POLICY, type BackupPolicy } from './policy.js';
import { snapshot } from './snapshot.js';

export class BackupKeeper {
  private timer: NodeJS.Timeout | undefined;
  private markAtSnapshot: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
    private readonly onError: (error: AppError) => void = (error) => console.error(error.message),
  ) {}

  start(): void {
    this.take('open');
    this.timer = setInterval(() => this.tick(), this.policy.intervalMs);
    // A pending snapshot must not keep the process alive.
    this.timer.unref();
  }

  tick(): void {
    if (changeMark(this.store) !== this.markAtSnapshot) this.take('periodic');
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private take(reason: BackupReason): void {
    try {
      snapshot(this.store, reason, { policy: this.policy });
      this.markAtSnapshot = changeMark(this.store);
    } catch (error) {
      this.onError(error instanceof AppError ? error : new AppError('backupFailed', `Backup failed: ${String(error)}`));
    }
  }
}
