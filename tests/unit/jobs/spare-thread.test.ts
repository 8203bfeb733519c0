/**
 * A project's open by a command that reads through jobs starts a job thread beside the file's
 * check, so the first job after it (a `casecoder table`) does not wait for a thread to load its modules. The
 * thread reads nothing before a job is given to it, when the file has passed; the first job runs
 * on it, at its lane's priority. Real worker threads, bundled from the sources.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseWorkers, runJob } from '../../../main/jobs/run-job.js';
import { BACKGROUND_NICE_STEP } from '../../../main/jobs/thread-priority.js';
import { Session } from '../../../main/services/session.js';
import { createCase } from '../../../main/services/cases.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { useJobWorkers } from './worker-bundle.js';

useJobWorkers();

let t: TestSession;
afterEach(async () => {
  await releaseWorkers(t.session.context().store.path);
  t.dispose();
});

const threads = () => new Set(readdirSync('/proc/self/task'));
const startedSince = (before: ReadonlySet<string>) => [...threads()].filter((id) => !before.has(id));
const niceOf = (id: string) => {
  const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
};
/** This process's open files that are the project itself (each connection holds one). */
const handlesOn = (file: string) => readdirSync('/proc/self/fd').filter((fd) => {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`) === file;
  } catch {
    return false;
  }
}).length;

/** A project with one case, closed, and a session (told to start a thread, or not: the app's) opening it. */
async function openedProject(options: { jobThreadAhead?: boolean } = {}): Promise<{ file: string; before: ReadonlySet<string> }> {
  t = newTestSession();
  t.session.createProject('spare');
  const file = t.session.context().store.path;
  createCase(t.session.context(), 'P1', null);
  t.session.closeProject();
  t.session = new Session(t.session.settings.paths, options);
  const before = threads();
  await t.session.openProjectAsync(file);
  return { file, before };
}

/** Time for a thread to load, and for the check's thread to end. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 500));

describe.runIf(process.platform === 'linux')('the job thread started while a project opens', () => {
  it('reads nothing until the first job, which runs on it at its lane’s priority', async () => {
    // The connections the session itself holds, once the check's thread has ended.
    const { file } = await openedProject({ jobThreadAhead: false });
    await settled();
    const handles = handlesOn(file);
    t.session.closeProject();
    t.session = new Session(t.session.settings.paths, { jobThreadAhead: true });
    const before = threads();
    await t.session.openProjectAsync(file);
    // Given time to load, the spare holds none more.
    await settled();
    const spare = startedSince(before);
    expect(spare.length).toBeGreaterThan(0);
    expect(handlesOn(file)).toBe(handles);

    expect((await runJob(t.session.context().store, 'cases.list', undefined)).map((c) => c.name)).toEqual(['P1']);
    // No other thread was started for it; the spare has opened the file for it (a connection
    // more), lowered as a background job's thread is.
    expect(startedSince(before)).toEqual(spare);
    expect(handlesOn(file)).toBe(handles + 1);
    const mainNice = Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[16]);
    expect(spare.map(niceOf)).toContain(Math.min(19, mainNice + BACKGROUND_NICE_STEP));
  });

  it('is not started by the app or a command that runs no job, and goes when the project closes', async () => {
    const { file, before } = await openedProject();
    await settled();
    expect(startedSince(before)).toEqual([]);

    // Opened again by a session that starts one: closing the project ends it, unused.
    t.session.closeProject();
    t.session = new Session(t.session.settings.paths, { jobThreadAhead: true });
    await t.session.openProjectAsync(file);
    await expect.poll(() => startedSince(before).length).toBeGreaterThan(0);
    await releaseWorkers(file);
    await expect.poll(() => startedSince(before)).toEqual([]);
  });
});
