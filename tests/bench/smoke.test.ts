/**
 * `npm run bench` at a tiny scale, to catch a figure that no longer runs (CI runs the bench to
 * catch breakage, not to enforce targets): every figure must come back measured, whatever its
 * value. The bench is compiled into test-results/ rather than dist/, so other tests reading
 * dist/ never see a file half rewritten; it measures the app built in dist/ (npm test builds it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../bench/figures.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const compiled = join(root, 'test-results', 'bench-smoke');
const work = mkdtempSync(join(tmpdir(), 'casecoder-bench-smoke-'));

afterAll(() => {
  rmSync(compiled, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** Figures every run must have, so one that silently disappears fails too. */
const EXPECTED = [
  'import .qdpx (CLI process)', 'project file size', 'table: cooccurrence', 'agreement: ', 'segment table: first page', 'segment table: pages scrolled to', 'export XLSX', 'export DOCX',
  'REFI-QDA round trip', 'merge into a teammate\'s copy of the project (CLI process): peak memory', 'merge the project into a new one (CLI process): peak memory', 'one durable coding, p95', 'search: phrase', 'renderer: 50,000-character document ready to code',
  'renderer: 50,000-character document scrolling', 'renderer: segment table scrolling', 'renderer: code × case table scrolling', 'renderer: case list scrolling', 'longest event-loop block', 'longest event-loop block of a CLI process, start-up included', 'peak memory of any process',
  'longest event-loop block of an idle process beside browser mode',
  'longest main-thread block of an app call',
];

describe('npm run bench at a tiny scale', () => {
  it('measures every figure', () => {
    // The bench's own type errors fail here (npm test's type-check leaves bench/ out); the rest of
    // the tree is type-checked before the tests, and tsc writes the JavaScript either way.
    const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.bench.json', '--outDir', compiled], { cwd: root, encoding: 'utf8' });
    expect(tsc.stdout.split('\n').filter((line) => line.startsWith('bench/'))).toEqual([]);
    expect(tsc.error).toBeUndefined();

    const out = join(work, 'latest.json');
    // 0.005: 5 documents, 50,000 words, 1,000 codings; the renderer opens a 50,000-character document,
    // and each scroll lasts a second (at four, the scrolling figures were half the run).
    const bench = spawnSync(process.execPath, [join(compiled, 'bench', 'run.js'), '--scale', '0.005', '--renderer-chars', '50000', '--scroll-seconds', '1', '--work', work, '--out', out], {
      cwd: root, encoding: 'utf8', timeout: 540_000, maxBuffer: 1 << 26,
    });
    expect(existsSync(out), `no results; the bench's stderr ends:\n${bench.stderr.slice(-2000)}`).toBe(true);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { figures: Figure[] };
    const broken = report.figures.filter((f) => f.status !== 'ok' || typeof f.value !== 'number' || !Number.isFinite(f.value));
    expect(broken.map((f) => `${f.figure}: ${f.status}, ${f.note}`)).toEqual([]);
    const names = report.figures.map((f) => f.figure);
    expect(EXPECTED.filter((e) => !names.some((n) => n.startsWith(e)))).toEqual([]);
    expect(bench.status, bench.stderr.slice(-2000)).toBe(0);
  }, 600_000);
});
