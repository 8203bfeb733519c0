/**
 * The worker path: parsers run in a worker thread started from the built entry
 * (dist/main/import/extract-worker.js, made by `npm run build`, which `npm test` runs
 * first), with progress, cancel and a time cap, while the main thread stays free.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { longestLoopGap } from '../../../bench/loop-gap.js';
import { extractDocumentInWorker, readSheetInWorker } from '../../../main/import/worker-client.js';
import { handOver } from '../../../main/jobs/handed-over.js';
import { docx, para, pdf, slowRtf, textPage, utf8 } from './fixtures.js';

const builtDir = new URL('../../../dist/main/import/', import.meta.url);
const workerUrl = new URL('extract-worker.js', builtDir);

describe('extraction in a worker thread', () => {
  it('needs the built worker entry', () => {
    expect(existsSync(fileURLToPath(workerUrl)), 'run npm run build first').toBe(true);
  });

  it('gives the same text as in-process, with progress per PDF page', async () => {
    const word = await extractDocumentInWorker('a.docx', docx(para('Title', 'Heading1') + para('Body')), { workerUrl });
    expect(word).toMatchObject({ ok: true, document: { text: 'Title\nBody', format: 'docx' } });
    const progress: [number, number][] = [];
    const paper = await extractDocumentInWorker('a.pdf', pdf({ pages: [textPage('Page one'), textPage('Page two')] }), {
      workerUrl, onProgress: (done, total) => progress.push([done, total]),
    });
    expect(paper).toMatchObject({ ok: true, document: { text: 'Page one\nPage two' } });
    expect(progress).toEqual([[1, 2], [2, 2]]);
  });

  it('reads tables and passes on a named encoding and refusals', async () => {
    expect(await readSheetInWorker('t.csv', utf8('a;b\n1;2\n'), { workerUrl })).toMatchObject({ ok: true, sheet: { rows: [['a', 'b'], ['1', '2']] } });
    expect(await extractDocumentInWorker('a.txt', utf8('x'), { workerUrl, encoding: 'nope-1' })).toMatchObject({ ok: false, refusal: { reason: 'unknownEncoding' } });
  });

  it('keeps the main thread free while a slow file is read', async () => {
    // The longest wait between two ticks, not their count: on a loaded machine every tick comes
    // late, but only a read on this thread would hold the loop for most of the run (a core taken
    // by another test file for 400 ms is not that).
    const file = handOver(slowRtf());
    const { value: result, maxBusy, duration } = await longestLoopGap(() => extractDocumentInWorker('slow.rtf', file, { workerUrl }), 10);
    expect(result).toMatchObject({ ok: true, document: { text: 'Before\nAfter' } });
    expect(maxBusy).toBeLessThan(duration / 2);
  }, 30_000);

  it("moves a handed-over file's memory to the thread instead of copying it, never memory a file shares", async () => {
    const file = handOver(utf8('x'.repeat(1 << 20)));
    const pooled = handOver(Buffer.from('abc'));
    const whole = utf8('y'.repeat(1 << 20));
    const part = handOver(whole.subarray(0, 10));
    const kept = utf8('z'.repeat(1 << 20));
    for (const [name, bytes] of [['big.txt', file], ['small.txt', pooled], ['part.txt', part], ['kept.txt', kept]] as const) {
      expect(await extractDocumentInWorker(name, bytes, { workerUrl })).toMatchObject({ ok: true });
    }
    expect(file.byteLength).toBe(0);
    expect(pooled.toString()).toBe('abc');
    expect(whole.byteLength).toBe(1 << 20);
    expect(kept.byteLength).toBe(1 << 20);
    // The same array sent again is refused at once, not left to its time cap.
    expect(await extractDocumentInWorker('big.txt', file, { workerUrl, timeoutSeconds: 20 })).toMatchObject({ ok: false, refusal: { reason: 'corrupt' } });
  });

  it('kills a file that takes longer than the time cap', async () => {
    const result = await extractDocumentInWorker('slow.rtf', slowRtf(), { workerUrl, timeoutSeconds: 0.05 });
    expect(result).toMatchObject({ ok: false, refusal: { reason: 'timeout', params: { seconds: 0.05 } } });
  });

  it('stops when the caller cancels', async () => {
    const controller = new AbortController();
    const running = extractDocumentInWorker('slow.rtf', slowRtf(), { workerUrl, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await running).toMatchObject({ ok: false, refusal: { reason: 'cancelled' } });
    controller.abort();
    expect(await extractDocumentInWorker('a.txt', utf8('x'), { workerUrl, signal: controller.signal })).toMatchObject({ ok: false, refusal: { reason: 'cancelled' } });
  });

  it('finds a built worker by itself once built', async () => {
    const built = await import(pathToFileURL(fileURLToPath(new URL('worker-client.js', builtDir))).href) as typeof import('../../../main/import/worker-client.js');
    // A Markdown file: the worker loads markdown-it on first use, as it loads each format's parser.
    expect(await built.extractDocumentInWorker('a.md', utf8('# Title\n'))).toMatchObject({ ok: true, document: { text: 'Title' } });
  });
});
