/** When the Node side's TypeScript last changed: tests that run the built app rebuild it when older. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function newestSource(): number {
  return Math.max(
    ...['main', 'shared'].flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.c?ts$/.test(file))
        .map((file) => statSync(join(root, folder, file)).mtimeMs),
    ),
  );
}

/**
 * Compiles main/ and shared/ into dist/main, as `npm run build:main` does, when a source is newer
 * than the build: `npm test` has just built, and the browser tests run dist/ meanwhile. Returns
 * tsc's run when it ran, null when the build was current. Type errors elsewhere do not stop tsc
 * from emitting.
 */
export function buildMainIfStale(): SpawnSyncReturns<string> | null {
  const built = join(root, 'dist/main/cli/index.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) return null;
  return spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.main.json'], { cwd: root, encoding: 'utf8' });
}
