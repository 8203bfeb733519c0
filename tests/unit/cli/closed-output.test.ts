/**
 * A closed stdout stops only the output: `casecoder import … | head -1` exited at the first line
 * it could not write, with 2 of 30 files in, its run left recorded as cut short, and status 0
 * (review-hostile-1207 #13). The command finishes; its status says how it went.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMainIfStale } from '../../helpers/sources.js';

const cli = fileURLToPath(new URL('../../../bin/casecoder.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'casecoder-closed-output-'));
const env = { ...process.env, LANG: 'C.UTF-8', CASECODER_HOME: join(dir, 'home'), CASECODER_CODER: 'Ada' };
const shell = (line: string) => spawnSync('bash', ['-c', line], { cwd: dir, env, encoding: 'utf8' });

beforeAll(() => buildMainIfStale());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a command whose output is closed early', () => {
  it('finishes its work, and its status is its own', () => {
    const files = Array.from({ length: 30 }, (_, i) => `F${i + 1}.txt`);
    files.forEach((file, i) => writeFileSync(join(dir, file), `Text number ${i + 1} about wages and taxes.\n`));
    expect(shell(`node ${cli} new p.casecoder --language en`).status).toBe(0);
    const piped = shell(`node ${cli} import p.casecoder ${files.join(' ')} --case-per-file | head -1; echo "status \${PIPESTATUS[0]}"`);
    expect(piped.stdout.trim().split('\n').at(-1)).toBe('status 0');
    const listed = shell(`node ${cli} documents p.casecoder --json`);
    // Every file in, and no run left recorded as cut short (every later command printed its notice).
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(30);
    expect(listed.stderr).toBe('');
  }, 60_000);
});
