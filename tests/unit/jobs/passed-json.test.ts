/**
 * Job answers passed on as JSON text (main/jobs/passed-json.ts): a reader in this process sees
 * the value as ever, a front door's reply is the JSON it would have written, byte for byte, and
 * the text crosses from the worker moved, not copied.
 */
import { describe, expect, it } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import { base64JsonText, fileContent, jsonTextBuffers, passedResultJson, passOn, postAnswer, readLater, toJsonText } from '../../../main/jobs/passed-json.js';
import type { Result } from '../../../shared/contract.js';

const SPANS = [
  { documentId: 1, text: 'Город "растёт" \\ 😀 \u2028', groupName: null, alreadyCoded: false },
  { documentId: 2, text: 'қала бәріміздікі', groupName: 'Алматы', alreadyCoded: true },
];

/** An answer as a job writes it: a part as JSON text among plain properties (one without JSON). */
const answer = () => ({ first: 1, spans: toJsonText(SPANS), skipped: undefined, complete: false });
const expected = { first: 1, spans: SPANS, skipped: undefined, complete: false };
/** What a front door sends, as text (null: JSON.stringify it as ever). */
const sent = (result: Result<unknown>) => passedResultJson(result)?.map((part) => part.toString('utf8')).join('') ?? null;

describe('answers passed on as JSON', () => {
  it('read as the value they hold, in place, by any reader', () => {
    expect(Object.keys(passOn(answer()))).toEqual(['first', 'spans', 'skipped', 'complete']);
    expect(JSON.stringify(passOn(answer()))).toBe(JSON.stringify(expected));
    expect(structuredClone(passOn(answer()))).toEqual(expected);
    expect({ ...passOn(answer()) }).toEqual(expected);
    const read = passOn(answer());
    expect(read.spans).toEqual(SPANS);
    expect(read.spans).toBe(read.spans);
    const written = passOn(answer());
    written.spans = [];
    expect(written).toEqual({ ...expected, spans: [] });
  });

  it('go out to a front door as the JSON of the Result, unread', () => {
    const value = passOn(answer());
    expect(sent({ ok: true, value })).toBe(JSON.stringify({ ok: true, value: expected }));
    // Still unread: going out did not parse it.
    expect(Object.getOwnPropertyDescriptor(value, 'spans')?.get).toBeDefined();
  });

  it('go out as they stand once read and changed, and as ever when they hold no text', () => {
    const value = passOn(answer());
    value.spans.push({ ...SPANS[0]!, documentId: 3 });
    expect(sent({ ok: true, value })).toBeNull();
    const two = passOn({ a: toJsonText([1]), b: toJsonText({ c: 'd' }) });
    two.a.push(2);
    expect(sent({ ok: true, value: two })).toBe('{"ok":true,"value":{"a":[1,2],"b":{"c":"d"}}}');
    expect(sent({ ok: true, value: { plain: 1 } })).toBeNull();
    expect(sent({ ok: true, value: [1] })).toBeNull();
    expect(sent({ ok: false, error: { code: 'x', message: 'x', params: {} } })).toBeNull();
  });

  it('read by a reader of their own, once, when it is given', () => {
    let reads = 0;
    const value = { a: 1 };
    readLater(value, 'b', toJsonText([2]), () => (reads++, [2]));
    expect(sent({ ok: true, value })).toBe('{"ok":true,"value":{"a":1,"b":[2]}}');
    expect(reads).toBe(0);
    expect([value, value]).toEqual([{ a: 1, b: [2] }, { a: 1, b: [2] }]);
    expect(reads).toBe(1);
  });

  it('move their text to the main thread, found in plain objects only', () => {
    const table = { table: { rows: [toJsonText(['in a list: not looked at'])], cells: toJsonText([[1]]) }, counts: new Float64Array(3) };
    expect(jsonTextBuffers(table)).toEqual([table.table.cells.passedJson.buffer]);
    expect(jsonTextBuffers(answer())).toHaveLength(1);
    expect(jsonTextBuffers([toJsonText(1)])).toEqual([]);
    const cycle: Record<string, unknown> = { text: toJsonText(1) };
    cycle.self = cycle;
    expect(jsonTextBuffers(cycle)).toHaveLength(1);
    expect(jsonTextBuffers('text')).toEqual([]);
  });

  it('leave with the answer posted, the sender keeping none of their memory', async () => {
    const { port1, port2 } = new MessageChannel();
    const value = answer();
    const received = new Promise<{ value: { spans: { passedJson: Uint8Array } } }>((resolve) => port2.once('message', resolve));
    postAnswer(port1, { value });
    // Moved: the sender's view of the text is detached (a copy would leave it whole).
    expect(value.spans.passedJson.byteLength).toBe(0);
    const { value: got } = await received;
    expect(passOn(got).spans).toEqual(SPANS);
    port1.close();
  });

  it("hold a file's bytes as the JSON of their base64, in a buffer of their own to move", () => {
    const file = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 0x22, 0x5c, 10]);
    // A view into a larger buffer: only its own bytes are encoded.
    const view = new Uint8Array(Buffer.concat([Buffer.from('before'), file, Buffer.from('after')]).buffer, 6, file.length);
    // A file in many pieces of the encoder's, its length no multiple of 3.
    const large = Uint8Array.from({ length: 1_000_001 }, (_, i) => (i * 7919) % 251);
    for (const bytes of [file, view, new Uint8Array(0), large]) {
      const text = base64JsonText(bytes);
      expect(JSON.parse(Buffer.from(text.passedJson).toString('utf8'))).toBe(Buffer.from(bytes).toString('base64'));
      expect(jsonTextBuffers({ content: text })).toEqual([text.passedJson.buffer]);
    }
    const value = passOn({ fileName: 'a.qdpx', content: base64JsonText(file) });
    expect(sent({ ok: true, value })).toBe(JSON.stringify({ ok: true, value: { fileName: 'a.qdpx', content: file.toString('base64') } }));
  });

  it("give a file's bytes back from its base64 without reading it as a string", () => {
    // Lengths 0, 1 and 2 beyond whole 3-byte groups (padding "==", "=" and none), and many of the decoder's pieces.
    const files = [0, 1, 2, 3, 4, 5, 1_000_001].map((length) => Buffer.from(Uint8Array.from({ length }, (_, i) => (i * 7919) % 256)));
    // Buffers compared as base64 text: toEqual goes byte by byte, seconds for a megabyte.
    const same = (bytes: Buffer, file: Buffer) => expect(bytes.toString('base64')).toBe(file.toString('base64'));
    for (const file of files) {
      const unreadAnswer = passOn({ fileName: 'a.json', content: base64JsonText(file) });
      same(fileContent(unreadAnswer), file);
      // Decoded from the text, the property was not read: the answer still goes out as its text.
      expect(Object.getOwnPropertyDescriptor(unreadAnswer, 'content')?.get).toBeDefined();
      const readAnswer = passOn({ fileName: 'a.json', content: base64JsonText(file) });
      expect(readAnswer.content).toBe(file.toString('base64'));
      same(fileContent(readAnswer), file);
      same(fileContent({ content: file.toString('base64') }), file);
    }
  });
});
