/**
 * How often the project is snapshotted while editing, which snapshots are kept (tiers: the
 * newest few, then one per day, then one per week) and how much disk they may use.
 */
export interface BackupPolicy {
  /** A periodic snapshot is taken at most this often, and only when the project changed. */
  intervalMs: number;
  /** Snapshots may use at least this many bytes in all… */
  minBudgetBytes: number;
  /** …or this many times the project's size, when that is more. */
  projectSizeFactor: number;
  /** The newest this many distinct states are all kept… */
  keepRecent: number;
  /** …then the newest of each of the last this many days… */
  keepDaily: number;
  /** …then the newest of each of the last this many weeks. */
  keepWeekly: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = {
  intervalMs: 10 * 60 * 1000,
  minBudgetBytes: 50 * 1024 * 1024,
  projectSizeFactor: 3,
  keepRecent: 10,
  keepDaily: 14,
  keepWeekly: 8,
};

export function budgetBytes(policy: BackupPolicy, projectBytes: number): number {
  return Math.max(policy.minBudgetBytes, policy.projectSizeFactor * projectBytes);
}
