/**
 * The encoding detector (jschardet, 50-80 ms to load) is loaded when a file first needs its
 * one-byte encoding guessed, not by every process that can import a text. Checked in a fresh
 * Node process over the built module: a load hook records the ES modules it loads, and
 * require's cache the CommonJS ones.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const decodeText = new URL('../../../dist/main/import/decode-text.js', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'casecoder-decode-loading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROBE = `
import { createRequire, register } from 'node:module';
const loaded = [];
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => loaded.push(url));
port1.unref();
register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)}, { data: { port: port2 }, transferList: [port2] });
const { decodeTextBytes } = await import(${JSON.stringify(decodeText.href)});
const require = createRequire(import.meta.url);
const detectorLoaded = async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return [...loaded, ...Object.keys(require.cache)].some((name) => name.includes('/jschardet/'));
};
const steps = { imported: await detectorLoaded() };
decodeTextBytes(Buffer.from('Столица — Астана.'), 'utf8.txt');
steps.utf8 = await detectorLoaded();
const cp1251 = decodeTextBytes(Buffer.from([0xd1, 0xf2, 0xee, 0xeb, 0xe8, 0xf6, 0xe0, 0x20, 0xe3, 0xee, 0xf0, 0xee, 0xe4, 0xe0]), 'cp1251.txt');
steps.oneByte = await detectorLoaded();
steps.text = cp1251.text;
console.log(JSON.stringify(steps));
`;

const HOOKS = `
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) {
  port.postMessage(url);
  return next(url, context);
}
`;

describe('the encoding detector', () => {
  it('is loaded by the first file whose one-byte encoding is guessed, not before', () => {
    expect(fileURLToPath(decodeText)).toMatch(/decode-text\.js$/);
    writeFileSync(join(dir, 'hooks.mjs'), HOOKS);
    writeFileSync(join(dir, 'probe.mjs'), PROBE);
    const result = spawnSync(process.execPath, [join(dir, 'probe.mjs')], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ imported: false, utf8: false, oneByte: true, text: 'Столица города' });
  });
});
