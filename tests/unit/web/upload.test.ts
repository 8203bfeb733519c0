/**
 * Browser mode's upload of a file too large for a call (a teammate's project, a REFI-QDA
 * package): held to the API's token, Host and Origin checks, streamed to a private temporary file
 * within its kind's size, answered with a handle that is no path; the merge and the REFI-QDA
 * import take the handle, and the file is gone once they are done with it, or with the server.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../main/api/dispatch.js';
import { receiveUpload, takeUpload } from '../../../main/api/uploads.js';
import { startWebServer, type WebServer } from '../../../main/web/server.js';
import { MAX_PACKAGE_BYTES } from '../../../shared/uploads.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { writeProject } from '../db/untrusted-helpers.js';
import { qdpx } from '../refi/package.js';

// The temporary folder of this file alone, so that the uploads left in it can be counted.
const ownTmp = mkdtempSync(join(tmpdir(), 'casecoder-upload-test-'));
const previousTmp = process.env.TMPDIR;
beforeAll(() => {
  process.env.TMPDIR = ownTmp;
});
afterAll(() => {
  if (previousTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmp;
  rmSync(ownTmp, { recursive: true, force: true });
});
const uploadsLeft = () => readdirSync(ownTmp).filter((name) => name.startsWith('casecoder-upload-'));

let t: TestSession;
let server: WebServer;
beforeEach(async () => {
  t = newTestSession();
  server = await startWebServer({ dispatch: createDispatch(t.session, () => {}), staticRoot: t.home });
});
afterEach(async () => {
  await server.close();
  t.dispose();
});

const host = () => `127.0.0.1:${server.port}`;

/** A raw request, so the tests can send what an attacker would; `length` declares a Content-Length the body need not fill. */
function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: Buffer | string; length?: number }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers = { ...options.headers, ...(options.length !== undefined ? { 'content-length': String(options.length) } : {}) };
    const req = request({ host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers, setHost: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    if (options.length !== undefined) req.flushHeaders();
    else req.end(options.body);
  });
}

const upload = (fileName: string, body: Buffer | string, headers: Record<string, string> = {}) =>
  send({
    path: '/api/upload',
    method: 'POST',
    headers: {
      host: host(), 'content-type': 'application/octet-stream', 'x-casecoder-token': server.token,
      'x-casecoder-file-name': encodeURIComponent(fileName), ...headers,
    },
    body,
  });

const call = async (method: string, input: unknown) =>
  JSON.parse((await send({
    path: '/api/call', method: 'POST',
    headers: { host: host(), 'content-type': 'application/json', 'x-casecoder-token': server.token },
    body: JSON.stringify({ method, input }),
  })).body) as { ok: boolean; value?: unknown; error?: { code: string } };

/** The handle an upload answered. */
async function uploaded(fileName: string, body: Buffer | string): Promise<string> {
  const answer = await upload(fileName, body);
  expect(answer.status, answer.body).toBe(200);
  return (JSON.parse(answer.body) as { value: { upload: string } }).value.upload;
}

