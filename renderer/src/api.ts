/**
 * The UI's only way to the services: the desktop bridge when the preload provides it, else
 * browser mode's loopback endpoint with this run's token.
 */
import { BYTES_KEY, CALL_FRAME_TYPE, type CallFrameHeader } from '../../shared/call-frame.js';
import type { ApiError, Input, Method, Output, Result } from '../../shared/contract.js';
import { UPLOAD_NAME_HEADER, UPLOAD_PATH, uploadKind, uploadLimit } from '../../shared/uploads.js';
import { connection, noteConnection, type Connection } from './connection.js';

declare global {
  interface Window {
    casecoder?: {
      call(method: string, input: unknown, callId?: string): Promise<Result<unknown>>;
      /** Where a file the user chose lies on the disk (main/electron/preload.cts). */
      pathOf(file: File): string;
    };
  }
}

const TOKEN_KEY = 'casecoder.token';

/** The token comes in the URL once; it is kept for the tab and taken out of the address bar. */
function browserToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const token = window.casecoder ? null : browserToken();

export class CallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** The error of a call that did not reach CaseCoder, by what the connection is (connection.ts). */
const CONNECTION_ERRORS = {
  lost: { code: 'connectionLost', message: 'CaseCoder does not answer: the program seems to have stopped' },
  refused: { code: 'connectionRefused', message: "CaseCoder refuses this page's token: it was started again" },
  keyless: { code: 'connectionKeyless', message: 'This page has no token: its address lacks the one CaseCoder printed' },
} as const;

/** A call that failed because CaseCoder did not answer it, or did not know this page: the action was not done, and the app says why. */
export function isConnectionFailure(error: unknown): boolean {
  return error instanceof CallError && Object.values(CONNECTION_ERRORS).some(({ code }) => code === error.error.code);
}

/** The error an action gets while CaseCoder is known not to answer, or null while it does. */
export function connectionFailure(): CallError | null {
  const state = connection();
  return state === 'up' ? null : new CallError({ ...CONNECTION_ERRORS[state], params: {} });
}

async function transport(method: string, input: unknown, callId?: string): Promise<Result<unknown>> {
  if (window.casecoder) return window.casecoder.call(method, input, callId);
  return post('./api/call', requestBody(method, input, callId));
}

/** A request to browser mode's server, with this run's token: its answer, or why it was not answered. */
async function post(url: string, request: { headers: Record<string, string>; body: string | Blob }): Promise<Result<unknown>> {
  try {
    const response = await fetch(url, { method: 'POST', body: request.body, headers: { ...request.headers, 'X-CaseCoder-Token': token ?? '' } });
    // A token refused: the server is another run of CaseCoder, which this page never met. No
    // token at all is not that: the page was opened without the key (the address bar shows the
    // address without it, and a new tab does not share the first tab's), nothing restarted.
    if (response.status === 401) return unanswered(token ? 'refused' : 'keyless');
    noteConnection('up');
    if (!response.ok) {
      return { ok: false, error: { code: 'transport', message: await response.text(), params: { status: response.status } } };
    }
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    // fetch and reading its answer reject with a TypeError ("Failed to fetch") only when nothing
    // answered, or the answer broke off: the server is gone. Each change it confirmed was
    // written to the project before it answered.
    if (error instanceof TypeError) return unanswered('lost');
    throw error;
  }
}

function unanswered(state: Exclude<Connection, 'up'>): Result<unknown> {
  noteConnection(state);
  return { ok: false, error: { ...CONNECTION_ERRORS[state], params: {} } };
}

/**
 * The call as JSON, or, when it carries files, as a call frame (shared/call-frame.ts): the JSON
 * with a placeholder per file, then the files' bytes as they are, which the browser sends
 * without this thread encoding them.
 */
