/**
 * The record of an import or merge while it runs (migration 013): begun in a transaction of its
 * own before the first file, each file marked in the transaction that brings it in, ended when
 * the work ends. A record still here when a project opens is an import the process died in.
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

/** Records a run of `names` (at most MAX_RUN_FILES), none of them in yet; returns its id. */
export function beginRun(store: WriteStore, kind: ImportRunKind, names: readonly string[]): number {
  if (names.length === 0 || names.length > MAX_RUN_FILES) throw new Error(`a run lists 1 to ${MAX_RUN_FILES} files, not ${names.length}`);
  return store.transaction(() => {
    const runId = Number(store.prepare('INSERT INTO import_run (kind, started_at) VALUES (?, ?)').run(kind, now()).lastInsertRowid);
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

/** The runs recorded in the project, newest first: on opening, those the process died in. */
export function readRuns(store: ReadStore): InterruptedImport[] {
  const runs = store
    .prepare(`SELECT id, kind, started_at FROM import_run ORDER BY id DESC LIMIT ${MAX_RUNS_READ}`)
    .all() as { id: unknown; kind: unknown; started_at: unknown }[];
  const result: InterruptedImport[] = [];
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
    result.push({ id: run.id, kind: run.kind, startedAt: run.started_at.slice(0, 40), files, names });
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
