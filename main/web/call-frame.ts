/**
 * Reads a call that carries files (shared/call-frame.ts) off the request as it arrives: the JSON
 * line, then each file straight into a buffer of its own, sized from the line and filled chunk
 * by chunk, so no step copies, parses or touches a whole file at once. The files take their
 * placeholders' places, handed over to the thread that will read them (handOver). Anything that
 * does not add up (sizes, placeholders, bytes) refuses the call before it is run.
 */
import type { IncomingMessage } from 'node:http';
import { BYTES_KEY, type CallFrameHeader } from '../../shared/call-frame.js';
import { handOver } from '../api/dispatch.js';

/** The call's JSON without its files: names, mappings, options. */
const MAX_HEADER_BYTES = 1024 * 1024;
const MAX_FILES = 1000;
const MAX_DEPTH = 32;

export type FramedCall = { call: { method: unknown; input: unknown; callId?: unknown } } | { refused: { status: 400 | 413; reason: string } };

export async function readCallFrame(request: IncomingMessage, maxBytes: number): Promise<FramedCall> {
  const head: Buffer[] = [];
  let headBytes = 0;
  let header: CallFrameHeader | null = null;
  let files: Buffer[] = [];
  let file = 0;
  let filled = 0;
  // Once refused, the rest of the body is read and dropped (up to the bound), so the answer
  // reaches a client still sending; past the bound the connection is cut.
  let refused: { status: 400 | 413; reason: string } | null = null;
  let total = 0;
  // Past the files already full (a file may be empty).
  const nextFile = () => {
    while (file < files.length && filled === files[file]!.length) {
      file++;
      filled = 0;
    }
  };
  for await (const chunk of request as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (refused) {
      if (total > maxBytes + MAX_HEADER_BYTES) break;
      continue;
    }
    let rest = chunk;
    if (header === null) {
      const newline = rest.indexOf(0x0a);
      headBytes += newline < 0 ? rest.length : newline;
      if (headBytes > MAX_HEADER_BYTES) {
        refused = { status: 413, reason: 'request too large' };
        continue;
      }
      if (newline < 0) {
        head.push(rest);
        continue;
      }
      head.push(rest.subarray(0, newline));
      rest = rest.subarray(newline + 1);
      const parsed = parseHeader(Buffer.concat(head).toString('utf8'), maxBytes);
      if ('refused' in parsed) {
        refused = parsed.refused;
        continue;
      }
      header = parsed;
      files = header.sizes.map((size) => Buffer.allocUnsafeSlow(size));
    }
    while (rest.length > 0 && !refused) {
      nextFile();
      if (file === files.length) {
        refused = { status: 400, reason: 'more bytes than the call declares' };
        break;
      }
      const target = files[file]!;
      const count = Math.min(rest.length, target.length - filled);
      rest.copy(target, filled, 0, count);
      filled += count;
      rest = rest.subarray(count);
    }
  }
  if (refused) return { refused };
  if (header === null) return { refused: { status: 400, reason: 'no call before the files' } };
  nextFile();
  if (file < files.length) return { refused: { status: 400, reason: 'fewer bytes than the call declares' } };
  const used = new Set<number>();
  const input = revive(header.input, files, used, 0);
  if (input === INVALID || used.size !== files.length) return { refused: { status: 400, reason: 'the files and their places in the call do not match' } };
  return { call: { method: header.method, input, callId: header.callId } };
}

function parseHeader(text: string, maxBytes: number): CallFrameHeader | { refused: { status: 400 | 413; reason: string } } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { refused: { status: 400, reason: 'invalid JSON' } };
  }
  const sizes = (value as { sizes?: unknown } | null)?.sizes;
  if (typeof value !== 'object' || value === null || !Array.isArray(sizes) || sizes.length > MAX_FILES
    || !sizes.every((size) => Number.isSafeInteger(size) && (size as number) >= 0)) {
    return { refused: { status: 400, reason: 'a call with files names each file\'s size' } };
  }
  if ((sizes as number[]).reduce((sum, size) => sum + size, 0) > maxBytes) return { refused: { status: 413, reason: 'request too large' } };
  const { method, input, callId } = value as { method?: unknown; input?: unknown; callId?: unknown };
  return { method, input, callId, sizes: sizes as number[] };
}

const INVALID = Symbol('invalid');

/** The input with each {"$bytes": i} replaced by file i, each file used once. */
function revive(value: unknown, files: Buffer[], used: Set<number>, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) return INVALID;
  if (Array.isArray(value)) {
    const items = value.map((item) => revive(item, files, used, depth + 1));
    return items.includes(INVALID) ? INVALID : items;
  }
  const entries = Object.entries(value);
  if (entries.length === 1 && entries[0]![0] === BYTES_KEY) {
    const index = entries[0]![1];
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= files.length || used.has(index)) return INVALID;
    used.add(index);
    return handOver(files[index]!);
  }
  // In place: JSON.parse made the object, so every key (even "__proto__") is its own property,
  // and writing it writes that property.
  const object = value as Record<string, unknown>;
  for (const [key, item] of entries) {
    const revived = revive(item, files, used, depth + 1);
    if (revived === INVALID) return INVALID;
    if (revived !== item) object[key] = revived;
  }
  return object;
}
