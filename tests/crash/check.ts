/**
 * Checks a project as a kill left it: it opens through Store.open, SQLite finds it sound, and
 * it holds exactly what was acknowledged — plus, at most, the whole of the one action that
 * was running when the kill came (committed, but killed before it could say so).
 *
 * The check runs on a copy of the project and its WAL, so the next worker recovers the
 * original itself, as the app would after a crash.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../../main/db/store.js';
import { trackedTables } from '../../main/db/tracked-tables.js';
import { describeHistory, explainHistory, sameHistory, type ExpectedProject, type HistoryKind } from './model.js';
import { readAllRows, readHistory, readStepImages, type HistoryEntry, type StepImage } from './rows.mjs';

export interface CheckResult {
  problems: string[];
  /** The running action's step was found committed. */
  inFlightCommitted: boolean;
}

const MAX_LISTED = 10;

export function checkCrashedProject(path: string, scratch: string, expected: ExpectedProject, inFlight: HistoryKind | null): CheckResult {
  const copy = join(scratch, 'check.casecoder');
  for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);

  let store: Store;
  try {
    store = Store.open(copy);
  } catch (error) {
    return { problems: [`Store.open refused the project: ${error instanceof Error ? error.message : String(error)}`], inFlightCommitted: false };
  }
  try {
    const problems: string[] = [];
    const integrity = store.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const orphans = store.db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(orphans.slice(0, MAX_LISTED))}`);
    if (problems.length > 0) return { problems, inFlightCommitted: false };

    const rows = readAllRows(store.db, trackedTables);
    const history = readHistory(store.db);
    const result = compare(store, expected, rows, history, inFlight);
    if (result.problems.length === 0) expected.adopt(rows, history);
    return result;
  } finally {
    store.close();
  }
}

function compare(store: Store, expected: ExpectedProject, rows: Map<string, string>, history: HistoryEntry[], inFlight: HistoryKind | null): CheckResult {
  if (sameHistory(expected.history, history)) {
    return { problems: rowDifferences(expected, rows, new Map(), 'forward'), inFlightCommitted: false };
  }
  const event = inFlight === null ? null : explainHistory(expected.history, history, inFlight);
  if (event === null || event.kind === 'none') {
    const running = inFlight === null ? 'and no action was running' : `nor one '${inFlight}' action past it`;
    return {
      problems: [`undo history ${describeHistory(history)} is not the acknowledged ${describeHistory(expected.history)}, ${running}`],
      inFlightCommitted: false,
    };
  }
  const images = event.id === null ? new Map<string, StepImage>() : readStepImages(store.db, trackedTables, event.id);
  const problems = rowDifferences(expected, rows, images, event.kind === 'undo' ? 'backward' : 'forward');
  return { problems: problems.map((p) => `(the running ${event.kind} committed) ${p}`), inFlightCommitted: true };
}

/**
 * Rows that differ from what was acknowledged. A row the committed running step touched must
 * instead be exactly as that step's log says: before the step as acknowledged, after it now
 * (the other way round for an undo) — the whole step, not a part of it.
 */
function rowDifferences(expected: ExpectedProject, actual: Map<string, string>, touched: Map<string, StepImage>, direction: 'forward' | 'backward'): string[] {
  const problems: string[] = [];
  const keys = new Set([...expected.rows.keys(), ...actual.keys(), ...touched.keys()]);
  const show = (hash: string | null) => (hash === null ? 'absent' : hash.slice(0, 8));
  for (const key of keys) {
    const was = expected.rows.get(key) ?? null;
    const now = actual.get(key) ?? null;
    const image = touched.get(key);
    if (image) {
      const [from, to] = direction === 'forward' ? [image.before, image.after] : [image.after, image.before];
      if (was !== from || now !== to) problems.push(`${key}: the running step took it from ${show(from)} to ${show(to)}, but it was ${show(was)} (${expected.origin(key)}) and is ${show(now)}`);
    } else if (was !== now) {
      problems.push(`${key}: acknowledged ${show(was)} (${expected.origin(key)}), found ${show(now)}`);
    }
    if (problems.length >= MAX_LISTED) break;
  }
  return problems;
}
