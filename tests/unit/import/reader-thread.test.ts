/**
 * One reader thread for file after file (the built worker entry, as worker.test.ts uses it):
 * a batch starts one thread; a file that overruns its time or the heap cap is refused with its
 * own reason and the files after it are read in a new thread; cancel refuses the file being
 * read and starts no thread for the rest. Thread starts are counted, not timed.
 */
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importLimits } from '../../../main/import/limits.js';
import { ReaderThread, readerThreadsStarted, type ReadResult, type WorkerJob } from '../../../main/import/reader-thread.js';
import { ballooningDocx, docx, flateBombPage, para, pdf, slowRtf, textPage, utf8 } from './fixtures.js';

const workerUrl = new URL('../../../dist/main/import/extract-worker.js', import.meta.url);
const minute = { timeoutSeconds: 60 };

const document = (fileName: string, bytes: Uint8Array): WorkerJob => ({ kind: 'document', fileName, bytes });
const txt = (name: string) => document(`${name}.txt`, utf8(`Words of ${name}`));
const outcome = (result: ReadResult) => (result.ok ? 'read' : result.refusal.reason);

let reader: ReaderThread;
afterEach(() => reader.close());

/** Reads the jobs in turn, as a batch does; `options` by index override the default minute. */
async function readAll(jobs: WorkerJob[], options: Record<number, Partial<Parameters<ReaderThread['read']>[1]>> = {}) {
  const results: ReadResult[] = [];
  for (const [index, job] of jobs.entries()) results.push(await reader.read(job, { ...minute, ...options[index] }));
  return results;
}

describe('a reader thread', () => {
  it('reads a batch of files of every kind in one thread, each with its own progress', async () => {
    reader = new ReaderThread(workerUrl, importLimits.workerHeapMb);
    const before = readerThreadsStarted();
    const progress: [string, number, number][] = [];
    const jobs = [
      txt('a'),
      document('b.docx', docx(para('Word text'))),
      document('c.pdf', pdf({ pages: [textPage('Page one'), textPage('Page two')] })),
      { kind: 'sheet', fileName: 'd.csv', bytes: utf8('x;y\n1;2\n') } satisfies WorkerJob,
      txt('e'),
    ];
    const results: ReadResult[] = [];
    for (const job of jobs) {
      results.push(await reader.read(job, { ...minute, onProgress: (done, total) => progress.push([job.fileName, done, total]) }));
    }
    expect(readerThreadsStarted() - before).toBe(1);
    expect(results).toMatchObject([
      { ok: true, document: { text: 'Words of a' } },
      { ok: true, document: { text: 'Word text', format: 'docx' } },
      { ok: true, document: { text: 'Page one\nPage two' } },
      { ok: true, sheet: { rows: [['x', 'y'], ['1', '2']] } },
      { ok: true, document: { text: 'Words of e' } },
    ]);
    expect(progress).toEqual([['c.pdf', 1, 2], ['c.pdf', 2, 2]]);
  });

  it('refuses a file that overruns its time in the middle of a batch, and reads the rest in a new thread', async () => {
    reader = new ReaderThread(workerUrl, importLimits.workerHeapMb);
    const before = readerThreadsStarted();
    const results = await readAll([txt('a'), document('slow.rtf', slowRtf()), txt('c'), txt('d')], { 1: { timeoutSeconds: 0.05 } });
    expect(results.map(outcome)).toEqual(['read', 'timeout', 'read', 'read']);
    expect(results[1]).toMatchObject({ refusal: { message: 'slow.rtf: reading it took longer than 0.05 seconds', params: { seconds: 0.05 } } });
    expect(results[2]).toMatchObject({ document: { text: 'Words of c' } });
    expect(readerThreadsStarted() - before).toBe(2);
  });

  it('refuses a file that overruns the heap cap in the middle of a batch, and reads the rest in a new thread', async () => {
    reader = new ReaderThread(workerUrl, 32);
    const before = readerThreadsStarted();
    const results = await readAll([txt('a'), document('huge.docx', ballooningDocx()), document('c.docx', docx(para('After'))), txt('d')]);
    expect(results.map(outcome)).toEqual(['read', 'tooLarge', 'read', 'read']);
    expect(results[1]).toMatchObject({ refusal: { message: 'huge.docx: reading it needed more than 32 MB of memory', params: { limit: 32, unit: 'MB' } } });
    expect(results[2]).toMatchObject({ document: { text: 'After' } });
    expect(readerThreadsStarted() - before).toBe(2);
  }, 30_000);

  it('refuses a file whose reading grows the process past its memory bound within the heap cap, and reads the rest (review-hostile-1207 #4)', async () => {
    // 128 MB of decoded stream, which pdf.js holds in typed arrays outside the heap, against a 64 MB bound.
    reader = new ReaderThread(workerUrl, importLimits.workerHeapMb, 64);
    const warm = document('a.pdf', pdf({ pages: [textPage('Warm')] }));
    const results = await readAll([warm, document('bomb.pdf', pdf({ pages: [flateBombPage(128)], deflated: true })), txt('c')]);
    expect(results.map(outcome)).toEqual(['read', 'tooLarge', 'read']);
    expect(results[1]).toMatchObject({ refusal: { message: 'bomb.pdf: reading it needed more than 64 MB of memory', params: { limit: 64, unit: 'MB' } } });
  }, 30_000);

  it('refuses the file being read when the batch is cancelled, and starts no thread for the rest', async () => {
    reader = new ReaderThread(workerUrl, importLimits.workerHeapMb);
    const controller = new AbortController();
    const signal = controller.signal;
    const before = readerThreadsStarted();
    expect(outcome(await reader.read(txt('a'), { ...minute, signal }))).toBe('read');
    const slow = reader.read(document('slow.rtf', slowRtf()), { ...minute, signal });
    setTimeout(() => controller.abort(), 20);
    expect(await slow).toMatchObject({ ok: false, refusal: { reason: 'cancelled', message: 'slow.rtf: the import was cancelled' } });
    expect(reader.alive).toBe(false);
    expect(outcome(await reader.read(txt('c'), { ...minute, signal }))).toBe('cancelled');
    expect(readerThreadsStarted() - before).toBe(1);
  });

  it('a cancel while a zip is inflated ends the thread by its own exit, not by terminate', async () => {
    // terminate() landing inside node:zlib's constructor aborts the process (jobs/stop-thread.ts).
    reader = new ReaderThread(workerUrl, importLimits.workerHeapMb);
    const posted = vi.spyOn(Worker.prototype, 'postMessage');
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      const controller = new AbortController();
      const large = document('large.docx', docx(Array.from({ length: 3000 }, (_, i) => para(`Paragraph ${i} of a long report`)).join('')));
      const reading = reader.read(large, { ...minute, signal: controller.signal });
      // The thread the file was posted to (threads stopped by earlier tests may still be ending).
      const thread = posted.mock.contexts[0] as Worker;
      const exited = new Promise<number>((resolve) => thread.once('exit', resolve));
      setTimeout(() => controller.abort(), 30);
      expect(await reading).toMatchObject({ ok: false, refusal: { reason: 'cancelled' } });
      expect(await exited).toBe(0);
      expect(terminate.mock.contexts).not.toContain(thread);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('reads one file at a time', async () => {
    reader = new ReaderThread(workerUrl, importLimits.workerHeapMb);
    const first = reader.read(txt('a'), minute);
    expect(() => reader.read(txt('b'), minute)).toThrow(/one file at a time/);
    expect(outcome(await first)).toBe('read');
  });
});
