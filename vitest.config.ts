import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Files that run for minutes alone (200 crash kills, the bench at a small scale, the CLI's
 * whole-process tests) start first. Without a timing cache, as on a clean CI clone, Vitest orders
 * files by size, and the small crash test file started last: its four minutes then ran with one
 * worker idle and were 17 minutes' CI's last four.
 */
const LONGEST_FIRST = ['tests/crash/crash.test.ts', 'tests/unit/cli/cli.test.ts', 'tests/bench/smoke.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((name) => file.moduleId.endsWith(name));
      return i === -1 ? LONGEST_FIRST.length : i;
    };
    return (await super.sort(files)).map((file, order) => ({ file, order })).sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order).map(({ file }) => file);
  }
}

/**
 * Test files that replace a module (vi.mock): a module cache shared with other files would hand
 * them the real one, or hand the others their stand-in.
 */
const TESTS = fileURLToPath(new URL('./tests/', import.meta.url));
const MOCKING = readdirSync(TESTS, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts') && readFileSync(join(TESTS, file), 'utf8').includes('vi.mock('))
  .map((file) => join('tests', file));

export default defineConfig({
  test: {
    // Every other file shares its worker's module cache with the files run before it: each
    // loading the app's modules afresh was half the unit tests' time (vitest's "import", about
    // two and a half minutes of CI's CPU). Spies and stubbed variables are restored by the files.
    projects: [
      { extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...MOCKING], isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
    // End-to-end tests drive one Chromium each; two cores do not run more well in parallel.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests poll the page; on a loaded two-core machine a second is not always enough.
    expect: { poll: { timeout: 10_000 } },
    sequence: { sequencer: LongestFirst },
  },
});
