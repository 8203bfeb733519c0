/**
 * Job answers the main thread passes on rather than reads. An answer of many objects (a table's
 * 150,000-260,000 cells, an autocode preview's 20,000 spans) cost the main thread 40-60 ms to
 * take from the worker (structured-clone deserialisation, or building the objects), and as much
 * again to hand to the renderer, with nothing else answered meanwhile. Such a part leaves the
 * worker as its JSON text, UTF-8 bytes moved (not copied) to the main thread, which does not look
 * inside: the answer keeps it as a property parsed only when something in this process reads it
 * (the CLI printing a preview, a test), and a front door writes the bytes into its reply as they
 * are (passedResultJson). Whoever reads the answer sees the same value either way.
 */
import type { Result } from '../../shared/contract.js';

declare const valueType: unique symbol;

/** A value's JSON text, written in a job's worker thread. */
export interface JsonText<T> {
  passedJson: Uint8Array;
  /** The type JSON.parse gives back (never present; it only ties the text to its type). */
  readonly [valueType]?: T;
}

/** An answer as a caller on the main thread sees it: each JsonText property as its value. */
export type Passed<A> = A extends readonly unknown[] ? A : A extends object ? { [K in keyof A]: A[K] extends JsonText<infer T> ? T : A[K] } : A;

const encoder = new TextEncoder();

/** `text`, which must be the JSON of a T (a writer that builds it faster than JSON.stringify). */
export function jsonTextOf<T>(text: string): JsonText<T> {
  return { passedJson: encoder.encode(text) };
}

export function toJsonText<T>(value: T): JsonText<T> {
  return jsonTextOf<T>(JSON.stringify(value));
}

/**
 * The JSON text of `bytes` as base64, which is how a file's content leaves the app (contract.ts):
 * an export is tens of megabytes, and taken as a string from the worker it blocked the main
 * thread for 150-200 ms (a 50 MB string, structured-clone deserialised there).
 */
export function base64JsonText(bytes: Uint8Array): JsonText<string> {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Base64 needs no escaping in JSON, and each of its characters is one byte of UTF-8.
  const text = new Uint8Array(Math.ceil(source.length / 3) * 4 + 2);
  const out = Buffer.from(text.buffer);
  out[0] = 0x22;
  let at = 1;
  // In pieces of whole 3-byte groups, whose base64 strings join into the whole's: no string as
  // large as the file's base64 is made beside the text.
  for (let from = 0; from < source.length; from += BASE64_PIECE) {
    at += out.write(source.toString('base64', from, Math.min(from + BASE64_PIECE, source.length)), at, 'latin1');
  }
  out[at] = 0x22;
  return { passedJson: text };
}

const BASE64_PIECE = 3 * 64 * 1024;

/**
 * The file an export answered with (its base64 `content`) as bytes. Still unread, it is decoded
 * from the answer's JSON text a piece at a time: read as a string, the text of a co-occurrence
 * table's JSON (120 MB of base64) was held three times over (its bytes, their string, and
 * JSON.parse's copy) beside the file, and the command line writing it peaked at 1.04 GB.
 */
export function fileContent(answer: { content: string }): Buffer {
  const bytes = unread.get(answer)?.get('content');
  if (!bytes) return Buffer.from(answer.content, 'base64');
  // Inside its quotes the text is base64 alone (base64JsonText), each piece whole 4-character groups.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(1, -1);
  const file = Buffer.allocUnsafe((text.length / 4) * 3);
  let at = 0;
  for (let from = 0; from < text.length; from += BASE64_TEXT_PIECE) {
    at += file.write(text.toString('latin1', from, Math.min(from + BASE64_TEXT_PIECE, text.length)), at, 'base64');
  }
  return file.subarray(0, at);
}

const BASE64_TEXT_PIECE = (BASE64_PIECE / 3) * 4;

function isJsonText(value: unknown): value is JsonText<unknown> {
  return typeof value === 'object' && value !== null && (value as { passedJson?: unknown }).passedJson instanceof Uint8Array;
}

/**
 * The memory of each JsonText in an answer's properties and theirs (a packed table's cells; no
 * deeper, so a cycle ends the search), to move to the main thread rather than copy, where the
 * text owns all of it. Each once: a transfer list may not name one twice.
 */
export function jsonTextBuffers(answer: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const look = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return;
    if (isJsonText(value)) {
      const bytes = value.passedJson;
      if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) found.add(bytes.buffer);
    } else if (depth > 0) {
      for (const inner of Object.values(value)) look(inner, depth - 1);
    }
  };
  look(answer, 2);
  return [...found];
}

/** Where a worker thread posts its answers (its parentPort). */
export interface AnswerPort {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
}

/** Posts a job's answer message, its JSON texts' memory moved with it (jsonTextBuffers), not copied. */
export function postAnswer<M extends { value: unknown }>(port: AnswerPort, message: M): void {
  port.postMessage(message, jsonTextBuffers(message.value));
}

/** Per answer, the properties still held as JSON text. */
const unread = new WeakMap<object, Map<string, Uint8Array>>();

/**
 * The answer, each JsonText property replaced by its value, parsed when first read. The
 * property stays enumerable in its place, so spreading, JSON.stringify and a structured clone
 * (Electron's IPC) see the same object as ever; they only pay for the parse.
 */
export function passOn<A>(answer: A): Passed<A> {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return answer as Passed<A>;
  for (const [key, value] of Object.entries(answer)) {
    if (!isJsonText(value)) continue;
    const bytes = value.passedJson;
    readLater(answer, key, value, () => JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')));
  }
  return answer as Passed<A>;
}

/**
 * Makes `target[key]` (appended, or in its place) the value `read` gives, called when the
 * property is first read; until then `text`, that value's JSON, is what a front door sends. A
 * reader that builds the value faster than JSON.parse can (a table's cells) is given here.
 */
export function readLater<T>(target: object, key: string, text: JsonText<T>, read: () => T): void {
  let texts = unread.get(target);
  if (!texts) unread.set(target, (texts = new Map()));
  texts.set(key, text.passedJson);
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => settle(target, key, read()),
    set: (given: unknown) => settle(target, key, given),
  });
}

/** The property as a plain one holding `value`; its text is no longer what it holds. */
function settle(target: object, key: string, value: unknown): unknown {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  unread.get(target)?.delete(key);
  return value;
}

/**
 * A successful Result's JSON as UTF-8, in pieces to write one after another (a table's cells are
 * tens of megabytes: not copied into one buffer), its value's unread JSON texts among them as
 * they came; null when its value holds none (then JSON.stringify the Result as ever). Equal, byte
 * for byte, to JSON.stringify of the Result with every property read.
 */
export function passedResultJson(result: Result<unknown>): Buffer[] | null {
  if (!result.ok || typeof result.value !== 'object' || result.value === null) return null;
  const value = result.value as Record<string, unknown>;
  const texts = unread.get(value);
  if (!texts?.size) return null;
  const parts: Buffer[] = [Buffer.from('{"ok":true,"value":{')];
  let first = true;
  for (const key of Object.keys(value)) {
    const bytes = texts.get(key);
    const json = bytes ? undefined : (JSON.stringify(value[key]) as string | undefined);
    // JSON.stringify leaves out a property whose value has no JSON (undefined, a function).
    if (!bytes && json === undefined) continue;
    parts.push(Buffer.from(`${first ? '' : ','}${JSON.stringify(key)}:${json ?? ''}`));
    if (bytes) parts.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    first = false;
  }
  parts.push(Buffer.from('}}'));
  return parts;
}
