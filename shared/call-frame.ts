/**
 * Browser mode's way to send a call that carries files: one request body holding a line of JSON
 * (the call, each file's bytes replaced by {"$bytes": i}, and the files' sizes) and then the
 * files' bytes back to back. Base64 in JSON made a 40 MB file 53 MB of text that the page encoded
 * and the server parsed and decoded on the threads that draw and serve (over half a second each);
 * this way the bytes are neither encoded nor parsed, and the server reads each file straight into
 * memory of its own.
 */

export const CALL_FRAME_TYPE = 'application/vnd.casecoder.call';

/** The key of a file's placeholder in the call's JSON. */
export const BYTES_KEY = '$bytes';

/** The JSON line before the files: the call (its id among it) and each file's size in bytes, in placeholder order. */
export interface CallFrameHeader {
  method: unknown;
  input: unknown;
  /** The call's own name (contract.ts CallId), when the page may cancel it. */
  callId?: unknown;
  sizes: number[];
}
