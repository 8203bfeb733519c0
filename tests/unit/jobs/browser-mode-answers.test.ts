/**
 * Browser mode's reply to a call whose answer a job's worker wrote as JSON (a table's cells,
 * an autocode preview's spans; main/jobs/passed-json.ts): the bytes go out unread, and the
 * reply is what the page would have got before, the JSON of the answer built in process.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTable } from '../../../main/analysis/tables.js';
import { createDispatch } from '../../../main/api/dispatch.js';
import { passedResultJson } from '../../../main/jobs/passed-json.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { autocodePreview } from '../../../main/services/autocode-preview.js';
import { applyCode } from '../../../main/services/coding.js';
import { importCaseTable } from '../../../main/services/text-import.js';
import { startWebServer, type WebServer } from '../../../main/web/server.js';
import type { Result } from '../../../shared/contract.js';
import { TableRequest } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { useJobWorkers } from './worker-bundle.js';

useJobWorkers();

let t: TestSession;
let server: WebServer;
/** The dispatch's answers, as the server had them. */
let answered: Result<unknown>[];
const kept = (result: Result<unknown>) => (answered.push(result), result);
beforeEach(async () => {
  t = newTestSession('Ada');
  t.session.createProject('door');
  const ctx = t.session.context();
  importCaseTable(ctx, 'p.csv', readFileSync(new URL('../../fixtures/case-table-programmers.csv', import.meta.url)), 'Programmers');
  const documentId = listDocuments(ctx.store)[0]!.id;
  getCodebook(ctx.store).codes.slice(0, 4).forEach((c, i) => applyCode(ctx, { documentId, start: i, end: i + 5, codeId: c.id }));
  const root = join(t.home, 'static');
  mkdirSync(root);
  const dispatch = createDispatch(t.session, () => {});
  answered = [];
  server = await startWebServer({ dispatch: async (method, input) => kept(await dispatch(method, input)), staticRoot: root });
});
afterEach(async () => {
  await server.close();
  t.dispose();
});

async function reply(method: string, input: unknown): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-casecoder-token': server.token },
    body: JSON.stringify({ method, input }),
  });
  expect(response.status).toBe(200);
  const body = await response.text();
  // Sent without reading the worker's JSON (which JSON.stringify would have parsed).
  expect(passedResultJson(answered.at(-1)!)).not.toBeNull();
  return body;
}

describe('browser mode', () => {
  it('sends a table and an autocode preview from a worker as the JSON of those built in process', async () => {
    const store = t.session.context().store;
    for (const request of [{ kind: 'case-matrix' }, { kind: 'code-case', title: 'Таблица «1»' }] as const) {
      expect(await reply('tables.build', request)).toBe(JSON.stringify({ ok: true, value: buildTable(store, TableRequest.parse(request)) }));
    }
    const input = { query: 'internet', scope: {}, codingScope: 'sentence' as const, codeId: getCodebook(store).codes[0]!.id };
    const preview = autocodePreview(t.session.context(), input);
    expect(preview.spans.length).toBeGreaterThan(0);
    expect(await reply('search.autocodePreview', input)).toBe(JSON.stringify({ ok: true, value: preview }));
  });

  it('sends an export from a worker as its file in base64, named, unread on the way', async () => {
    const table = JSON.parse(await reply('tables.export', { request: { kind: 'code-case' }, format: 'csv' })) as Result<{ fileName: string; content: string; rowCount: number }>;
    expect(table.ok && table.value.fileName).toBe('Case × code counts.csv');
    expect(table.ok && Buffer.from(table.value.content, 'base64').toString('utf8')).toMatch(/^\uFEFF.*\r\n[\s\S]*Total/);
    const refi = JSON.parse(await reply('refi.export', { format: 'qdpx' })) as Result<{ fileName: string; content: string }>;
    expect(refi.ok && refi.value.fileName).toBe('door.qdpx');
    expect(refi.ok && Buffer.from(refi.value.content, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
