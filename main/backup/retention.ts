/**
 * Which snapshots to keep. Each distinct state of the project counts once: an older copy of the
 * state a newer snapshot also holds goes first, as it is not the only copy. Of the distinct
 * states, the tiers keep the newest few, then the newest of each recent day, then of each recent
 * week; should those exceed the size budget, the oldest kept go until they fit, never the newest.
 * Days and weeks are calendar ones (UTC; weeks from Monday), so the snapshot a tier keeps stays
 * the one it keeps as time passes: a relative window would keep one today and drop it tomorrow
 * for a neighbour already deleted.
 */
import type { StoredBackup } from './folder.js';
import type { BackupPolicy } from './policy.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The paths to delete from `backups` (newest first) at `now`. */
export function backupsToDelete(backups: StoredBackup[], now: Date, policy: BackupPolicy, budget: number): string[] {
  const seen = new Set<string>();
  const states = backups.filter((b) => {
    if (b.fingerprint === null) return true;
    if (seen.has(b.fingerprint)) return false;
    seen.add(b.fingerprint);
    return true;
  });
  const kept = new Set<StoredBackup>(states.slice(0, Math.max(1, policy.keepRecent)));
  const keepNewestPer = (period: (ms: number) => number, periods: number) => {
    const taken = new Set<number>();
    for (const state of states) {
      const at = period(Date.parse(state.createdAt));
      if (period(now.getTime()) - at >= periods || taken.has(at)) continue;
      taken.add(at);
      kept.add(state);
    }
  };
  keepNewestPer(calendarDay, policy.keepDaily);
  keepNewestPer(calendarWeek, policy.keepWeekly);
  const inOrder = states.filter((s) => kept.has(s));
  let total = inOrder.reduce((sum, s) => sum + s.bytes, 0);
  while (total > budget && inOrder.length > 1) total -= inOrder.pop()!.bytes;
  const keep = new Set(inOrder);
  return backups.filter((b) => !keep.has(b)).map((b) => b.path);
}

/** The UTC calendar day of a time, counted from 1970-01-01. */
export function calendarDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** The calendar week (Monday to Sunday, UTC) of a time; 1970-01-01 was a Thursday. */
export function calendarWeek(ms: number): number {
  return Math.floor((calendarDay(ms) + 3) / 7);
}
