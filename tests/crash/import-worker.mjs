/**
 * Import worker: `node tests/crash/import-worker.mjs <project> <files> [<hold>]` (the built code in dist/).
 *
 * Imports <files> text files into the case «Anna» as the app's import dialog does, through the
 * dispatch: the run begun with every name (imports.begin), then one documents.import per file
 * naming its place in the run. Each line on stdout is JSON: `ready` once the run is begun, then
 * `{ in: i }` once file i's call has returned. With <hold>, once that many files are in it says
 * `{ held: true }` and waits, mid-import, until stdin closes, so that a test can look at the
 * project beside a live import. It is killed part-way (interrupted-import.test.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatch } from '../../dist/main/api/dispatch.js';
import { Session } from '../../dist/main/services/session.js';

// A worker its parent forgot must not run forever.
setTimeout(() => {
  console.error('import worker was not killed in time');
  process.exit(3);
}, 60_000).unref();

const [project, countText, holdText] = process.argv.slice(2);
const count = Number(countText);
const hold = holdText === undefined ? null : Number(holdText);
const home = mkdtempSync(join(tmpdir(), 'casecoder-import-worker-'));
const session = new Session({ configDir: join(home, 'config'), workspace: home });
session.settings.setCoderName('Ada');
const dispatch = createDispatch(session);
const call = async (method, input) => {
  const result = await dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
};
const say = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

await call('project.open', { path: project });
const names = Array.from({ length: count }, (_, i) => `interview-${String(i).padStart(3, '0')}.txt`);
const { id } = await call('imports.begin', { kind: 'documents', files: names });
say({ ready: true, run: id });
for (const [file, fileName] of names.entries()) {
  const content = new TextEncoder().encode(`Interview ${file}: we moved to the city for work in year ${2000 + file}.`);
  await call('documents.import', { target: { caseName: 'Anna' }, files: [{ fileName, content }], run: { id, file } });
  say({ in: file });
  if (file + 1 === hold) {
    say({ held: true });
    await new Promise((resume) => process.stdin.once('close', resume).resume());
  }
}
await call('imports.end', { id });
say({ finished: true });
