/** How often the project is snapshotted while editing, and how much disk its snapshots may use. */
export interface BackupPolicy {
  /** A periodic snapshot is taken at most this often, and only when the project changed. */
  intervalMs: number;
  /** Snapshots may use at least this many bytes in all… */
  minBudgetBytes: number;
  /** …or this many times the project's size, when that is more. */
  projectSizeFactor: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = {
  intervalMs: 10 * 60 * 1000,
  minBudgetBytes: 50 * 1024 * 1024,
  projectSizeFactor: 3,
};

export function budgetBytes(policy: BackupPolicy, projectBytes: number): number {
  return Math.max(policy.minBudgetBytes, policy.projectSizeFactor * projectBytes);
}
