/**
 * The crash worker runs the built code in dist/. `npm test` builds first; a run of this test
 * alone rebuilds when a source file is newer than the build, so it never tests stale code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function ensureMainBuilt(): void {
  const built = join(ROOT, 'dist/main/db/store.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.main.json'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build:main failed:\n${result.stdout}${result.stderr}`);
}

function newestSource(): number {
  let newest = 0;
  for (const folder of ['main', 'shared']) {
    for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.c?ts$/.test(entry.name)) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}
