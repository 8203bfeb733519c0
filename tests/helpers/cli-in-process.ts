/** The command line run in this process with its output captured: no child process, no build needed. */
import { runCli } from '../../main/cli/index.js';

export interface CapturedRun {
  status: number;
  out: string;
  err: string;
}

export async function runCliCaptured(argv: string[], env: Record<string, string>, cwd: string): Promise<CapturedRun> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text), env, cwd });
  return { status, out: out.join('\n'), err: err.join('\n') };
}
