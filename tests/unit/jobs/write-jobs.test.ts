/**
 * Jobs that write (a REFI-QDA import, a merge) in real worker threads, bundled from the sources:
 * the project ends as an in-process run leaves it; a cancel, a hostile package and a refusal
 * leave it as it was; other writes meanwhile are refused clearly while reads go on; and the
 * main thread's event loop keeps turning while the job works.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { longestLoopGap } from '../../../bench/loop-gap.js';
import { createDispatch } from '../../../main/api/dispatch.js';
import { AppError } from '../../../main/errors.js';
import { cancelJob, listJobs } from '../../../main/jobs/run-job.js';
import { runWriteJob } from '../../../main/jobs/run-write-job.js';
import { backingUp, holdWrites } from '../../../main/jobs/write-gate.js';
import { applyMerge, openRefiMergeSource, planMerge } from '../../../main/merge/merge-file.js';
import { PendingMerges } from '../../../main/merge/pending-merges.js';
import { importRefi } from '../../../main/refi/import.js';
import { Store } from '../../../main/db/store.js';
import { salvageInto } from '../../../main/services/salvage.js';
import { alter, DESTRUCTIVE_TRIGGER, writeProject } from '../db/untrusted-helpers.js';
import { useWorkerFolder } from '../../../main/jobs/worker-scripts.js';
import { useJobWorkers } from './worker-bundle.js';
import { bigPackage, content, useProjects, whenWriting } from './job-test-helpers.js';
import { qdpx } from '../refi/package.js';
import { useFilesOnDisk } from '../../helpers/file-on-disk.js';

const onDisk = useFilesOnDisk();

const workerFolder = useJobWorkers();

const project = useProjects();

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe('write jobs in worker threads', () => {
  it('imports a REFI-QDA package as an in-process import does, as one undoable step', async () => {
    const bytes = bigPackage(30);
    const inProcess = project();
    const expected = await importRefi(inProcess.t.session.context(), 'study.qdpx', bytes);
    const viaJob = project();
    const report = await runWriteJob(viaJob.t.session.context(), 'refi.import', { fileName: 'study.qdpx', path: onDisk('study.qdpx', bytes) });
    expect(report).toEqual(expected);
    expect(content(viaJob.store)).toEqual(content(inProcess.store));
    expect(viaJob.store.prepare("SELECT label FROM history_step WHERE undone = 0").pluck().all()).toEqual(['refi.import']);
    expect(listJobs()).toEqual([]);
  });

  it('applies a merge as an in-process merge does', async () => {
    const base = bigPackage(5);
    const theirs = bigPackage(8);
    const inProcess = project();
    await importRefi(inProcess.t.session.context(), 'base.qdpx', base);
    const source = await openRefiMergeSource('theirs.qdpx', (store) => importRefi({ store, coderName: null }, 'theirs.qdpx', theirs));
    const expected = applyMerge(inProcess.store, source, {});
    source.dispose();

    const viaJob = project();
    await importRefi(viaJob.t.session.context(), 'base.qdpx', base);
    const merges = new PendingMerges();
    // Planning writes the package into a private project by a job too.
    const plan = await merges.plan(viaJob.store, onDisk('theirs.qdpx', theirs), 'theirs.qdpx');
    const applied = await merges.apply(viaJob.store, plan.planId, {});
    expect(applied).toMatchObject(expected);
    // Their first five documents are ours already (same text, same case).
    expect(expected.added.documents).toBe(3);
    // Their GUIDs are kept only where ours do not use them, and both targets hold the same rows.
    expect(content(viaJob.store)).toEqual(content(inProcess.store));
  });

  it('a cancel while the package is parsed stops the thread; nothing is written', async () => {
    const { t, store } = project();
    const before = content(store);
    const job = runWriteJob(t.session.context(), 'refi.import', { fileName: 'study.qdpx', path: onDisk('study.qdpx', bigPackage(200)) });
    for (const { id } of listJobs()) cancelJob(id);
    await expect(job).rejects.toMatchObject({ code: 'jobCancelled' });
    expect(content(store)).toEqual(before);
    expect(listJobs()).toEqual([]);
  });

  it('a cancel while the project is written rolls the step back: same rows, same history', async () => {
    const { t, store } = project();
    const before = content(store);
    const job = runWriteJob(t.session.context(), 'refi.import', { fileName: 'study.qdpx', path: onDisk('study.qdpx', bigPackage(300)) });
    cancelJob(await whenWriting());
    await expect(job).rejects.toMatchObject({ code: 'jobCancelled' });
    expect(content(store)).toEqual(before);
    // The project takes writes again.
    await expect(runWriteJob(t.session.context(), 'refi.import', { fileName: 'small.qdpx', path: onDisk('small.qdpx', bigPackage(2)) })).resolves.toMatchObject({
      created: { documents: 2 },
    });
  });

  it('a cancelled merge leaves the project as it was', async () => {
    const { t, store } = project();
    await importRefi(t.session.context(), 'base.qdpx', bigPackage(3));
    const before = content(store);
    const merges = new PendingMerges();
    const plan = await merges.plan(store, onDisk('theirs.qdpx', bigPackage(300)), 'theirs.qdpx');
    const applied = merges.apply(store, plan.planId, {});
    cancelJob(await whenWriting());
    await expect(applied).rejects.toMatchObject({ code: 'jobCancelled' });
    expect(content(store)).toEqual(before);
  });

  it('a hostile package is refused with its own message and nothing written', async () => {
    const { t, store } = project();
    const before = content(store);
    const error = await errorOf(runWriteJob(t.session.context(), 'refi.import', { fileName: 'junk.qdpx', path: onDisk('junk.qdpx', Buffer.from('PK but not really')) }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'refiNotZip', message: expect.stringMatching(/not a whole REFI-QDA archive/) });
    const dangling = qdpx({ codes: [], sources: [{ name: 'S', text: 'Hello world', selections: [{ start: 0, end: 5, codeGuid: randomUUID() }] }] });
    await expect(runWriteJob(t.session.context(), 'refi.import', { fileName: 'dangling.qdpx', path: onDisk('dangling.qdpx', dangling) })).rejects.toMatchObject({
      code: 'refiDanglingReference',
    });
    expect(content(store)).toEqual(before);
  });

  it('other writes through the dispatch are refused clearly while a job writes; reads go on', async () => {
    const { t, store } = project();
    const dispatch = createDispatch(t.session, () => {});
    const imported = dispatch('refi.import', { path: onDisk('study.qdpx', bigPackage(300)) });
    await whenWriting();
    const write = await dispatch('cases.create', { name: 'Meanwhile' });
    expect(write).toMatchObject({ ok: false, error: { code: 'projectBusy', message: expect.stringMatching(/still being written/) } });
    expect(await dispatch('history.undo', {})).toMatchObject({ ok: false, error: { code: 'projectBusy' } });
    // Restoring a snapshot would replace the file under the job: refused before anything is closed.
    expect(await dispatch('backups.restore', { path: join(t.home, 'any.casecoder') })).toMatchObject({ ok: false, error: { code: 'projectBusy' } });
    const second = await dispatch('refi.import', { path: onDisk('again.qdpx', bigPackage(1)) });
    expect(second).toMatchObject({ ok: false, error: { code: 'projectBusy' } });
    // A read is answered meanwhile; whether it sees the import depends on whether the job has committed yet.
    const meanwhile = (await dispatch('cases.list', {})) as { ok: boolean; value: unknown[] };
    expect(meanwhile.ok).toBe(true);
    expect([0, 300]).toContain(meanwhile.value.length);
    expect(await imported).toMatchObject({ ok: true, value: { created: { documents: 300 } } });
    // Done: the main connection sees the job's work and writes again.
    expect((await dispatch('cases.list', {})) as { value: unknown[] }).toMatchObject({ ok: true });
    expect(((await dispatch('cases.list', {})) as { value: unknown[] }).value).toHaveLength(300);
    expect(await dispatch('cases.create', { name: 'Afterwards' })).toMatchObject({ ok: true });
    expect(await dispatch('history.undo', {})).toMatchObject({ ok: true, value: { undoLabel: 'refi.import' } });
    expect(store.prepare('SELECT count(*) FROM document').pluck().get()).toBe(300);
  });

  it('plans a merge in a job, as an in-process plan does', async () => {
    const base = bigPackage(5);
    const theirs = bigPackage(8);
    const inProcess = project();
    await importRefi(inProcess.t.session.context(), 'base.qdpx', base);
    const source = await openRefiMergeSource('theirs.qdpx', (store) => importRefi({ store, coderName: null }, 'theirs.qdpx', theirs));
    const expected = planMerge(inProcess.store, source.store.reader);
    source.dispose();

    const viaJob = project();
    await importRefi(viaJob.t.session.context(), 'base.qdpx', base);
    const seen = new Set<string>();
    const watch = setInterval(() => listJobs().forEach((job) => seen.add(job.name)), 1);
    try {
      const { planId, source: name, ...plan } = await new PendingMerges().plan(viaJob.store, onDisk('theirs.qdpx', theirs), 'theirs.qdpx');
      expect(plan).toEqual(expected);
      expect(name).toBe('theirs.qdpx');
      expect(planId).toBeTruthy();
    } finally {
      clearInterval(watch);
    }
    // Reading both projects runs as a job of its own, after the package's import into its private project.
    expect(seen).toContain('merge.plan');
  });

  it('a merge refused while writes are held keeps its plan, applied once they are let through', async () => {
    const { t, store } = project();
    await importRefi(t.session.context(), 'base.qdpx', bigPackage(3));
    const merges = new PendingMerges();
    const { planId } = await merges.plan(store, onDisk('theirs.qdpx', bigPackage(5)), 'theirs.qdpx');
    const release = holdWrites(store, backingUp);
    await expect(merges.apply(store, planId, {})).rejects.toMatchObject({ code: 'projectBackingUp' });
    release();
    await expect(merges.apply(store, planId, {})).resolves.toMatchObject({ planId });
    merges.clear();
  });

  it('salvages an altered project in a write job, as in process; a cancel leaves no half-made project', async () => {
    const { t } = project();
    const altered = writeProject(t.session, 'study');
    t.session.closeProject();
    alter(altered, DESTRUCTIVE_TRIGGER);
    const folder = dirname(altered);
    const salvaged = salvageInto(altered, join(folder, 'job.casecoder'), 'study');
    expect(listJobs().map((job) => job.name)).toEqual(['project.salvage']);
    const viaThread = await salvaged;
    // The same salvage without the built threads runs in process.
    useWorkerFolder(null);
    const inProcess = await salvageInto(altered, join(folder, 'inline.casecoder'), 'study').finally(() => useWorkerFolder(workerFolder()));
    expect(viaThread).toEqual(inProcess);
    expect(viaThread.added.codings).toBe(1);
    const [viaJob, inline] = [Store.open(join(folder, 'job.casecoder')), Store.open(join(folder, 'inline.casecoder'))];
    expect(content(viaJob)).toEqual(content(inline));
    viaJob.close();
    inline.close();

    const cancelled = salvageInto(altered, join(folder, 'cancelled.casecoder'), 'study');
    cancelJob(listJobs()[0]!.id);
    expect(await errorOf(cancelled)).toMatchObject({ code: 'jobCancelled' });
    expect(existsSync(join(folder, 'cancelled.casecoder'))).toBe(false);
  });

  it("keeps the main thread's event loop turning while a large package is imported", async () => {
    const { t } = project();
    // 18,000 codings: parsed and written inline, the work blocks for seconds (9,000 now import in
    // under a second, parsed and written in two threads at once).
    const bytes = bigPackage(120, { repeat: 8, selections: 150 });
    const { maxBusy, duration } = await longestLoopGap(() => runWriteJob(t.session.context(), 'refi.import', { fileName: 'study.qdpx', path: onDisk('study.qdpx', bytes) }));
    expect(duration).toBeGreaterThan(1000);
    // Far under the import's duration (a loaded two-core machine still pauses now and then).
    expect(maxBusy).toBeLessThan(Math.min(500, duration / 4));
  });
});
