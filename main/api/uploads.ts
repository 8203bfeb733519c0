/**
 * Files browser mode receives ahead of the call that reads them (shared/uploads.ts): a project or
 * a REFI-QDA package of hundreds of MB, which no call may carry. Each is streamed as it arrives
 * into a private temporary folder of its own (mkdtemp makes it 0700), so a chunk of it at most is
 * in memory, and held to its kind's limit while it streams, whatever the request declared. It is
 * known by a random handle, never by a path: the page cannot name a file on the server's disk.
 * The call that takes a handle (handlers.ts) owns the file and removes it when done; one never
 * taken (a page closed between its upload and its call) goes with the server, or the process.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ApiError } from '../../shared/contract.js';
import { uploadKind, uploadLimit } from '../../shared/uploads.js';
import { AppError } from '../errors.js';

/** An upload taken by its call: the file, the name it came with, and its removal once used. */
export interface Upload {
  path: string;
  fileName: string;
  remove(): void;
}

export type UploadOutcome =
  | { handle: string }
  | { refused: { status: 400 | 413; reason: string } }
  /** Received but not kept, for a reason the user can act on (a full disk). */
  | { failed: ApiError };

/** Each upload not yet taken, by handle: its folder and its name. */
const waiting = new Map<string, { folder: string; fileName: string }>();
let removedOnExit = false;

/** Longest name an upload may come with: as any name in a project (shared/contract.ts MAX_NAME_CHARS). */
const MAX_FILE_NAME_CHARS = 500;

class PastLimit extends Error {}

/**
 * Streams `body` to a file of its own. `fileName`: the name the page gave (a name, not a path:
 * it only names the file in messages and tells a package from a project); `declaredBytes`: the
 * request's Content-Length, when it gave one, refused at once when past the limit; `limit`: the
 * file's kind's (shared/uploads.ts), which a test makes small to see a stream cut past it.
 */
export async function receiveUpload(
  body: Readable, fileName: string, declaredBytes: number | null, limit = uploadLimit(uploadKind(fileName)),
): Promise<UploadOutcome> {
  if (!fileName || fileName.length > MAX_FILE_NAME_CHARS || /[/\\]|\p{Cc}/u.test(fileName)) {
    return { refused: { status: 400, reason: 'an upload is named by its file name alone' } };
  }
  if (declaredBytes !== null && declaredBytes > limit) return { refused: { status: 413, reason: 'upload too large' } };
  const folder = mkdtempSync(join(tmpdir(), 'casecoder-upload-'));
  let received = 0;
  const bounded = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      received += chunk.length;
      next(received > limit ? new PastLimit() : null, chunk);
    },
  });
  try {
    await pipeline(body, bounded, createWriteStream(join(folder, 'file'), { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    if (error instanceof PastLimit) return { refused: { status: 413, reason: 'upload too large' } };
    const code = (error as { code?: unknown }).code;
    // The page went away mid-way (HTTP ends a body short of its Content-Length only so): nobody hears the answer.
    if (code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET') return { refused: { status: 400, reason: 'the upload broke off' } };
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      return { failed: { code: 'uploadDiskFull', message: `The temporary folder's disk is full: ${fileName} could not be received. Free some space and try again`, params: { file: fileName } } };
    }
    throw error;
  }
  if (!removedOnExit) {
    // Synchronous, as an exit handler must be: a run stopped with uploads never taken leaves none behind.
    process.once('exit', discardUploads);
    removedOnExit = true;
  }
  const handle = randomUUID();
  waiting.set(handle, { folder, fileName });
  return { handle };
}

/** The upload of that handle, now the caller's (once only): it must call remove() when done with it. */
export function takeUpload(handle: string): Upload {
  const upload = waiting.get(handle);
  if (!upload) throw new AppError('uploadNotFound', 'That file is no longer uploaded (it was used already, or CaseCoder was started again): choose it again', {});
  waiting.delete(handle);
  return { path: join(upload.folder, 'file'), fileName: upload.fileName, remove: () => rmSync(upload.folder, { recursive: true, force: true }) };
}

/** Removes every upload not taken: when browser mode stops, and as the process exits. */
export function discardUploads(): void {
  for (const { folder } of waiting.values()) rmSync(folder, { recursive: true, force: true });
  waiting.clear();
}
