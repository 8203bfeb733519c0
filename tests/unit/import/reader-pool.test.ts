/**
 * Reader threads kept between calls (worker-client.ts through reader-pool.ts, with the built
 * worker entry): one-file calls in turn share a thread, a thread killed for a file is not
 * reused, two calls at once each get one, and an idle thread holds nothing that keeps the
 * process open (the CLI must end as soon as its work is done). Counted, not timed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerThreadsStarted } from '../../../main/import/reader-thread.js';
import { extractDocumentInWorker, readSheetInWorker } from '../../../main/import/worker-client.js';
import { slowRtf, utf8 } from './fixtures.js';

const workerUrl = new URL('../../../dist/main/import/extract-worker.js', import.meta.url);
const read = (name: string) => extractDocumentInWorker(`${name}.txt`, utf8(name), { workerUrl });

describe('reader threads between calls', () => {
  it('serve one-file calls in turn from one thread', async () => {
    // A heap cap no other test file uses: threads are kept per cap, so none is idle yet.
    const cold = { workerUrl, heapMb: 777 };
    const before = readerThreadsStarted();
    for (const name of ['a', 'b', 'c', 'd']) expect(await extractDocumentInWorker(`${name}.txt`, utf8(name), cold)).toMatchObject({ ok: true, document: { text: name } });
    expect(await readSheetInWorker('t.csv', utf8('x\n1\n'), cold)).toMatchObject({ ok: true });
    expect(readerThreadsStarted() - before).toBe(1);
  });

  it('start a new thread after one was killed for a file', async () => {
    await read('warm');
    const before = readerThreadsStarted();
    const slow = await extractDocumentInWorker('slow.rtf', slowRtf(), { workerUrl, timeoutSeconds: 0.05 });
    expect(slow).toMatchObject({ ok: false, refusal: { reason: 'timeout' } });
    expect(await read('next')).toMatchObject({ ok: true });
    expect(readerThreadsStarted() - before).toBe(1);
  });

  it('give two calls at once a thread each, and keep one for the next call', async () => {
    await read('warm');
    const before = readerThreadsStarted();
    expect(await Promise.all([read('x'), read('y')])).toMatchObject([{ ok: true }, { ok: true }]);
    expect(await read('z')).toMatchObject({ ok: true });
    expect(readerThreadsStarted() - before).toBe(1);
  });

  it('leave nothing, thread or timer, that keeps a process from ending once its reads are done', () => {
    // A process of its own (the built client), since the test runner holds timers of its own.
    const script = join(mkdtempSync(join(tmpdir(), 'casecoder-reader-')), 'read.mjs');
    writeFileSync(script, `const { extractDocumentInWorker } = await import(${JSON.stringify(new URL('worker-client.js', workerUrl).href)});
      const result = await extractDocumentInWorker('a.txt', new TextEncoder().encode('a'));
      const holding = process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort' || kind === 'Timeout');
      console.log(JSON.stringify({ ok: result.ok, holding }));`);
    const child = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
    rmSync(dirname(script), { recursive: true });
    expect(JSON.parse(child.stdout)).toEqual({ ok: true, holding: [] });
  });
});