describe('an upload to browser mode', () => {
  it('is streamed to a private file and answered with a handle that is no path, its name kept as given', async () => {
    const handle = await uploaded('Интервью команды.casecoder', 'the bytes as sent');
    expect(handle).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const [folder] = uploadsLeft();
    expect(statSync(join(ownTmp, folder!)).mode & 0o777).toBe(0o700);
    const file = takeUpload(handle);
    expect(file.fileName).toBe('Интервью команды.casecoder');
    expect(file.path.startsWith(join(ownTmp, folder!))).toBe(true);
    expect(statSync(file.path).mode & 0o777).toBe(0o600);
    expect(readFileSync(file.path, 'utf8')).toBe('the bytes as sent');
    // Taken once: a second call with the same handle finds nothing.
    expect(() => takeUpload(handle)).toThrow(expect.objectContaining({ code: 'uploadNotFound' }));
    file.remove();
    expect(uploadsLeft()).toEqual([]);
  });

  it('needs the token, its own Host and Origin, a POST of bytes and a file name; refused, nothing is written', async () => {
    expect((await upload('a.casecoder', 'x', { 'x-casecoder-token': '' })).status).toBe(401);
    expect((await upload('a.casecoder', 'x', { 'x-casecoder-token': `${server.token}x` })).status).toBe(401);
    expect((await upload('a.casecoder', 'x', { host: `attacker.example:${server.port}` })).status).toBe(421);
    expect((await upload('a.casecoder', 'x', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await upload('a.casecoder', 'x', { origin: `http://localhost:${server.port}.evil.com` })).status).toBe(403);
    expect((await upload('a.casecoder', 'x', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await send({ path: '/api/upload', headers: { host: host(), 'x-casecoder-token': server.token } })).status).toBe(405);
    expect((await upload('a.casecoder', 'x', { 'x-casecoder-file-name': '' })).status).toBe(400);
    expect((await upload('a.casecoder', 'x', { 'x-casecoder-file-name': '%E0%A4%A' })).status).toBe(400);
    // A name, never a place: the page cannot say where on the server's disk the file goes.
    expect((await upload('../../etc/cron.d/job', 'x')).status).toBe(400);
    expect((await upload('C:\\Users\\evil.casecoder', 'x')).status).toBe(400);
    expect(uploadsLeft()).toEqual([]);
    // Its own origin is accepted.
    await expect(upload('a.casecoder', 'x', { origin: `http://${host()}` })).resolves.toMatchObject({ status: 200 });
  });

  it('past its kind\'s size is refused before a byte is read when declared, and cut off when streamed', async () => {
    const declared = await send({
      path: '/api/upload', method: 'POST', length: MAX_PACKAGE_BYTES + 1,
      headers: { host: host(), 'content-type': 'application/octet-stream', 'x-casecoder-token': server.token, 'x-casecoder-file-name': 'big.qdpx' },
    });
    expect(declared.status).toBe(413);
    expect(uploadsLeft()).toEqual([]);
    // Streamed with no length declared (chunked), or a length that lies: cut where it passes the limit.
    const streamed = await receiveUpload(Readable.from([Buffer.alloc(6), Buffer.alloc(6), Buffer.alloc(6)]), 'big.qdpx', null, 10);
    expect(streamed).toEqual({ refused: { status: 413, reason: 'upload too large' } });
    expect(uploadsLeft()).toEqual([]);
    const within = await receiveUpload(Readable.from([Buffer.alloc(6), Buffer.alloc(4)]), 'small.qdpx', null, 10);
    expect(within).toEqual({ handle: expect.any(String) });
    takeUpload((within as { handle: string }).handle).remove();
  });

  it('not taken goes with the server', async () => {
    await uploaded('left.casecoder', 'never used');
    expect(uploadsLeft()).toHaveLength(1);
    await server.close();
    expect(uploadsLeft()).toEqual([]);
  });
});

describe('a call naming an upload', () => {
  it('merges the uploaded project; the upload is gone once planned, the plan\'s copy once cancelled', async () => {
    const theirs = writeProject(t.session, 'theirs');
    t.session.createProject('ours');
    const handle = await uploaded('Team copy.casecoder', readFileSync(theirs));
    const plan = await call('merge.plan', { upload: handle });
    expect(plan).toMatchObject({ ok: true, value: { source: 'Team copy.casecoder', added: { segments: 1, codings: 1 } } });
    expect(uploadsLeft()).toEqual([]);
    const merging = readdirSync(ownTmp).filter((name) => name.startsWith('casecoder-merge-'));
    expect(merging).toHaveLength(1);
    await call('merge.cancel', { planId: (plan.value as { planId: string }).planId });
    expect(readdirSync(ownTmp).filter((name) => name.startsWith('casecoder-merge-'))).toEqual([]);
    // Used: the handle is spent.
    expect(await call('merge.plan', { upload: handle })).toMatchObject({ ok: false, error: { code: 'uploadNotFound' } });
  });

  it('imports an uploaded REFI-QDA package, and removes it whether the import succeeds or is refused', async () => {
    t.session.createProject('study');
    const pkg = qdpx({ codes: [{ name: 'Housing' }], sources: [{ name: 'Anna', text: 'We moved for the flat.' }] });
    expect(await call('refi.import', { upload: await uploaded('Команда.qdpx', pkg) })).toMatchObject({
      ok: true, value: { fileName: 'Команда.qdpx', created: { documents: 1, codes: 1 } },
    });
    expect(uploadsLeft()).toEqual([]);
    expect(await call('refi.import', { upload: await uploaded('broken.qdpx', 'not a zip') })).toMatchObject({ ok: false, error: { code: 'refiNotZip' } });
    expect(uploadsLeft()).toEqual([]);
  });

  it('is refused when the handle is a path or names no upload', async () => {
    t.session.createProject('study');
    expect(await call('merge.plan', { upload: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await call('refi.import', { upload: '../theirs.qdpx' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await call('merge.plan', { upload: '6f1c1f3e-3c1a-4a55-9d55-3d0f7a0b6f4e' })).toMatchObject({ ok: false, error: { code: 'uploadNotFound' } });
    // Both a path and a handle: one or the other.
    const handle = await uploaded('a.casecoder', 'x');
    expect(await call('merge.plan', { upload: handle, path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });
});
