/**
 * Checks a project file's schema and soundness in a worker thread, with a time limit, before
 * any connection of ours uses it: SQLite's guidance for untrusted files
 * (https://www.sqlite.org/security.html, "Untrusted SQLite Database Files") is to verify the
 * schema and run `PRAGMA quick_check` first, and to bound what a foreign file may cost.
 * better-sqlite3 has no progress handler or interrupt, so the bound is a thread the caller
 * stops waiting for.
 *
 * The worker opens the file read-only (it is never written, so a refused file is untouched),
 * compares sqlite_schema with CaseCoder's own at the file's version (schema-check.ts), and
 * only then runs quick_check, the CHECK probes (check-probes.ts) and the probes for data
 * CaseCoder never writes (row-probes.ts): the constraints and index expressions they evaluate are ours.
 * quick_check reads every page (seconds for a large project), so a caller that knows the pages
 * sound (the very file it last closed cleanly, or one its own process has open) skips it; the
 * schema is compared every time.
 *
 * Two ways to wait for the one worker: checkFileInWorker blocks (Atomics.wait, then
 * receiveMessageOnPort) for start-up paths and tools that open synchronously;
 * checkFileInWorkerAsync awaits its message, so the app's main thread keeps serving while a
 * large file is read (issue 13: no main-thread block over 50 ms). The worker's source is inline
 * so the same code runs from the TypeScript sources (tests) and the built files.
 */
import { statSync } from 'node:fs';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { RowProblem } from './row-probes.js';
import { allCheckProbes, allExpectedSchemaKeys, allRowProbes } from './schema-check.js';
import { HARDENING_PRAGMAS, sqliteModule } from './sqlite.js';

export type FileCheck =
  | { kind: 'ok'; version: number }
  | { kind: 'altered'; version: number; unexpected: string[]; missing: string[] }
  /** Sound pages and schema, but a row CaseCoder never writes (row-probes.ts): the first probe that found one. */
  | { kind: 'unexpected'; version: number; why: RowProblem; table: string; limit?: number }
  /** `code` is SQLite's when it refused to read the file at all (SQLITE_CANTOPEN, …). */
  | { kind: 'damaged'; detail: string; code?: string }
  | { kind: 'timeout'; seconds: number };

/** A fixed allowance plus one second per 20 MB read: quick_check reads every page once. */
export function checkSeconds(bytes: number): number {
  return 15 + Math.ceil(bytes / 20_000_000);
}

export interface FileCheckOptions {
  /** Run quick_check over every page (default); false compares the schema only. */
  pages?: boolean;
  /**
   * With the pages, look for rows CaseCoder never writes (default). False for a merge's source,
   * whose every row merge's own checks judge one by one (merge/check-rows.ts).
   */
  rows?: boolean;
  seconds?: number;
  /** For tests only (it decides which schemas pass): every version's expected keys, asked for once the thread is starting. Default allExpectedSchemaKeys. */
  expected?: () => (readonly string[])[];
}

export function checkFileInWorker(path: string, options: FileCheckOptions = {}): FileCheck {
  const check = startCheck(path, options);
  try {
    const waited = Atomics.wait(check.signal, ANSWERED, 0, check.seconds * 1000);
    return answer(receiveMessageOnPort(check.port)?.message, waited === 'timed-out', check.seconds);
  } finally {
    check.stop();
  }
}

/** The same check, awaited: the caller's event loop keeps turning while the worker reads. */
export function checkFileInWorkerAsync(path: string, options: FileCheckOptions = {}): Promise<FileCheck> {
  const check = startCheck(path, options);
  return new Promise<FileCheck>((resolve) => {
    let settled = false;
    const settle = (message: unknown, timedOut: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      check.stop();
      resolve(answer(message, timedOut, check.seconds));
    };
    const timer = setTimeout(() => settle(receiveMessageOnPort(check.port)?.message, true), check.seconds * 1000);
    check.port.once('message', (message: unknown) => settle(message, false));
    // A worker that dies (out of memory) sends nothing: its exit ends the wait without one.
    check.worker.once('exit', () => settle(receiveMessageOnPort(check.port)?.message, false));
  });
}

interface RunningCheck {
  worker: Worker;
  /** Where the worker's one answer arrives. */
  port: MessagePort;
  /** Slot ANSWERED is set to 1 by the worker once it has answered (for Atomics.wait). */
  signal: Int32Array;
  seconds: number;
  /** Stops the worker and closes the port; later calls do nothing. */
  stop(): void;
}

/** Slots of the signal: the worker has answered; the caller has posted the expected schema. */
const ANSWERED = 0;
const EXPECTED = 1;