function requestBody(method: string, input: unknown, callId: string | undefined): { headers: Record<string, string>; body: string | Blob } {
  const files: Uint8Array<ArrayBuffer>[] = [];
  const json = JSON.stringify({ method, input, callId }, (_key, value: unknown) =>
    value instanceof Uint8Array ? { [BYTES_KEY]: files.push(value as Uint8Array<ArrayBuffer>) - 1 } : value);
  if (files.length === 0) return { headers: { 'Content-Type': 'application/json' }, body: json };
  const header: CallFrameHeader = { ...(JSON.parse(json) as { method: string; input: unknown; callId?: string }), sizes: files.map((file) => file.byteLength) };
  return { headers: { 'Content-Type': CALL_FRAME_TYPE }, body: new Blob([JSON.stringify(header), '\n', ...files]) };
}

/**
 * A write refused while the backup of a large project as it was opened is being written
 * (projectBackingUp: refused before anything was written) is tried again until the backup is
 * done, a few seconds, so coding straight after opening waits instead of failing. Other errors,
 * this one past the wait, and this one once another project was put in place (the write was
 * meant for the old one) are thrown at once.
 */
export const BACKUP_RETRY_MS = 500;
const BACKUP_WAIT_MS = 120_000;
const SWITCHES_PROJECT: ReadonlySet<string> = new Set(['project.create', 'project.open', 'project.close', 'project.salvage', 'backups.restore', 'backups.restoreFile']);
let projectGeneration = 0;

/** Moves on with each call that puts another project in place (or the same one afresh). */
export const currentProjectGeneration = () => projectGeneration;

/**
 * `signal`: aborted when the page no longer waits for the answer (its view left, its request
 * superseded). The call then carries a name of its own, and the abort asks CaseCoder to stop the
 * jobs working for it (jobs.cancelCall), which would otherwise hold a core for nothing. The call
 * still settles: with its answer, or as cancelled.
 */
export async function call<M extends Method>(method: M, input: Input<M>, { signal }: { signal?: AbortSignal } = {}): Promise<Output<M>> {
  if (SWITCHES_PROJECT.has(method)) projectGeneration++;
  const generation = projectGeneration;
  const started = Date.now();
  const callId = signal ? crypto.randomUUID() : undefined;
  const cancel = () => void transport('jobs.cancelCall', { callId });
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const result = await transport(method, input, callId);
      if (result.ok) return result.value as Output<M>;
      if (result.error.code !== 'projectBackingUp' || Date.now() - started > BACKUP_WAIT_MS) throw new CallError(result.error);
      await new Promise((resolve) => setTimeout(resolve, BACKUP_RETRY_MS));
      if (generation !== projectGeneration) throw new CallError(result.error);
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

/** A file the services read where it lies (shared/contract.ts fileAt): merge.plan's, refi.import's. */
export type FileAt = { path: string; shownAs: string } | { upload: string };

/**
 * A chosen project or package, for a method that reads it where it lies: in the desktop app, its
 * path; in browser mode, whose page knows no paths, the handle of its upload, which streams
 * it from the disk (never whole in this page's memory). A file past what browser mode takes is
 * refused here, before a byte is sent, saying what to do instead.
 */
export async function fileAt(file: File): Promise<FileAt> {
  if (window.casecoder) return { path: window.casecoder.pathOf(file), shownAs: file.name };
  const kind = uploadKind(file.name);
  const limit = uploadLimit(kind);
  if (file.size > limit) {
    const mb = (bytes: number) => Math.ceil(bytes / 1024 / 1024);
    throw new CallError({
      code: 'uploadTooLarge',
      message: `${file.name} is larger than the ${mb(limit)} MB browser mode takes`,
      // A package's limit is the import's own, which the command line cannot pass either: said apart.
      params: { file: file.name, sizeMb: mb(file.size), limitMb: mb(limit), ...(kind === 'package' ? { context: kind } : {}) },
    });
  }
  const result = await post(`.${UPLOAD_PATH}`, {
    headers: { 'Content-Type': 'application/octet-stream', [UPLOAD_NAME_HEADER]: encodeURIComponent(file.name) },
    body: file,
  });
  if (!result.ok) throw new CallError(result.error);
  return result.value as { upload: string };
}

/** A chosen file's bytes, for the import methods' content. */
export async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
