/**
 * The word list, its export and the agreement report run as jobs in real worker threads: the
 * main thread's event loop keeps turning while a large word list is counted, the answers are
 * those the services give in process (the project's stop words read on the job's own
 * connection), and progress goes by document, with a total when it is known.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementReport } from '../../../main/agreement/build-report.js';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { exportTable } from '../../../main/export/index.js';
import { cancelJob, listJobs } from '../../../main/jobs/run-job.js';
import { createCase, createGroup } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { listDocuments } from '../../../main/services/documents.js';
import { pasteText } from '../../../main/services/text-import.js';
import { setStopWords, wordList, wordListTable } from '../../../main/services/words.js';
import { WordListExportRequest, WordListRequest } from '../../../shared/search.js';
import { longestLoopGap } from '../../../bench/loop-gap.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { useJobWorkers } from './worker-bundle.js';

useJobWorkers();

let t: TestSession;
let dispatch: Dispatch;
beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('words');
  dispatch = createDispatch(t.session, () => {});
});
afterEach(() => t.dispose());

const ctx = () => t.session.context();

/** A text of `words` words from a vocabulary of some thousands of Russian forms and a few stop words. */
function text(seed: number, words: number): string {
  const stems = ['город', 'право', 'жизн', 'работ', 'дорог', 'школ', 'власт', 'район', 'улиц', 'семь'];
  const prefixes = ['', 'пере', 'под', 'за', 'вы', 'при', 'до', 'об', 'раз', 'со'];
  const endings = ['', 'а', 'у', 'ом', 'ами', 'ах', 'е', 'и', 'ой', 'ы'];
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    out.push(i % 7 === 0 ? 'и' : prefixes[x % 10]! + stems[(x >> 8) % 10]! + endings[(x >> 16) % 10]!);
  }
  return out.join(' ');
}

/**
 * Documents of `words` words each, spread over the cases given; written as rows, not through
 * pasteText, whose search indexing would take most of the test's time and is not read here.
 */
function addDocuments(caseIds: number[], perCase: number, words: number): void {
  const insert = ctx().store.db.prepare(
    "INSERT INTO document (guid, case_id, name, text, origin, created_at) VALUES (?, ?, ?, ?, '{}', '2026-01-01T00:00:00Z')",
  );
  ctx().store.db.transaction(() => {
    for (const [c, caseId] of caseIds.entries()) {
      for (let d = 0; d < perCase; d++) insert.run(randomUUID(), caseId, `Doc ${c}.${d}`, text(c * 1000 + d + 1, words));
    }
  })();
}

/** The running jobs' names, and the largest totals they reported, while `work` runs. */
async function watchingJobs<T>(work: () => Promise<T>): Promise<{ value: T; names: Set<string>; totals: number[] }> {
  const names = new Set<string>();
  const totals: number[] = [];
  const watch = setInterval(() => {
    for (const job of listJobs()) {
      names.add(job.name);
      totals.push(job.total);
    }
  }, 2);
  try {
    return { value: await work(), names, totals };
  } finally {
    clearInterval(watch);
  }
}

