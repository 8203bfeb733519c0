/**
 * Search as the app runs it (every hit counted), the autocode preview, and autocoding thousands
 * of hits run as jobs in real worker threads: the answers are those the services give in process
 * (prefix search included, which reads the index's vocabulary on the job's own connection), the
 * main thread keeps turning, and a cancelled autocode leaves the project as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch.js';
import { historyState } from '../../../main/db/history.js';
import { passedResultJson } from '../../../main/jobs/passed-json.js';
import { cancelJob } from '../../../main/jobs/run-job.js';
import { autocodePreview } from '../../../main/services/autocode-preview.js';
import { search } from '../../../main/services/search.js';
import { SearchRequest } from '../../../shared/search.js';
import { longestLoopGap } from '../../../bench/loop-gap.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { useJobWorkers } from './worker-bundle.js';
import { callerNotingJobs, whenWriting } from './job-test-helpers.js';

useJobWorkers();

let t: TestSession;
let dispatch: Dispatch;
const call = callerNotingJobs(() => dispatch);

const SENTENCE = 'Город растёт, и городская жизнь меняется быстро. ';

/** 40 documents of 300 sentences: 12,000 hits of "город". */
beforeEach(async () => {
  t = newTestSession('Ada');
  t.session.createProject('search');
  dispatch = createDispatch(t.session, () => {});
  const { id: caseId } = (await call('cases.create', { name: 'Almaty' })).value;
  for (let i = 0; i < 40; i++) await call('documents.paste', { caseId, name: `Interview ${i + 1}`, text: SENTENCE.repeat(300) });
});
afterEach(() => t.dispose());

const store = () => t.session.context().store;

describe('search jobs', () => {
  it('count every hit in a worker, prefixes included, as in process', async () => {
    for (const query of ['город', 'город*', '"городская жизнь"']) {
      const found = await call('search.run', { query, limit: 50 });
      expect(found.jobs).toEqual(['search.run']);
      expect(found.value).toEqual(search({ store: store() }, SearchRequest.parse({ query, limit: 50 })));
    }
    expect((await call('search.run', { query: 'город*', limit: 50 })).value.totalHits).toBe(24_000);
    // The first page alone stops early: no thread for it.
    expect((await call('search.run', { query: 'город', limit: 50, counts: false })).jobs).toEqual([]);
  });

  it('preview the autocode spans in a worker, as in process', async () => {
    const codeId = (await call('codebook.get', {})).value.codes[0]!.id;
    const input = { query: 'жизнь', scope: {}, codingScope: 'sentence' as const, codeId };
    const preview = await call('search.autocodePreview', input);
    expect(preview.jobs).toEqual(['search.autocodePreview']);
    // The spans still the worker's JSON, unread on this thread, which a front door sends as they came.
    const inline = autocodePreview(t.session.context(), input);
    expect(Buffer.concat(passedResultJson({ ok: true, value: preview.value }) ?? []).toString('utf8')).toBe(JSON.stringify({ ok: true, value: inline }));
    expect(preview.value).toEqual(inline);
    expect(preview.value.spans).toHaveLength(12_000);
  });

  it('tell of each document the preview reads, where its job can be stopped', async () => {
    const codeId = (await call('codebook.get', {})).value.codes[0]!.id;
    const read: number[] = [];
    autocodePreview(t.session.context(), { query: 'жизнь', scope: {}, codingScope: 'hit', codeId }, (done) => read.push(done));
    expect(read).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('code thousands of hits in a write job, the main thread turning; a cancel leaves nothing coded', async () => {
    const codeId = (await call('codebook.get', {})).value.codes[0]!.id;
    const { spans } = (await call('search.autocodePreview', { query: 'жизнь', scope: {}, codingScope: 'hit', codeId })).value;
    const input = { codeId, spans: spans.map(({ documentId, start, end }) => ({ documentId, start, end })) };
    const before = historyState(store());

    const cancelled = dispatch('search.autocodeApply', input);
    cancelJob(await whenWriting());
    expect(await cancelled).toMatchObject({ ok: false, error: { code: 'jobCancelled' } });
    expect(historyState(store())).toEqual(before);
    expect(store().prepare('SELECT count(*) FROM coding').pluck().get()).toBe(0);

    const { value, maxBusy, duration } = await longestLoopGap(() => call('search.autocodeApply', input));
    expect(value.jobs).toEqual(['search.autocodeApply']);
    expect(value.value).toEqual({ coded: 12_000, unchanged: 0 });
    expect(maxBusy).toBeLessThan(Math.min(500, duration / 4));
    expect(historyState(store()).undoLabel).toBe('search.autocode');
    // The worker's preview now marks every span coded by this coder, as the one in process does.
    const again = (await call('search.autocodePreview', { query: 'жизнь', scope: {}, codingScope: 'hit', codeId })).value;
    expect(again.spans.every((s) => s.alreadyCoded)).toBe(true);
  });
});
