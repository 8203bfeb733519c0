/** The command line run in this process with its output captured: no child process, no build needed. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runCli } from '../../main/cli/index.js';

export interface CapturedRun {
  status: number;
  out: string;
  err: string;
}

/** `terminal`: stdout is a terminal, as a user at one has it. */
export async function runCliCaptured(argv: string[], env: Record<string, string>, cwd: string, { terminal = false } = {}): Promise<CapturedRun> {
  // Lines and data sent as they are (`--out -`) in the order they came, without the last newline.
  let out = '';
  const err: string[] = [];
  const status = await runCli(argv, {
    out: (text) => (out += `${text}\n`),
    write: (content) => (out += content.toString()),
    err: (text) => err.push(text),
    env,
    cwd,
    stdoutIsTerminal: terminal,
  });
  return { status, out: out.replace(/\n$/, ''), err: err.join('\n') };
}

/**
 * A folder of its own for a test file's commands, made before its tests and removed after, and
 * `run`, which runs a command there in the locale `lang` with the coder Ada.
 */
export function useCliFolder(prefix: string): { readonly dir: string; run(lang: string, ...args: string[]): Promise<CapturedRun> } {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    run: (lang, ...args) => runCliCaptured(args, { LC_ALL: lang, CASECODER_HOME: join(dir, 'home'), CASECODER_CODER: 'Ada' }, dir),
  };
}
