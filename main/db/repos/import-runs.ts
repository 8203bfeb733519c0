/**
 * The record of an import or merge while it runs (migration 013): begun in a transaction of its
 * own before the first file, each file marked in the transaction that brings it in, ended when
 * the work ends. A record found when a project opens is an import another process is doing, or
 * one whose process died: each names its owner (migration 015), so that the two are told apart
 * (services/run-owner.ts judges).
 *
 * The rows are read as coming from anyone (a teammate's project file): few runs, few names,
 * each cut to its bound and of the expected type, whatever the file holds.
 */
import { INTERRUPTED_NAMES_SHOWN, MAX_RUN_FILES, importRunKinds, type ImportRunKind, type InterruptedImport } from '../../../shared/entities.js';
import { now } from '../stamps.js';
import type { ReadStore, WriteStore } from '../store.js';

/** A file's name as recorded: the schema's bound, in characters. */
const MAX_NAME_CHARACTERS = 500;
/** Runs read when a project opens: more would be one notice too many, from a file made so. */
const MAX_RUNS_READ = 5;

/** One file of a run, by its place in the list the run began with. */
export interface RunFile {
  runId: number;
  position: number;
}

export type RunFileStatus = 'done' | 'refused';

/**
 * The process doing a run: the computer's name (printable ASCII, at most MAX_HOST_CHARACTERS), the
 * process's id (at most MAX_PID: Node signals no larger one) and when that process started, in
 * milliseconds since 1970, which tells it from a later process given the same id.
 */
export interface RunOwner {
  host: string;
  pid: number;
  started: number;
}

/** The schema's bounds on an owner (migration 015). */
export const MAX_HOST_CHARACTERS = 255;
export const MAX_PID = 2_147_483_647;
const MAX_STARTED = 253_402_300_799_999;

/** A run as recorded: what the notice says of it, and its owner (null in a record from before owners were). */
export type RecordedRun = Omit<InterruptedImport, 'status' | 'host'> & { owner: RunOwner | null };

/**
 * Records a run of `names` (at most MAX_RUN_FILES), none of them in yet, by `owner`; returns its
 * id. A null owner writes a record as CaseCoder did before migration 015 (for tests of those).
 */
export function beginRun(store: WriteStore, kind: ImportRunKind, names: readonly string[], owner: RunOwner | null): number {
  if (names.length === 0 || names.length > MAX_RUN_FILES) throw new Error(`a run lists 1 to ${MAX_RUN_FILES} files, not ${names.length}`);
  return store.transaction(() => {
    const runId = Number(store
      .prepare('INSERT INTO import_run (kind, started_at, owner_host, owner_pid, owner_started) VALUES (?, ?, ?, ?, ?)')
      .run(kind, now(), owner?.host ?? null, owner?.pid ?? null, owner?.started ?? null).lastInsertRowid);
    const insert = store.prepare('INSERT INTO import_run_file (run_id, position, name) VALUES (?, ?, ?)');
    names.forEach((name, position) => insert.run(runId, position, storedName(name)));
    return runId;
  });
}

/**
 * Marks a file of a run as come in or refused. Called inside the transaction that writes the
 * file, so the mark and the file are on disk together or not at all; a run already ended
 * (dismissed meanwhile) has nothing to mark.
 */
export function markRunFile(store: WriteStore, file: RunFile, status: RunFileStatus): void {
  store.transaction(() => {
    store.prepare('UPDATE import_run_file SET status = ? WHERE run_id = ? AND position = ?').run(status, file.runId, file.position);
  });
}

/** Removes a run's record: its work ended (done, cancelled, failed with its message), or its notice was dismissed. */
export function endRun(store: WriteStore, runId: number): void {
  store.transaction(() => {
    // Both, not by the cascade alone: a file from elsewhere may hold files of no run.
    store.prepare('DELETE FROM import_run_file WHERE run_id = ?').run(runId);
    store.prepare('DELETE FROM import_run WHERE id = ?').run(runId);
  });
}

/** The runs recorded in the project (or run `only`), newest first, with their owners: on opening, those still running elsewhere or cut short. */
export function readRuns(store: ReadStore, only?: number): RecordedRun[] {
  const runs = store
    .prepare(`SELECT id, kind, started_at, owner_host, owner_pid, owner_started FROM import_run ${only === undefined ? '' : 'WHERE id = ?'} ORDER BY id DESC LIMIT ${MAX_RUNS_READ}`)
    .all(...(only === undefined ? [] : [only])) as { id: unknown; kind: unknown; started_at: unknown; owner_host: unknown; owner_pid: unknown; owner_started: unknown }[];
  const result: RecordedRun[] = [];
  for (const run of runs) {
    if (typeof run.id !== 'number' || !Number.isSafeInteger(run.id) || !isKind(run.kind) || typeof run.started_at !== 'string') continue;
    const files = { done: 0, refused: 0, pending: 0 };
    const counts = store
      .prepare('SELECT status, count(*) AS n FROM import_run_file WHERE run_id = ? GROUP BY status')
      .all(run.id) as { status: unknown; n: number }[];
    for (const { status, n } of counts) if (isStatus(status)) files[status] = n;
    if (files.done + files.refused + files.pending === 0) continue;
    const names = {
      done: namesOf(store, run.id, 'done'),
      refused: namesOf(store, run.id, 'refused'),
      pending: namesOf(store, run.id, 'pending'),
    };
    result.push({ id: run.id, kind: run.kind, startedAt: run.started_at.slice(0, 40), files, names, owner: ownerOf(run.owner_host, run.owner_pid, run.owner_started) });
  }
  return result;
}

function namesOf(store: ReadStore, runId: number, status: keyof InterruptedImport['files']): string[] {
  const names = store
    .prepare(`SELECT substr(name, 1, ${MAX_NAME_CHARACTERS}) FROM import_run_file WHERE run_id = ? AND status = ? ORDER BY position LIMIT ${INTERRUPTED_NAMES_SHOWN}`)
    .pluck()
    .all(runId, status) as unknown[];
  return names.map((name) => (typeof name === 'string' && name !== '' ? name : '?'));
}

/** An owner within the schema's bounds, else none: a record from before owners were, or a file that breaks them. */
function ownerOf(host: unknown, pid: unknown, started: unknown): RunOwner | null {
  if (typeof host !== 'string' || host.length > MAX_HOST_CHARACTERS || !/^[ -~]+$/.test(host)) return null;
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid < 1 || pid > MAX_PID) return null;
  if (typeof started !== 'number' || !Number.isInteger(started) || started < 0 || started > MAX_STARTED) return null;
  return { host, pid, started };
}

function isKind(value: unknown): value is ImportRunKind {
  return (importRunKinds as readonly unknown[]).includes(value);
}

function isStatus(value: unknown): value is keyof InterruptedImport['files'] {
  return value === 'done' || value === 'refused' || value === 'pending';
}

/** A name as the schema bounds it: at most MAX_NAME_CHARACTERS code points, never empty. */
function storedName(name: string): string {
  const points = Array.from(name);
  return (points.length > MAX_NAME_CHARACTERS ? points.slice(0, MAX_NAME_CHARACTERS).join('') : name) || '?';
}
