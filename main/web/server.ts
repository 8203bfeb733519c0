/**
 * Browser mode: the same services as the desktop app, behind a loopback HTTP server, so the
 * UI runs in any Chromium. The API is one POST route carrying {method, input}, and one taking a
 * file too large for a call ahead of the call that reads it (shared/uploads.ts).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CALL_FRAME_TYPE } from '../../shared/call-frame.js';
import { MAX_IMPORT_BYTES } from '../../shared/contract.js';
import { UPLOAD_NAME_HEADER, UPLOAD_PATH } from '../../shared/uploads.js';
import type { Dispatch } from '../api/dispatch.js';
import { discardUploads, receiveUpload } from '../api/uploads.js';
import { passedResultJson } from '../jobs/passed-json.js';
import { readCallFrame } from './call-frame.js';
import { checkHostAndOrigin, checkToken } from './guard.js';
import { readStatic } from './static-files.js';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy.js';

export const API_PATH = '/api/call';

/** Base64 of the largest import plus room for the JSON around it. */
const MAX_BODY_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024;

/** The most of a refused upload that is read and dropped before the connection is cut. */
const MAX_DROPPED_BYTES = 1024 * 1024;

export interface WebServer {
  url: string;
  port: number;
  /** Where the socket is really bound, as the OS reports it: loopback only. */
  address: AddressInfo;
  token: string;
  close(): Promise<void>;
}

/** `token`: the one an earlier run kept (kept-address.ts); left out, a new random one. */
export async function startWebServer(options: { dispatch: Dispatch; staticRoot: string; port?: number; token?: string }): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'text/plain', 'internal error');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const access = checkHostAndOrigin(request.headers, port);
    if (!access.allowed) return send(response, access.status, 'text/plain', access.reason);
    const path = new URL(request.url ?? '/', 'http://placeholder').pathname;

    if (path === API_PATH) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain', 'POST only');
      const auth = checkToken(request.headers, token);
      if (!auth.allowed) return send(response, auth.status, 'text/plain', auth.reason);
      const type = request.headers['content-type'] ?? '';
      let call: { method?: unknown; input?: unknown; callId?: unknown };
      if (type.startsWith(CALL_FRAME_TYPE)) {
        const framed = await readCallFrame(request, MAX_BODY_BYTES);
        if ('refused' in framed) return send(response, framed.refused.status, 'text/plain', framed.refused.reason);
        call = framed.call;
      } else if (type.startsWith('application/json')) {
        const body = await readBody(request);
        if (body === null) return send(response, 413, 'text/plain', 'request too large');
        try {
          call = JSON.parse(body) as { method?: unknown; input?: unknown; callId?: unknown };
        } catch {
          return send(response, 400, 'text/plain', 'invalid JSON');
        }
      } else {
        return send(response, 415, 'text/plain', 'JSON only');
      }
      const result = await options.dispatch(call.method, call.input, call.callId);
      // A table's cells, a preview's spans or an export's file go out as the job wrote them,
      // unread here (jobs/passed-json.ts).
      return send(response, 200, 'application/json', passedResultJson(result) ?? JSON.stringify(result));
    }

    if (path === UPLOAD_PATH) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain', 'POST only');
      const auth = checkToken(request.headers, token);
      if (!auth.allowed) return refuseUpload(request, response, auth.status, auth.reason);
      if (!(request.headers['content-type'] ?? '').startsWith('application/octet-stream')) return refuseUpload(request, response, 415, 'bytes only');
      const fileName = uploadName(request.headers[UPLOAD_NAME_HEADER]);
      if (fileName === null) return refuseUpload(request, response, 400, 'an upload names its file');
      const length = request.headers['content-length'];
      const outcome = await receiveUpload(request, fileName, length === undefined ? null : Number(length));
      if ('refused' in outcome) return refuseUpload(request, response, outcome.refused.status, outcome.refused.reason);
      const result = 'failed' in outcome ? { ok: false, error: outcome.failed } : { ok: true, value: { upload: outcome.handle } };
      return send(response, 200, 'application/json', JSON.stringify(result));
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'GET only');
    const file = await readStatic(options.staticRoot, path);
    if (!file) return send(response, 404, 'text/plain', 'not found');
    send(response, 200, file.type, file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  port = address.port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    address,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        discardUploads();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `body` in pieces (a passed-on answer's) is written piece by piece, not joined first. */
function send(response: ServerResponse, status: number, type: string, body: string | Buffer | Buffer[]): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  if (Array.isArray(body)) {
    for (const part of body) response.write(part);
    response.end();
  } else {
    response.end(body);
  }
}

/**
 * An upload refused: what the client still sends is read and dropped, so that it hears the
 * answer (a socket closed on unread bytes is reset, answer and all), up to a bound past which the
 * connection is cut rather than hundreds of MB read for nothing (the page checks the size first).
 */
function refuseUpload(request: IncomingMessage, response: ServerResponse, status: number, reason: string): void {
  let dropped = 0;
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > MAX_DROPPED_BYTES) request.destroy();
  });
  send(response, status, 'text/plain', reason);
}

/** The uploaded file's name from its header (URI-encoded), or null when missing or not decodable. */
function uploadName(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  try {
    return decodeURIComponent(header);
  } catch {
    return null;
  }
}

/** The request body as text, or null once it exceeds the limit. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      request.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
