/**
 * The CaseCoder checkout the bench measures: the nearest folder above the compiled bench that
 * holds `bin/casecoder.js`. `npm run bench` compiles into dist/bench; the smoke test compiles a
 * copy elsewhere in the checkout (so it never rewrites dist/ while other tests read it), and
 * both measure the app built in the checkout's dist/.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRepo(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'bin', 'casecoder.js'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No CaseCoder checkout (bin/casecoder.js) above ${from}`);
  }
}

export const REPO = findRepo(import.meta.dirname);
