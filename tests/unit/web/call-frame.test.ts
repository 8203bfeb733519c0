/**
 * Browser mode's calls that carry files (shared/call-frame.ts): the JSON line, then the files'
 * bytes as they are. They reach the dispatch as bytes in their placeholders' places, and the
 * real services import them; a frame that does not add up is refused before anything runs.
 */
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BYTES_KEY, CALL_FRAME_TYPE } from '../../../shared/call-frame.js';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch.js';
import { startWebServer, type WebServer } from '../../../main/web/server.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let server: WebServer;
let seen: { method: unknown; input: unknown; callId: unknown }[];

async function start(dispatch: Dispatch): Promise<void> {
  server = await startWebServer({ dispatch, staticRoot: t.home });
}

beforeEach(() => {
  t = newTestSession();
  seen = [];
});
afterEach(async () => {
  await server.close();
  t.dispose();
});

const capture: Dispatch = async (method, input, callId) => {
  seen.push({ method, input, callId });
  return { ok: true, value: null };
};

/** A framed call: `header` as the JSON line, then `files` back to back. */
function post(header: unknown, files: Uint8Array[] = [], headerText = JSON.stringify(header)) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1', port: server.port, path: '/api/call', method: 'POST',
        headers: { host: `127.0.0.1:${server.port}`, 'content-type': CALL_FRAME_TYPE, 'x-casecoder-token': server.token },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // A server that refuses early closes the socket while the rest is still being sent.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve({ status: 0, body: '' }) : reject(error)));
    req.write(`${headerText}\n`);
    for (const file of files) req.write(file);
    req.end();
  });
}

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('calls with files in browser mode', () => {
  it('puts each file in its place, as bytes, even a file cut across the network\'s pieces, and passes on the call\'s id', async () => {
    await start(capture);
    const big = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    const input = { caseId: 1, files: [{ fileName: 'a.txt', content: { [BYTES_KEY]: 1 } }, { fileName: 'b.pdf', content: { [BYTES_KEY]: 0 } }, { fileName: 'e.txt', content: { [BYTES_KEY]: 2 } }] };
    const callId = '4b0e7a52-3c1d-4e6f-8a9b-0c1d2e3f4a5b';
    const response = await post({ method: 'documents.import', input, callId, sizes: [big.length, 5, 0] }, [big, bytes('hello'), new Uint8Array(0)]);
    expect(response.status).toBe(200);
    expect(seen[0]!.callId).toBe(callId);
    const files = (seen[0]!.input as { files: { fileName: string; content: Uint8Array }[] }).files;
    expect(files.map((f) => f.fileName)).toEqual(['a.txt', 'b.pdf', 'e.txt']);
    expect(Buffer.from(files[0]!.content).toString()).toBe('hello');
    expect(Buffer.compare(files[1]!.content, big)).toBe(0);
    expect(files[2]!.content).toBeInstanceOf(Uint8Array);
    expect(files[2]!.content.length).toBe(0);
  });

  it('refuses a frame that does not add up, running nothing', async () => {
    await start(capture);
    const one = { method: 'x', input: { content: { [BYTES_KEY]: 0 } } };
    expect((await post({ ...one, sizes: [3] }, [bytes('four')])).status).toBe(400);
    expect((await post({ ...one, sizes: [5] }, [bytes('four')])).status).toBe(400);
    expect((await post({ ...one, sizes: [4, 1] }, [bytes('four'), bytes('x')])).status).toBe(400);
    expect((await post({ method: 'x', input: { content: { [BYTES_KEY]: 1 } }, sizes: [4] }, [bytes('four')])).status).toBe(400);
    expect((await post({ method: 'x', input: [{ [BYTES_KEY]: 0 }, { [BYTES_KEY]: 0 }], sizes: [4] }, [bytes('four')])).status).toBe(400);
    expect((await post({ ...one, sizes: ['4'] }, [bytes('four')])).status).toBe(400);
    expect((await post(null, [], '{"method": "x", "input": {'))).toMatchObject({ status: 400, body: 'invalid JSON' });
    expect((await post({ ...one, sizes: [200 * 1024 * 1024] }, [])).status).toBe(413);
    // A first line past a megabyte, never ending.
    expect((await post(null, [], 'x'.repeat(2 * 1024 * 1024))).status).not.toBe(200);
    expect(seen).toEqual([]);
  });

  it('imports a file so sent through the real services', async () => {
    await start(createDispatch(t.session, () => {}));
    t.session.createProject(`${t.home}/framed.casecoder`);
    const caseId = (await createDispatch(t.session, () => {})('cases.create', { name: 'Anna', groupId: null }) as { value: { id: number } }).value.id;
    const text = 'Квартиру нашли за неделю.\n';
    const response = await post({ method: 'documents.importText', input: { caseId, fileName: 'anna.txt', content: { [BYTES_KEY]: 0 } }, sizes: [Buffer.byteLength(text)] }, [bytes(text)]);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { documentsCreated: 1 } });
    const documents = await createDispatch(t.session, () => {})('documents.list', {}) as { value: { id: number }[] };
    const view = await createDispatch(t.session, () => {})('documents.get', { id: documents.value[0]!.id }) as { value: { text: string } };
    expect(view.value.text).toBe(text);
  });
});