describe('the word list as a job', () => {
  it('keeps the main thread turning while a large list is counted, and counts as the service does in process', async () => {
    const group = createGroup(ctx(), 'City');
    const cases = [createCase(ctx(), 'A', group.id).id, createCase(ctx(), 'B', null).id];
    // 800,000 words: half a second to count in process, even on a fast machine.
    addDocuments(cases, 20, 20_000);
    setStopWords(ctx(), { languages: ['ru'], add: ['города'], remove: ['и'] });

    const request = WordListRequest.parse({ limit: 5000 });
    const inProcessStarted = performance.now();
    const inProcess = wordList(ctx(), request);
    const inProcessMs = performance.now() - inProcessStarted;

    const { value: viaJob, maxBusy, duration } = await longestLoopGap(() => watchingJobs(() => dispatch('words.list', { limit: 5000 })));
    expect(viaJob.value).toEqual({ ok: true, value: inProcess });
    // Long enough that counting on the main thread would show as a block.
    expect(inProcessMs).toBeGreaterThan(100);
    // Far under the list's duration (a loaded two-core machine still pauses now and then).
    expect(maxBusy).toBeLessThan(Math.min(200, duration / 4));
    expect(viaJob.names).toEqual(new Set(['words.list']));
    // Progress by document, out of the 40 the list reads.
    expect(Math.max(...viaJob.totals)).toBe(40);
    // The project's stop words were read on the job's connection: 'и' kept, 'города' left out.
    expect(inProcess.words.map((w) => w.word)).toContain('и');
    expect(inProcess.words.map((w) => w.word)).not.toContain('города');

    const byStem = WordListRequest.parse({ byStem: true, groupId: group.id });
    expect(await dispatch('words.list', { byStem: true, groupId: group.id })).toEqual({ ok: true, value: wordList(ctx(), byStem) });
  }, 60_000);

  it('exports the list the service builds in process', async () => {
    const caseId = createCase(ctx(), 'A', null).id;
    addDocuments([caseId], 3, 2000);
    const input = WordListExportRequest.parse({ request: { limit: 50 }, format: 'csv' });
    const table = wordListTable(wordList(ctx(), input.request), input.labels);
    const content = (await exportTable(table, 'csv')).toString('base64');
    const { value, names } = await watchingJobs(() => dispatch('words.export', input));
    expect(value).toEqual({ ok: true, value: { fileName: 'Word frequencies.csv', content, rowCount: 50 } });
    expect(names).toEqual(new Set(['words.export']));
  });

  it('is cancelled between documents', async () => {
    addDocuments([createCase(ctx(), 'A', null).id], 40, 20_000);
    const answer = dispatch('words.list', {});
    let settled = false;
    void answer.then(() => (settled = true));
    // Cancelled once it has counted a document.
    while (!settled) {
      const [job] = listJobs();
      if (job && job.done > 0) cancelJob(job.id);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(await answer).toMatchObject({ ok: false, error: { code: 'jobCancelled' } });
  }, 30_000);
});

describe('a job stopped by the call it serves (jobs.cancelCall), as a view left stops it', () => {
  it("stops that call's job and no other", async () => {
    addDocuments([createCase(ctx(), 'A', null).id], 40, 20_000);
    const [left, kept] = [randomUUID(), randomUUID()];
    const leftAnswer = dispatch('words.list', {}, left);
    const keptAnswer = dispatch('words.list', {}, kept);
    // The oldest job is the left call's; cancelled once it has counted a document.
    while (!((listJobs()[0]?.done ?? 0) > 0)) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(await dispatch('jobs.cancelCall', { callId: left })).toEqual({ ok: true, value: { ok: true } });
    expect(await leftAnswer).toMatchObject({ ok: false, error: { code: 'jobCancelled' } });
    expect(await keptAnswer).toMatchObject({ ok: true });
  }, 30_000);

  it('stops the job of a call whose cancel came first, as the job starts', async () => {
    addDocuments([createCase(ctx(), 'A', null).id], 2, 100);
    const callId = randomUUID();
    await dispatch('jobs.cancelCall', { callId });
    expect(await dispatch('words.list', {}, callId)).toMatchObject({ ok: false, error: { code: 'jobCancelled' } });
    // Once: the same id's next job, or another call's, runs.
    expect(await dispatch('words.list', {}, callId)).toMatchObject({ ok: true });
  });

  it('refuses a call id that is not a UUID, running nothing', async () => {
    expect(await dispatch('words.list', {}, 'job 1')).toMatchObject({ ok: false, error: { code: 'invalidInput', params: { field: 'callId' } } });
  });
});

describe('the word list\'s progress', () => {
  it('counts the documents of the project, a case or a group, and gives no total for a code\'s quotes', () => {
    const group = createGroup(ctx(), 'City');
    const [a, b, c] = [createCase(ctx(), 'A', group.id).id, createCase(ctx(), 'B', group.id).id, createCase(ctx(), 'C', null).id];
    addDocuments([a, b, c], 2, 10);
    addDocuments([a], 1, 10);
    const calls = (request: WordListRequest) => {
      const seen: [number, number][] = [];
      wordList(ctx(), WordListRequest.parse(request), (done, total) => seen.push([done, total]));
      return seen;
    };
    expect(calls({})).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((done) => [done, 7]));
    expect(calls({ caseId: a }).at(-1)).toEqual([3, 3]);
    expect(calls({ groupId: group.id }).at(-1)).toEqual([5, 5]);

    const documentId = listDocuments(ctx(), c)[0]!.id;
    const positive = findCodeByPath(ctx().store, 'Valence', 'Positive')!.id;
    applyCode(ctx(), { documentId, start: 0, end: 5, codeId: positive });
    expect(calls({ codeId: positive })).toEqual([[0, 0], [1, 0]]);
  });
});

describe('the agreement report as a job', () => {
  it('reports as the service does in process, with progress by document', async () => {
    const caseIds = [createCase(ctx(), 'P1', null).id, createCase(ctx(), 'P2', null).id];
    for (const [i, caseId] of caseIds.entries()) pasteText(ctx(), caseId, `Interview ${i}`, text(i + 1, 200));
    const documents = listDocuments(ctx());
    const code = (name: string) => findCodeByPath(ctx().store, 'Valence', name)!.id;
    for (const coder of ['Ada', 'Boris']) {
      t.session.settings.setCoderName(coder);
      for (const { id } of documents) {
        for (let start = 0; start < 1000; start += coder === 'Ada' ? 40 : 55) {
          applyCode(ctx(), { documentId: id, start, end: start + 30, codeId: code(start % 80 === 0 ? 'Positive' : 'Negative') });
        }
      }
    }
    const request = { coders: ['Ada', 'Boris'] };
    const { value, names } = await watchingJobs(() => dispatch('agreement.report', request));
    const seen: [number, number][] = [];
    expect(value).toEqual({ ok: true, value: agreementReport(ctx().store, request, (done, total) => seen.push([done, total])) });
    expect(names).toEqual(new Set(['agreement.report']));
    expect(seen).toEqual([[0, 2], [1, 2], [2, 2]]);
  });

  it('refuses an overlap that matches no segments or every pair (0, or above 1) before any job runs', async () => {
    for (const overlapThreshold of [0, -0.5, 1.5]) {
      const { value, names } = await watchingJobs(() => dispatch('agreement.report', { coders: ['Ada', 'Boris'], overlapThreshold }));
      expect(value).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
      expect(names).toEqual(new Set());
    }
  });
});
