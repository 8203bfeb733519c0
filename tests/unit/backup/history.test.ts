/**
 * Backups keep history: driven through many opens, edits and restores over weeks (with an
 * injected clock), unchanged opens and failed restores add no snapshot, and every state the
 * tiers promise (the newest few, the last of each recent day, the last of each recent week)
 * can still be restored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { listBackups } from '../../../main/backup/folder.js';
import { DEFAULT_BACKUP_POLICY } from '../../../main/backup/policy.js';
import { restoreBackup } from '../../../main/backup/restore.js';
import { calendarDay, calendarWeek } from '../../../main/backup/retention.js';
import { snapshot } from '../../../main/backup/snapshot.js';
import { listCases } from '../../../main/db/repos/cases.js';
import { Store } from '../../../main/db/store.js';
import { caseNames, tempProject, type TempProject } from './project.js';

let p: TempProject;
beforeEach(() => (p = tempProject()));
afterEach(() => p.dispose());

const DAY = 24 * 60 * 60 * 1000;
const start = Date.UTC(2026, 0, 1, 9);
const policy = DEFAULT_BACKUP_POLICY;

describe('backups that keep history', () => {
  it('takes no snapshot when the project has not changed since the last one', () => {
    for (let i = 0; i < 5; i++) snapshot(p.store, 'open', { now: new Date(start + i * 1000) });
    expect(listBackups(p.path)).toHaveLength(1);
    p.addCase('Anna');
    snapshot(p.store, 'periodic', { now: new Date(start + 10_000) });
    snapshot(p.store, 'open', { now: new Date(start + 20_000) });
    expect(listBackups(p.path).map((b) => b.reason)).toEqual(['periodic', 'open']);
  });

  it('a failed restore changes nothing and takes no snapshot', () => {
    p.addCase('Anna');
    const backup = snapshot(p.store, 'manual', { now: new Date(start) }).path;
    p.addCase('Boris');
    const before = listBackups(p.path);
    // Still open here: the restore is refused as the project is in use.
    expect(() => restoreBackup(backup, p.path, { now: new Date(start + 1000) })).toThrowError(expect.objectContaining({ code: 'projectInUse' }));
    expect(listBackups(p.path)).toEqual(before);
    p.store.close();
    expect(caseNames(p.path)).toEqual(['Anna', 'Boris']);
  });

  it('keeps every state the tiers promise through weeks of opens, edits and restores', () => {
    /** Each snapshot taken (not skipped): when, and the cases it holds. */
    const taken: { at: number; cases: string[] }[] = [];
    let store = p.store;
    const cases = () => listCases(store).map((c) => c.name);
    const take = (at: number, reason: 'open' | 'periodic') => {
      const backup = snapshot(store, reason, { now: new Date(at), policy });
      // A skipped snapshot hands back the newest one, taken earlier.
      if (backup.createdAt === new Date(at).toISOString()) taken.push({ at, cases: cases() });
    };
    const open = () => {
      store = Store.open(p.path);
      p.store = store;
    };
    let clock = start;
    let restores = 0;
    for (let day = 0; day < 24; day++) {
      clock = start + day * DAY;
      take(clock, 'open'); // unchanged since yesterday's last snapshot: skipped
      for (let edit = 0; edit < 2; edit++) {
        p.addCase(`Day ${day} case ${edit}`);
        clock += 10 * 60 * 1000;
        take(clock, 'periodic');
      }
      if (day % 5 === 4) {
        // An edit not yet snapshotted, then a restore of a snapshot a few entries back: the
        // replaced state is kept first.
        p.addCase(`Day ${day} unsaved`);
        const replaced = cases();
        const backups = listBackups(p.path);
        const target = backups[Math.min(3, backups.length - 1)]!;
        store.close();
        clock += 60 * 1000;
        restoreBackup(target.path, p.path, { now: new Date(clock), policy });
        taken.push({ at: clock, cases: replaced });
        restores++;
        open();
      }
      // Reopened unchanged the next morning: no new snapshot.
      store.close();
      open();
    }
    expect(restores).toBe(4);
    const now = clock;
    // Each distinct state counts once, at its newest copy (a restore brings an older state back).
    const key = (cases: string[]) => cases.join('|');
    const seenStates = new Set<string>();
    const states = [...taken].sort((x, y) => y.at - x.at).filter((t) => !seenStates.has(key(t.cases)) && seenStates.add(key(t.cases)));
    expect(states.length).toBeLessThan(taken.length);
    const promised = new Set(states.slice(0, policy.keepRecent));
    for (const [period, count] of [[calendarDay, policy.keepDaily], [calendarWeek, policy.keepWeekly]] as const) {
      const periods = new Set<number>();
      for (const state of states) {
        const at = period(state.at);
        if (period(now) - at < count && !periods.has(at)) {
          periods.add(at);
          promised.add(state);
        }
      }
    }
    expect(states.length).toBeGreaterThan(promised.size);
    // Every promised state restores from some snapshot, and nothing beyond them is kept.
    store.close();
    const kept = listBackups(p.path);
    const restorable = new Set(kept.map((backup) => {
      const target = join(p.home, `check-${Date.parse(backup.createdAt)}.casecoder`);
      restoreBackup(backup.path, target);
      return key(caseNames(target));
    }));
    for (const state of promised) expect(restorable, new Date(state.at).toISOString()).toContain(key(state.cases));
    expect(kept.length).toBe(promised.size);
  });
});
