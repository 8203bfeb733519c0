/**
 * `casecoder merge` in-process (runCli with a captured io): what a teammate's file had refused
 * is told on stderr, and a refused file is named as the user named it, not as a temporary copy.
 */
import { copyFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/contract.js';
import { runCliCaptured } from '../../helpers/cli-in-process.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { refiLimits } from '../../../main/refi/limits.js';
import { alter, fileHash, RECURSIVE_CASE_GROUP, writeProject } from '../db/untrusted-helpers.js';
import { qdpx } from '../refi/package.js';

let t: TestSession;
let ours: string;
let theirs: string;

beforeEach(() => {
  t = newTestSession('Ada');
  ours = writeProject(t.session, 'ours');
  theirs = writeProject(t.session, 'theirs');
});
afterEach(() => t.dispose());

async function casecoder(args: string[], locale: Record<string, string> = {}) {
  const run = await runCliCaptured(args, { CASECODER_HOME: join(t.home, 'cli-home'), CASECODER_CODER: 'Ada', ...locale }, join(t.home, 'projects'));
  return { status: run.status, stdout: run.out, stderr: run.err };
}

describe('casecoder merge', () => {
  it('prints what was refused on stderr, and merges the rest', async () => {
    const db = new Database(theirs);
    db.prepare('UPDATE segment SET "end" = 1000000000').run();
    db.close();
    const run = await casecoder(['merge', 'ours', 'theirs.casecoder']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Merged theirs\.casecoder: added /);
    expect(run.stderr).toMatch(/^theirs\.casecoder: not merged: Segments: 1 — the span lies outside its document \(.+\)$/m);
    expect(run.stderr).toContain('not merged: Codings: 1 — what it belongs to was not merged');
    expect(run.stdout).not.toContain('not merged');
  });

  it('says what was refused in the system\'s language', async () => {
    const db = new Database(theirs);
    db.prepare('UPDATE segment SET "end" = 1000000000').run();
    db.close();
    const run = await casecoder(['merge', 'ours', 'theirs.casecoder', '--dry-run'], { LANG: 'ru_RU.UTF-8' });
    // The rows it names too: a span, and the field at fault in Russian.
    expect(run.stderr).toMatch(/^theirs\.casecoder: не объединено: Сегменты: 1 — .+ \(\d+–1000000000 \(длина документа \d+\)\)$/m);
    // And what it would add and what matched, as the app's merge says it.
    expect(run.stdout).toBe('Объединение с theirs.casecoder добавило бы: ничего; совпало бы: кодировщики 1, схемы кодирования 2, коды 9, кейсы 1, документы 1');
  });

  it('prints refusals on stderr with --json too, keeping stdout JSON', async () => {
    const db = new Database(theirs);
    db.prepare('UPDATE segment SET "end" = 1000000000').run();
    db.close();
    const run = await casecoder(['merge', 'ours', 'theirs', '--dry-run', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)[0].refused).toHaveLength(2);
    expect(run.stderr).toContain('not merged: Segments: 1');
  });

  it('says of each conflict which side was taken, or would be', async () => {
    // Their copy of our project with our segment «Low wages» (0–9) moved by one character.
    const moved = join(t.home, 'projects', 'moved.casecoder');
    copyFileSync(ours, moved);
    alter(moved, "UPDATE segment SET start = 1, quote = 'ow wages'");
    const conflict = 'A segment of «Interview» («Low wages») is at characters 0–9 here and 1–9 in theirs.';
    expect((await casecoder(['merge', 'ours', 'moved', '--dry-run'])).stdout).toContain(`\n  conflict (would keep ours): ${conflict}`);
    expect((await casecoder(['merge', 'ours', 'moved', '--dry-run', '--prefer', 'theirs'])).stdout).toContain(`conflict (would take theirs): ${conflict}`);
    const run = await casecoder(['merge', 'ours', 'moved', '--prefer', 'theirs'], { LANG: 'ru_RU.UTF-8' });
    expect(run.stdout).toMatch(/^Объединено с moved: добавлено — ничего; /);
    expect(run.stdout).toContain('\n  конфликт (взято их): Сегмент документа «Interview» («Low wages»): символы 0–9 здесь и 1–9 у них.');
  });

  it("merges a teammate's project larger than an upload may be, read where it lies (review-hostile-1207 #15)", async () => {
    // Free pages past the 50 MB of an upload: the file is that large, its rows as they were.
    const padded = new Database(theirs);
    padded.exec('CREATE TABLE pad (b); INSERT INTO pad VALUES (zeroblob(52 * 1024 * 1024)); DROP TABLE pad');
    padded.close();
    expect(statSync(theirs).size).toBeGreaterThan(MAX_IMPORT_BYTES);
    const run = await casecoder(['merge', ours, theirs, '--dry-run']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('merges and imports a REFI-QDA package larger than a call may carry, read where it lies', async () => {
    const big = join(t.home, 'projects', 'big.qdpx');
    writeFileSync(big, paddedPackage(MAX_IMPORT_BYTES + 1024 * 1024));
    expect(statSync(big).size).toBeGreaterThan(MAX_IMPORT_BYTES);
    const merged = await casecoder(['merge', ours, 'big.qdpx', '--dry-run']);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toMatch(/^Would merge big\.qdpx: added .*documents 1/);
    const imported = await casecoder(['import', ours, 'big.qdpx']);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^big\.qdpx: created 1 case, 1 document, 1 code, /);
  });

  it('refuses a package past the size an import reads before the files named first come in', async () => {
    const huge = join(t.home, 'projects', 'huge.qdpx');
    writeFileSync(huge, '');
    // Sparse: as large as that, without the disk.
    truncateSync(huge, refiLimits.maxFileBytes + 1);
    const before = fileHash(ours);
    const limit = `huge.qdpx is too large to import: a REFI-QDA file may be at most ${refiLimits.maxFileBytes / 1024 / 1024} MB`;
    const merged = await casecoder(['merge', ours, theirs, 'huge.qdpx']);
    expect([merged.status, merged.stdout]).toEqual([1, '']);
    expect(merged.stderr).toContain(limit);
    writeFileSync(join(t.home, 'projects', 'small.qdpx'), qdpx({ codes: [{ name: 'Housing' }], sources: [{ name: 'Anna', text: 'We moved for the flat.' }] }));
    const imported = await casecoder(['import', ours, 'small.qdpx', 'huge.qdpx']);
    expect([imported.status, imported.stdout]).toEqual([1, '']);
    expect(imported.stderr).toContain(limit);
    expect(fileHash(ours)).toBe(before);
  });

  it('names the teammate\'s file as given when it is refused, not the temporary copy', async () => {
    alter(theirs, RECURSIVE_CASE_GROUP);
    const run = await casecoder(['merge', ours, theirs]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${theirs} was changed outside CaseCoder (+view case_group) and was not merged; ask whoever sent it to send it again, or run casecoder salvage ${theirs}`);
    expect(run.stderr).not.toMatch(/casecoder-(merge|upload)-/);
  });
});

/**
 * A package of one coded interview, `bytes` long: a file in its sources that no source names,
 * stored, pads it (never read, so its size costs nothing but the disk).
 */
function paddedPackage(bytes: number): Buffer {
  const files = unzipSync(qdpx({ codes: [{ name: 'Housing' }], sources: [{ name: 'Anna', text: 'We moved for the flat.' }] }));
  const rest = Object.values(files).reduce((sum, file) => sum + file.length, 0);
  files['sources/padding.bin'] = new Uint8Array(bytes - rest);
  return Buffer.from(zipSync(files, { level: 0 }));
}
