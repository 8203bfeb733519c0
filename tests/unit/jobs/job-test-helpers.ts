/**
 * What the job tests share: a package of a chosen size, a project's rows compared across runs, a
 * job caught writing, a call through the dispatch that notes which jobs it started, and new
 * projects disposed of after each test.
 */
import type { Dispatch } from '../../../main/api/dispatch.js';
import type { Store } from '../../../main/db/store.js';
import type { Input, Method, Output } from '../../../shared/contract.js';
import { listJobs } from '../../../main/jobs/run-job.js';
import { qdpx, type TestSource } from '../refi/package.js';
import { afterEach } from 'vitest';
import { newTestSession, type TestSession } from '../../helpers/project.js';

const CODES = ['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002'];
const WORDS = 'мы боремся за право на город и the city belongs to everyone қала бәріміздікі '.repeat(20);

/** A package of `sources` documents of `repeat` times WORDS, each with `selections` coded selections. */
export function bigPackage(sources: number, { repeat = 1, selections = 4 } = {}): Buffer {
  const list: TestSource[] = Array.from({ length: sources }, (_, i) => ({
    name: `Interview ${i + 1}`,
    text: `${i}: ${WORDS.repeat(repeat)}`,
    selections: Array.from({ length: selections }, (_, k) => ({ start: 10 + k * 50, end: 40 + k * 50, codeGuid: CODES[k % 2]! })),
  }));
  return qdpx({ codes: [{ guid: CODES[0], name: 'Housing' }, { guid: CODES[1], name: 'Transport' }], sources: list });
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;

/**
 * Every table's rows (the search index's own tables too), sorted, with fresh GUIDs and times
 * (which differ between any two runs) blanked: what two runs that did the same work share.
 */
export function content(store: Store): Record<string, string[]> {
  const tables = store.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const same = (_key: string, value: unknown) =>
    Buffer.isBuffer(value) ? value.toString('hex') : typeof value === 'string' ? value.replace(UUID, 'guid').replace(TIME, 'time') : value;
  return Object.fromEntries(tables.map((table) => [
    table,
    (store.db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).map((row) => JSON.stringify(row, same)).sort(),
  ]));
}

/** Waits until the one running job has reported writing progress (it is inside its transaction). */
export async function whenWriting(): Promise<number> {
  for (;;) {
    const [job] = listJobs();
    if (job && job.done > 0) return job.id;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/**
 * Calls through `dispatch`, failing on a refusal, and notes the jobs running just after the call
 * began (a handler starts its job before it first awaits).
 */
export function callerNotingJobs(dispatch: () => Dispatch) {
  return async <M extends Method>(method: M, input: Input<M>): Promise<{ value: Output<M>; jobs: string[] }> => {
    const answer = dispatch()(method, input);
    const jobs = listJobs().map((job) => job.name);
    const result = await answer;
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return { value: result.value as Output<M>, jobs };
  };
}

/**
 * New projects for the calling test file, alike in every session (same name, same seeded
 * codebook), each disposed of after its test.
 */
export function useProjects(): () => { t: TestSession; store: Store } {
  const sessions: TestSession[] = [];
  afterEach(() => {
    for (const t of sessions.splice(0)) t.dispose();
  });
  return () => {
    const t = newTestSession();
    sessions.push(t);
    t.session.createProject('target');
    return { t, store: t.session.context().store };
  };
}
