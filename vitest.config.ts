import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Files that run for minutes alone (200 crash kills, the bench at a small scale, the CLI's
 * whole-process tests) start first. Without a timing cache, as on a clean CI clone, Vitest orders
 * files by size, and the small crash test file started last: its four minutes then ran with one
 * worker idle and were 17 minutes' CI's last four.
 */
const LONGEST_FIRST = ['tests/crash/crash.test.ts', 'tests/unit/cli/cli.test.ts', 'tests/bench/smoke.test.ts'];

/**
 * Then the browser tests are spread among the others: Vitest would run one project's files
 * after the other's, and two Chromium tests at once on two cores each ran half again as long
 * (one timed out) while the unit tests waited for the end.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const longest = LONGEST_FIRST.flatMap((name) => sorted.filter((file) => file.moduleId.endsWith(name)));
    const rest = sorted.filter((file) => !longest.includes(file));
    const browser = rest.filter((file) => file.moduleId.includes('/tests/e2e/'));
    const others = rest.filter((file) => !browser.includes(file));
    const spread: TestSpecification[] = [];
    const step = others.length / Math.max(1, browser.length);
    browser.forEach((file, i) => spread.push(file, ...others.slice(Math.round(i * step), Math.round((i + 1) * step))));
    return [...longest, ...spread, ...others.slice(Math.round(browser.length * step))];
  }
}

/**
 * Unit test files that replace a module (vi.mock) need a module graph of their own; so do the
 * browser, crash and bench tests, which drive other processes for minutes anyway. The other unit
 * files share one graph per worker: loading each file's modules afresh was about a third of
 * their run (271 s isolated, 180 s shared, on two cores).
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const unitFiles = readdirSync(join(root, 'tests/unit'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => join('tests/unit', name));
const replacesModules = (file: string) => /\bvi\.mock\(/.test(readFileSync(join(root, file), 'utf8'));
const sharedUnits = unitFiles.filter((file) => !replacesModules(file));

export default defineConfig({
  test: {
    // End-to-end tests drive one Chromium each; two cores do not run more well in parallel.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests poll the page; on a loaded two-core machine a second is not always enough.
    expect: { poll: { timeout: 10_000 } },
    sequence: { sequencer: LongestFirst },
    projects: [
      { extends: true, test: { name: 'unit', include: sharedUnits, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['tests/**/*.test.ts'], exclude: sharedUnits } },
    ],
  },
});
