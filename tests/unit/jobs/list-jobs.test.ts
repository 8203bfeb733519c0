/**
 * The lists whose counts read the whole project (cases, documents, code counts) and the pages
 * of segments that sort or search every segment are answered in
 * a worker thread on its own connection: the same answers as on the app's connection, with the
 * project's latest committed changes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCases } from '../../../main/db/repos/cases.js';
import { codeCounts, findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { querySegments } from '../../../main/db/repos/segments.js';
import { listJobs, runJob } from '../../../main/jobs/run-job.js';
import { TableRequest } from '../../../shared/tables.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { useJobWorkers } from './worker-bundle.js';

useJobWorkers();

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('lists');
});
afterEach(() => t.dispose());

describe('list jobs in a worker thread', () => {
  it('are not listed among the running jobs, which the app shows with a Cancel button', async () => {
    const { store } = t.session.context();
    const reads = [
      runJob(store, 'cases.list', undefined),
      runJob(store, 'documents.list', undefined),
      runJob(store, 'codebook.counts', undefined),
      runJob(store, 'segments.query', { sort: 'quote', descending: false, offset: 0, limit: 10 }),
    ];
    const table = runJob(store, 'tables.build', TableRequest.parse({ kind: 'code-case' }));
    // A job is listed as it starts, before its first await.
    expect(listJobs().map((job) => job.name)).toEqual(['tables.build']);
    await Promise.all([...reads, table]);
  });

  it('answer as the app connection does, after each change', async () => {
    const ctx = t.session.context();
    const item = createCase(ctx, 'P1', null);
    pasteText(ctx, item.id, 'Interview', 'Good internet 😀 here.');
    const documentId = listDocuments(ctx.store, item.id)[0]!.id;
    const check = async () => {
      expect(await runJob(ctx.store, 'cases.list', undefined)).toEqual(listCases(ctx.store));
      expect(await runJob(ctx.store, 'documents.list', undefined)).toEqual(listDocuments(ctx.store));
      expect(await runJob(ctx.store, 'codebook.counts', undefined)).toEqual(codeCounts(ctx.store));
      const byQuote = { sort: 'quote', descending: true, offset: 0, limit: 10, quote: 'o' } as const;
      expect(await runJob(ctx.store, 'segments.query', byQuote)).toEqual(querySegments(ctx.store, byQuote));
    };
    await check();
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: findCodeByPath(ctx.store, 'Valence', 'Positive')!.id });
    pasteText(ctx, item.id, 'Notes', 'Аренда дорогая.');
    await check();
    expect((await runJob(ctx.store, 'documents.list', undefined)).map((d) => d.length)).toEqual([21, 15]);
    expect((await runJob(ctx.store, 'cases.list', undefined))[0]!.segmentCount).toBe(1);
    expect(listJobs()).toEqual([]);
  });
});
