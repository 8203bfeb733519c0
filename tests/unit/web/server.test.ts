import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { createDispatch } from '../../../main/api/dispatch.js';
import { startWebServer, type WebServer } from '../../../main/web/server.js';
import { resolveStaticPath } from '../../../main/web/static-files.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let server: WebServer;

beforeEach(async () => {
  t = newTestSession();
  const root = join(t.home, 'static');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>CaseCoder</title>');
  writeFileSync(join(t.home, 'secret.txt'), 'not for the web');
  server = await startWebServer({ dispatch: createDispatch(t.session, () => {}), staticRoot: root });
});
afterEach(async () => {
  await server.close();
  t.dispose();
});

/** A raw request, so tests can send the Host and Origin headers an attacker would. */
function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: options.headers, setHost: false },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const host = () => `127.0.0.1:${server.port}`;
const apiCall = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  send({
    path: '/api/call',
    method: 'POST',
    headers: { host: host(), 'content-type': 'application/json', 'x-casecoder-token': server.token, ...headers },
    body: JSON.stringify({ method, input }),
  });

describe('browser mode server', () => {
  it('listens on loopback and answers calls that carry the token', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const response = await apiCall('session.get', {});
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { project: null, coderName: 'Ada' } });
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    expect((await apiCall('session.get', {}, { 'x-casecoder-token': '' })).status).toBe(401);
    expect((await apiCall('session.get', {}, { 'x-casecoder-token': `${server.token}x` })).status).toBe(401);
  });

  it('refuses a DNS-rebinding Host, even with the token', async () => {
    const response = await apiCall('session.get', {}, { host: `attacker.example:${server.port}` });
    expect(response.status).toBe(421);
    expect((await send({ path: '/', headers: { host: `rebind.attacker.example:${server.port}` } })).status).toBe(421);
  });

  it('refuses a cross-site request from another origin', async () => {
    const response = await apiCall('project.create', { path: join(t.home, 'evil') }, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(t.session.state().project).toBeNull();
  });

  it('accepts its own origin and refuses a form post that is not JSON', async () => {
    expect((await apiCall('session.get', {}, { origin: `http://${host()}` })).status).toBe(200);
    const form = await send({ path: '/api/call', method: 'POST', headers: { host: host(), 'content-type': 'text/plain', 'x-casecoder-token': server.token }, body: '{}' });
    expect(form.status).toBe(415);
  });

  it('parses every payload by the contract and reports invalid input without running it', async () => {
    const body = JSON.parse((await apiCall('project.create', { path: 42 })).body);
    expect(body).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(JSON.parse((await apiCall('no.such.method', {})).body)).toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
  });

  it("passes a call's own id to the dispatch, which parses it by the contract", async () => {
    const withId = (callId: unknown) => send({
      path: '/api/call',
      method: 'POST',
      headers: { host: host(), 'content-type': 'application/json', 'x-casecoder-token': server.token },
      body: JSON.stringify({ method: 'session.get', input: {}, callId }),
    });
    expect(JSON.parse((await withId('4b0e7a52-3c1d-4e6f-8a9b-0c1d2e3f4a5b')).body)).toMatchObject({ ok: true });
    expect(JSON.parse((await withId('not a uuid')).body)).toMatchObject({ ok: false, error: { code: 'invalidInput', params: { field: 'callId' } } });
  });

  it('serves the UI with a strict Content-Security-Policy and nothing outside its folder', async () => {
    const page = await send({ path: '/', headers: { host: host() } });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    expect((await send({ path: '/../secret.txt', headers: { host: host() } })).status).toBe(404);
    expect((await send({ path: '/%2e%2e/secret.txt', headers: { host: host() } })).status).toBe(404);
    const escaped = resolveStaticPath('/srv/ui', '/%2e%2e/%2e%2e/etc/passwd');
    expect(escaped === null || escaped.startsWith('/srv/ui/')).toBe(true);
    expect(resolveStaticPath('/srv/ui', '/assets/app.js')).toBe('/srv/ui/assets/app.js');
  });

  it('binds its socket to loopback only, as the OS reports it', () => {
    expect(server.address).toEqual({ address: '127.0.0.1', family: 'IPv4', port: server.port });
  });

  // Every address of this machine that is not loopback: the server must not answer on any.
  const outward = Object.values(networkInterfaces()).flat().filter((i) => i !== undefined && !i.internal).map((i) => i!.address);

  it.skipIf(outward.length === 0)('cannot be reached on the machine\'s other addresses', async () => {
    for (const address of outward) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: server.port, timeout: 2000 });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
        socket.once('timeout', () => {
          socket.destroy();
          resolve(false);
        });
      });
      expect(reached, address).toBe(false);
    }
  });

  // Names that merely start like ours: a prefix or "includes" check would let them through.
  const lookalikeHosts = (port: number) => [
    'localhost',
    '127.0.0.1',
    'localhost.evil.com',
    `localhost.evil.com:${port}`,
    `localhost:${port}.evil.com`,
    `127.0.0.1.nip.io:${port}`,
    `127.0.0.1:${port}.nip.io`,
    'localhost:1234@evil',
    `localhost:${port}@evil.com`,
    `127.0.0.1:${port}:${port}`,
    `127.0.0.1:${port}0`,
    `127.0.0.2:${port}`,
    `0.0.0.0:${port}`,
  ];

  it('refuses a Host that merely starts with localhost or 127.0.0.1, even with the token', async () => {
    for (const bad of lookalikeHosts(server.port)) {
      expect((await apiCall('project.create', { path: join(t.home, 'evil') }, { host: bad })).status, bad).toBe(421);
      expect((await send({ path: '/', headers: { host: bad } })).status, bad).toBe(421);
    }
    expect(t.session.state().project).toBeNull();
    expect((await apiCall('session.get', {}, { host: `LocalHost:${server.port}` })).status).toBe(200);
  });

  it('refuses an Origin that merely starts like its own', async () => {
    const port = server.port;
    const origins = [
      ...lookalikeHosts(port).map((name) => `http://${name}`),
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${port}/`,
      `http://localhost:${port}/evil`,
      'null',
      'file://',
    ];
    for (const origin of origins) {
      expect((await apiCall('project.create', { path: join(t.home, 'evil') }, { origin })).status, origin).toBe(403);
    }
    expect(t.session.state().project).toBeNull();
    expect((await apiCall('session.get', {}, { origin: `http://localhost:${port}` })).status).toBe(200);
  });
});