function startCheck(path: string, { pages = true, rows = true, seconds = checkSeconds(fileSize(path)), expected = allExpectedSchemaKeys }: FileCheckOptions): RunningCheck {
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const { modulePath, nativeBinding } = sqliteModule();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    // The source is CommonJS: a parent started with --input-type=module must not pass that on.
    execArgv: [],
    workerData: { path, pages, rows, modulePath, nativeBinding, pragmas: HARDENING_PRAGMAS, signal, slots: { ANSWERED, EXPECTED }, port: port2 },
    transferList: [port2],
    // The worker holds a few schema rows; the cap keeps a hostile schema from growing the heap.
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
  // A worker that dies (out of memory) sends nothing: the awaited check ends at its exit, the blocking one at the time limit.
  worker.on('error', () => {});
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    port1.close();
    // A worker stuck inside SQLite finishes that statement before it stops; nothing waits for it.
    void worker.terminate();
    worker.unref();
  };
  // The expected schema is made while the thread starts, not before: the first open in a
  // process runs every migration on an in-memory database for it (~30 ms), and a thread takes
  // longer than that to start. The thread opens the file, then waits for it.
  try {
    port1.postMessage({ keys: expected(), probes: allCheckProbes(), rows: allRowProbes() });
  } catch (error) {
    stop();
    throw error;
  }
  Atomics.store(signal, EXPECTED, 1);
  Atomics.notify(signal, EXPECTED);
  return { worker, port: port1, signal, seconds, stop };
}

/** What the worker's message (if any came) says of the file. */
function answer(message: unknown, timedOut: boolean, seconds: number): FileCheck {
  if (message === undefined && timedOut) return { kind: 'timeout', seconds };
  return (message as FileCheck | undefined) ?? { kind: 'damaged', detail: 'the check stopped without an answer' };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size + walSize(path);
  } catch {
    return 0;
  }
}

function walSize(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}

/** CommonJS run by the worker; the keys' form is schemaKey's in schema-check.ts. */
const WORKER_SOURCE = String.raw`
const { receiveMessageOnPort, workerData } = require('node:worker_threads');
const { path, pages, rows, modulePath, nativeBinding, pragmas, signal, slots, port } = workerData;
/** Every version's expected keys, CHECK probes and row probes, which the caller posts while this thread starts (slot EXPECTED of the signal). */
function expectedSchemas() {
  // The caller posts them at once or stops this thread; the bound only keeps a thread from waiting forever.
  Atomics.wait(signal, slots.EXPECTED, 0, 60000);
  const posted = receiveMessageOnPort(port);
  if (!posted) throw new Error('the expected schema never arrived');
  return posted.message;
}
const key = (row) => [row.type, row.name, row.tbl_name, row.sql === null ? '' : row.sql.replace(/\s+/g, ' ').trim()].join('\u0000');
function check() {
  const Database = require(modulePath);
  const db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    for (const pragma of pragmas) db.pragma(pragma);
    const version = db.pragma('user_version', { simple: true });
    const schemas = expectedSchemas();
    const want = schemas.keys[version];
    if (!want) return { kind: 'damaged', detail: 'unknown schema version ' + version };
    // One row at a time, stopping after a few strangers: a schema of a million rows costs no memory.
    const wanted = new Set(want);
    const seen = new Set();
    const unexpected = [];
    for (const row of db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').iterate()) {
      const k = key(row);
      if (wanted.has(k)) seen.add(k);
      else if (unexpected.push(k) >= 20) break;
    }
    const missing = unexpected.length > 0 ? [] : want.filter((k) => !seen.has(k));
    if (unexpected.length > 0 || missing.length > 0) return { kind: 'altered', version, unexpected, missing };
    if (pages) {
      const problems = db.pragma('quick_check(1)', { simple: true });
      if (problems !== 'ok') return { kind: 'damaged', detail: String(problems) };
      // quick_check leaves CHECK constraints unverified on a read-only connection (check-probes.ts).
      for (const probe of schemas.probes[version]) {
        if (db.prepare(probe.sql).get() !== undefined) return { kind: 'damaged', detail: 'CHECK constraint failed in ' + probe.table };
      }
      for (const probe of rows ? schemas.rows[version] : []) {
        if (db.prepare(probe.sql).get() !== undefined) return { kind: 'unexpected', version, why: probe.why, table: probe.table, limit: probe.limit };
      }
    }
    return { kind: 'ok', version };
  } finally {
    db.close();
  }
}
/**
 * SQLite makes a WAL-mode file's log and its index beside it even for a read-only connection, and
 * leaves them. A refused file is never opened again, so what the check alone made goes: those of
 * the two that were not there before, the log still empty (a log with frames has another writer).
 */
const { existsSync, statSync, unlinkSync } = require('node:fs');
const made = ['-wal', '-shm'].filter((suffix) => !existsSync(path + suffix));
function removeWhatTheCheckMade() {
  try {
    if (made.includes('-wal') && existsSync(path + '-wal') && statSync(path + '-wal').size > 0) return;
    for (const suffix of made) if (existsSync(path + suffix)) unlinkSync(path + suffix);
  } catch {
    // A folder that refuses the removal keeps them, as it was before this.
  }
}
let result;
try {
  result = check();
} catch (error) {
  result = { kind: 'damaged', detail: error && error.message ? error.message : String(error), code: error && typeof error.code === 'string' ? error.code : undefined };
}
if (result.kind !== 'ok') removeWhatTheCheckMade();
port.postMessage(result);
Atomics.store(signal, slots.ANSWERED, 1);
Atomics.notify(signal, slots.ANSWERED);
`;
