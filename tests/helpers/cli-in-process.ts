/** The command line run in this process with its output captured: no child process, no build needed. */
import { runCli } from '../../main/cli/index.js';

export interface CapturedRun {
  status: number;
  out: string;
  err: string;
}

export async function runCliCaptured(argv: string[], env: Record<string, string>, cwd: string): Promise<CapturedRun> {
  // Lines and data sent as they are (`--out -`) in the order they came, without the last newline.
  let out = '';
  const err: string[] = [];
  const status = await runCli(argv, {
    out: (text) => (out += `${text}\n`),
    write: (content) => (out += content.toString()),
    err: (text) => err.push(text),
    env,
    cwd,
  });
  return { status, out: out.replace(/\n$/, ''), err: err.join('\n') };
}
