/**
 * The command line as users run it: `node bin/casecoder.js …` in a process of its own, with
 * its own CASECODER_HOME, on a project in a temporary folder. The steps share one project
 * and run in order, as a scripted session would.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMainIfStale, newestSource } from '../../helpers/sources.js';
import { exportFormats, tableKinds } from '../../../shared/tables.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('../../fixtures/case-table-programmers.csv', import.meta.url));
let dir: string;
let home: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `stdout`: a file descriptor to send stdout to (a redirect), else a pipe. */
function casecoder(args: string[], env: Record<string, string> = {}, stdout?: number): Run {
  // The locale is pinned: `new` names its codebook in the system's language (ru_RU would give Валентность).
  const { CASECODER_CODER: _ignored, LC_ALL: _all, LC_MESSAGES: _messages, ...parentEnv } = process.env;
  const result = spawnSync(process.execPath, [join(root, 'bin/casecoder.js'), ...args], {
    cwd: dir,
    env: { ...parentEnv, LANG: 'C.UTF-8', CASECODER_HOME: home, ...env },
    encoding: 'utf8',
    ...(stdout === undefined ? {} : { stdio: ['ignore', stdout, 'pipe'] }),
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr };
}

/** A successful run's stdout; a failed one fails the test with its stderr. */
function ok(args: string[], env?: Record<string, string>): string {
  const run = casecoder(args, env);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

/** A run that also says something on stderr (what it wrote, how many it listed): its stdout and stderr. */
function reports(args: string[]): { stdout: string; stderr: string } {
  const run = casecoder(args);
  expect(run.status, run.stderr).toBe(0);
  return { stdout: run.stdout, stderr: run.stderr };
}

/** A failed run's stderr, which must be exactly one line. */
function fails(args: string[], status: number, env?: Record<string, string>): string {
  const run = casecoder(args, env);
  expect(run.status).toBe(status);
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  return run.stderr.trimEnd();
}

const json = <T>(args: string[]): T => JSON.parse(ok([...args, '--json'])) as T;


beforeAll(() => {
  // The launcher runs the compiled CLI; a broken CLI fails the tests.
  buildMainIfStale();
  expect(statSync(join(root, 'dist/main/cli/index.js')).mtimeMs).toBeGreaterThanOrEqual(newestSource());
  dir = mkdtempSync(join(tmpdir(), 'casecoder-cli-'));
  home = join(dir, 'home');
  mkdirSync(home);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('casecoder, step by step on one project', () => {
  it('creates a project, refusing to overwrite it', () => {
    expect(ok(['new', 'study', '--name', 'Relocation'])).toBe(`Created ${join(dir, 'study.casecoder')} (codebook in English)\n`);
    expect(existsSync(join(dir, 'study.casecoder'))).toBe(true);
    expect(fails(['new', 'study.casecoder'], 1)).toBe(`casecoder new: ${join(dir, 'study.casecoder')} already exists`);
  });

  it("names a new project's codebook in --language, else in the system's language", () => {
    const paths = (project: string) => json<{ codes: { path: string }[] }>(['codes', project]).codes.map((c) => c.path);
    expect(ok(['new', 'ru-study', '--language', 'ru'])).toBe(`Created ${join(dir, 'ru-study.casecoder')} (codebook in Russian)\n`);
    expect(paths('ru-study').slice(0, 4)).toEqual(['Валентность/Позитивное', 'Валентность/Негативное', 'Валентность/Прогноз', 'STEEPL/Социокультурные']);
    // A Kazakh system, and an option that overrides it.
    ok(['new', 'kk-study'], { LANG: 'kk_KZ.UTF-8' });
    expect(paths('kk-study')[0]).toBe('Валенттілік/Оң');
    ok(['new', 'en-study', '--language', 'en'], { LANG: 'kk_KZ.UTF-8' });
    expect(paths('en-study')[0]).toBe('Valence/Positive');
    expect(fails(['new', 'de-study', '--language', 'de'], 2)).toBe('casecoder new: --language must be one of en, ru, kk, not de (see casecoder new --help)');
    expect(existsSync(join(dir, 'de-study.casecoder'))).toBe(false);
  });

  it('imports a case table into a group, its cells coded by the table, not by a coder', () => {
    // No coder is needed: the valence a column gives is no one's reading (shared/case-table-coder.ts).
    expect(ok(['import', 'study', fixture, '--case-table', '--group', 'Programmers'], { LANG: 'ru_RU.UTF-8' })).toBe(
      `${fixture}: создано: 3 кейса, 7 документов, 7 сегментов (utf-8)\n`,
    );
    expect(json<{ coders: string[] }[]>(['segments', 'study']).map((s) => s.coders)).toEqual(Array(7).fill(['Таблица кейсов']));
  });

  it('lists cases and codes as JSON', () => {
    const cases = json<{ name: string; groupName: string; documentCount: number; segmentCount: number }[]>(['cases', 'study']);
    expect(cases.map((c) => [c.name, c.groupName, c.documentCount, c.segmentCount])).toEqual([
      ['1', 'Programmers', 3, 3], ['2', 'Programmers', 2, 2], ['3', 'Programmers', 2, 2],
    ]);
    const codebook = json<{ frameworks: { name: string }[]; codes: { path: string }[] }>(['codes', 'study']);
    expect(codebook.frameworks.map((f) => f.name)).toEqual(['Valence', 'STEEPL']);
    expect(codebook.codes.map((c) => c.path)).toEqual([
      'Valence/Positive', 'Valence/Negative', 'Valence/Forecast',
      'STEEPL/Sociocultural', 'STEEPL/Technological', 'STEEPL/Economic', 'STEEPL/Environmental', 'STEEPL/Political', 'STEEPL/Legal',
    ]);
    expect(ok(['cases', 'study']).split('\n')[1]).toMatch(/^1 +1 +Programmers +3 +3$/);
  });

  it('imports a text file into a case, creating the case in its group', () => {
    writeFileSync(join(dir, 'notes.txt'), 'Rent is high.\r\nRent is high, wages are low.\r\n');
    expect(fails(['import', 'study', 'notes.txt'], 1)).toBe(
      'casecoder import: notes.txt: named after no case of the project (P1_interview.docx goes to the case P1): ' +
      'give --case CASE, or --case-per-file to make a case named after each file. Nothing was imported',
    );
    expect(fails(['import', 'study', 'notes.txt', 'absent.txt', '--case', '4'], 1)).toBe('casecoder import: Cannot read absent.txt: no such file');
    expect(ok(['import', 'study', 'notes.txt', '--case', '4', '--group', 'Designers'])).toBe('notes.txt: created document 8 and its case (txt, utf-8, 43 characters)\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    // A refused file gets its own line; the last line says how many of the batch did not come in.
    const empty = casecoder(['import', 'study', 'empty.txt', '--case', '5']);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toBe('empty.txt: not imported: the file is empty\ncasecoder import: 1 of 1 file not imported\n');
    const cases = json<{ name: string; groupName: string; documentCount: number }[]>(['cases', 'study']);
    // Case 5 went with its failed import.
    expect(cases.map((c) => c.name)).toEqual(['1', '2', '3', '4']);
    expect(cases.at(-1)).toMatchObject({ name: '4', groupName: 'Designers', documentCount: 1 });
  });

  it('puts each document into the case its file is named after, as the app does, and says which files match none', () => {
    const documentsOf = () => new Map(json<{ name: string; documentCount: number }[]>(['cases', 'routes']).map((c) => [c.name, c.documentCount]));
    for (const [file, text] of [['start.txt', 'Hello.'], ['P1_interview.txt', 'We moved in spring.'], ['P2 notes.txt', 'Rent is high.'],
      ['P2-extra.txt', 'Wages are low.'], ['misc.txt', 'Nobody said.'], ['Анна_интервью.txt', 'Мы переехали весной.']]) writeFileSync(join(dir, file!), text!);
    ok(['new', 'routes']);
    ok(['import', 'routes', 'start.txt', '--case', 'P1']);
    ok(['import', 'routes', 'start.txt', '--case', 'P2']);
    // No --case: each file goes to the case it is named after.
    ok(['import', 'routes', 'P1_interview.txt', 'P2 notes.txt']);
    expect(Object.fromEntries(documentsOf())).toEqual({ P1: 2, P2: 2 });
    // A file named after no case stops the whole command, in the system's language, with nothing imported.
    expect(fails(['import', 'routes', 'P2-extra.txt', 'Анна_интервью.txt'], 1, { LANG: 'ru_RU.UTF-8' })).toBe(
      'casecoder import: Анна_интервью.txt: имя файла не начинается с названия ни одного кейса проекта (P1_интервью.docx идёт в кейс P1): ' +
      'укажите --case КЕЙС или --case-per-file, чтобы создать кейс по имени каждого файла. Ничего не импортировано',
    );
    expect(Object.fromEntries(documentsOf())).toEqual({ P1: 2, P2: 2 });
    // --group: only its cases are matched (the seed study's groups both number their cases from 1).
    expect(fails(['import', 'routes', 'P1_interview.txt', '--group', 'Other'], 1)).toMatch(/^casecoder import: P1_interview\.txt: named after no case/);
    // Of several files, those named after a case go there, the others to --case.
    ok(['import', 'routes', 'P2-extra.txt', 'misc.txt', '--case', 'Misc']);
    expect(Object.fromEntries(documentsOf())).toEqual({ P1: 2, P2: 3, Misc: 1 });
    // A new case per file, named from it.
    ok(['import', 'routes', 'Анна_интервью.txt', '--case-per-file']);
    expect(documentsOf().get('Анна')).toBe(1);
    expect(fails(['import', 'routes', 'misc.txt', '--case', 'Misc', '--case-per-file'], 2)).toMatch(/--case and --case-per-file cannot go together/);
    // Fourteen processes of their own: 7 s alone, over 30 s on a two-core machine running browser tests beside it.
  }, 120_000);

  it('refuses a file named after a case that two groups have, naming the groups, until --group says which', () => {
    const documentsOf = () => json<{ name: string; groupName: string | null; documentCount: number }[]>(['cases', 'shared']).map((c) => [c.groupName, c.name, c.documentCount]);
    for (const [file, text] of [['start.txt', 'Hello.'], ['2_интервью.txt', 'Мы переехали весной.'], ['misc.txt', 'Nobody said.']]) writeFileSync(join(dir, file!), text!);
    ok(['new', 'shared']);
    ok(['import', 'shared', 'start.txt', '--case', '2', '--group', 'Programmers']);
    ok(['import', 'shared', 'start.txt', '--case', '2', '--group', 'Entrepreneurs']);
    // Of several files the name would decide, and --case is for the others: it cannot tell the two «2» apart.
    expect(fails(['import', 'shared', '2_интервью.txt', 'misc.txt', '--case', 'Misc'], 1)).toBe(
      'casecoder import: 2_интервью.txt: named after a case that more than one group has (Programmers, Entrepreneurs): ' +
      "give --group GROUP to say which group's case. Nothing was imported",
    );
    expect(fails(['import', 'shared', '2_интервью.txt'], 1, { LANG: 'kk_KZ.UTF-8' })).toBe(
      'casecoder import: 2_интервью.txt: файл аты бірнеше топта бар кейстің атауымен басталады (Programmers, Entrepreneurs): ' +
      'қай топтың кейсі екенін --group ТОП арқылы көрсетіңіз. Ештеңе импортталмады',
    );
    expect(documentsOf()).toEqual([['Programmers', '2', 1], ['Entrepreneurs', '2', 1]]);
    ok(['import', 'shared', '2_интервью.txt', '--group', 'Entrepreneurs']);
    expect(documentsOf()).toEqual([['Programmers', '2', 1], ['Entrepreneurs', '2', 2]]);
  });

  it('codes by quote with STEEPL codes, refusing absent and ambiguous quotes', () => {
    const coder = { CASECODER_CODER: 'Boris' };
    expect(ok(['code', 'study', '--case', '1', '--quote', 'Slow internet', '--code', 'STEEPL/Technological'], coder)).toBe(
      'Coded "Slow internet" in 1 — Negative facts (case 1, code points 0-13) as STEEPL/Technological\n',
    );
    expect(ok(['code', 'study', '--case', '3', '--quote', 'prices went up by a third', '--code', 'steepl/economic'], coder)).toMatch(
      /^Coded "prices went up by a third" in 3 — Negative facts \(case 3, code points 17-42\) as STEEPL\/Economic\n$/,
    );
    ok(['code', 'study', '--case', '4', '--quote', 'wages are low', '--code', 'STEEPL/Economic', '--coder', 'Cleo'], coder);

    expect(fails(['code', 'study', '--case', '1', '--quote', 'Cheap flats', '--code', 'STEEPL/Economic'], 1, coder)).toBe(
      'casecoder code: "Cheap flats" does not occur in case 1\'s documents (1 — Positive facts, 1 — Negative facts, 1 — Perspective (forecast))',
    );
    expect(fails(['code', 'study', '--case', '4', '--quote', 'Rent is high', '--code', 'STEEPL/Economic'], 1, coder)).toBe(
      'casecoder code: "Rent is high" occurs 2 times in case 4\'s documents (notes: 2); give a longer quote',
    );
    expect(fails(['code', 'study', '--case', '4', '--quote', 'wages', '--code', 'STEEPL/Wages'], 1, coder)).toMatch(/Framework STEEPL has no code named Wages/);
    expect(fails(['code', 'study', '--case', '4', '--quote', 'wages'], 2, coder)).toMatch(/--code FRAMEWORK\/CODE is required/);
    expect(fails(['code', 'study', '--case', '4', '--quote', 'Rent is high,', '--code', 'STEEPL/Economic'], 1)).toMatch(/needs a coder name/);
  });

  it('lists segments with filters, as JSON and as a table', () => {
    type Row = { caseName: string; groupName: string; quote: string; codes: string[]; coders: string[] };
    const all = json<Row[]>(['segments', 'study']);
    expect(all).toHaveLength(10);
    expect(json<Row[]>(['segments', 'study', '--code', 'STEEPL/Economic']).map((s) => [s.caseName, s.quote, s.coders])).toEqual([
      ['3', 'prices went up by a third', ['Boris']], ['4', 'wages are low', ['Cleo']],
    ]);
    expect(json<Row[]>(['segments', 'study', '--case', '1', '--coder', 'Boris']).map((s) => [s.quote, s.codes])).toEqual([
      ['Slow internet', ['Technological']],
    ]);
    expect(json<Row[]>(['segments', 'study', '--group', 'Designers']).map((s) => s.quote)).toEqual(['wages are low']);
    expect(json<Row[]>(['segments', 'study', '--group', 'Programmers', '--code', 'Valence/Negative'])).toHaveLength(2);
    // A name that is no coder's is said to be so, as a group's is, not listed as no segments.
    expect(fails(['segments', 'study', '--coder', 'boris'], 1)).toMatch(/^casecoder segments: No coder named boris \(coders: .*Boris/);
    expect(fails(['segments', 'study', '--group', 'Nurses'], 1)).toBe('casecoder segments: No group named Nurses (groups: Programmers, Designers)');

    // The count goes to stderr: stdout is the rows alone, for a script to read.
    const listed = reports(['segments', 'study', '--case', '3']);
    const table = listed.stdout.trimEnd().split('\n');
    expect(table[0]).toMatch(/^CASE +DOCUMENT +CODES +QUOTE$/);
    expect(table).toContain('3     3 — Negative facts  Negative  Winter smog, and prices went up by a third.');
    expect(table).toHaveLength(4);
    expect(listed.stderr).toBe('3 segments\n');
  });

  it('writes every kind of table and every format', () => {
    // Each format once and each kind at least once, kinds in turn from crosstab: the writers are
    // checked for every kind in every format in process (tests/unit/export/segments-written.test.ts);
    // this checks that the command line reaches them, a whole process each.
    const kindFor = (i: number) => tableKinds[(i + 1) % tableKinds.length]!;
    expect(new Set(exportFormats.map((_, i) => kindFor(i)))).toEqual(new Set(tableKinds));
    exportFormats.forEach((format, i) => {
      const out = `${kindFor(i)}.${format}`;
      expect(reports(['table', 'study', '--kind', kindFor(i), '--format', format, '--out', out])).toEqual({ stdout: '', stderr: expect.stringMatching(/^Wrote .+ to /) });
      const content = readFileSync(join(dir, out));
      expect(content.length).toBeGreaterThan(0);
      // xlsx and docx are zip files.
      if (format === 'xlsx' || format === 'docx') expect(content.subarray(0, 2).toString()).toBe('PK');
    });
    expect(readFileSync(join(dir, 'crosstab.html'), 'utf8')).toContain('<table');
    expect(readFileSync(join(dir, 'crosstab.csv'), 'utf8')).toContain('prices went up by a third');
  }, 60_000);

  it('never writes a table or an export over the project, and replaces an earlier file only whole', () => {
    // A table written over its own project destroyed it, with exit 0 and no backup.
    const before = readFileSync(join(dir, 'study.casecoder'));
    for (const out of ['study.casecoder', `${dir}/./study.casecoder`, 'study.casecoder-wal']) {
      expect(fails(['table', 'study', '--kind', 'crosstab', '--format', 'csv', '--out', out], 2)).toBe(
        `casecoder table: --out ${out} is the project itself: name another file to write (see casecoder table --help)`,
      );
    }
    expect(fails(['export', 'study', '--format', 'qdc', '--out', 'study.casecoder'], 2)).toMatch(/--out study\.casecoder is the project itself/);
    expect(readFileSync(join(dir, 'study.casecoder')).equals(before)).toBe(true);
    // Written beside its name and renamed over it: no part-written file under the name, none left beside it.
    writeFileSync(join(dir, 'earlier.csv'), 'the earlier table');
    reports(['table', 'study', '--kind', 'crosstab', '--format', 'csv', '--out', 'earlier.csv']);
    expect(readFileSync(join(dir, 'earlier.csv'), 'utf8')).toContain('prices went up by a third');
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('sends a table to stdout for --out -, and refuses a place it cannot write before the work', () => {
    const piped = reports(['table', 'study', '--kind', 'crosstab', '--format', 'csv', '--out', '-']);
    reports(['table', 'study', '--kind', 'crosstab', '--format', 'csv', '--out', 'filed.csv']);
    // The same table, less the byte-order mark a pipe's reader would take for part of the first name.
    expect(`\uFEFF${piped.stdout}`).toBe(readFileSync(join(dir, 'filed.csv'), 'utf8'));
    expect(piped.stderr).toBe('Wrote STEEPL × Valence (rows: 6, columns: 3) to standard output\n');
    expect(existsSync(join(dir, '-'))).toBe(false);
    // In plain words, not errno's, and before the table is built.
    expect(fails(['table', 'study', '--kind', 'crosstab', '--format', 'csv', '--out', 'missing/t.csv'], 1)).toBe(
      `casecoder table: --out missing/t.csv: there is no folder ${join(dir, 'missing')}; make it first or name another file`,
    );
    mkdirSync(join(dir, 'a-folder'), { recursive: true });
    expect(fails(['export', 'study', '--format', 'qdc', '--out', 'a-folder'], 1)).toBe('casecoder export: --out a-folder is a folder: name a file to write');
    expect(fails(['qca', 'study', '--condition', 'STEEPL/Economic', '--outcome', 'Valence/Negative', '--r-csv', '-'], 2)).toMatch(
      /--r-csv - would mix the data with the results printed: name a file/,
    );
  });

  it('writes the segments its filters pick to a file, or to stdout', () => {
    const filed = reports(['segments', 'study', '--group', 'Programmers', '--code', 'Valence/Negative', '--format', 'csv', '--out', 'negative.csv']);
    expect(filed).toEqual({ stdout: '', stderr: `Wrote 2 segments to ${join(dir, 'negative.csv')}\n` });
    const lines = readFileSync(join(dir, 'negative.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFFCase,Group,Document,Start,End,Quote,Codes,Coders,Coded on,Memos');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['1,Programmers', '3,Programmers']);
    // Into a pipe, for the program reading it, without the byte-order mark Excel needs; redirected
    // into a file, with it.
    const toStdout = ['segments', 'study', '--group', 'Programmers', '--code', 'Valence/Negative', '--format', 'csv', '--out', '-', '--language', 'ru'];
    const piped = reports(toStdout);
    expect(piped.stdout.split('\r\n')[0]).toBe('Кейс,Группа,Документ,Начало,Конец,Цитата,Коды,Кодировщики,Дата кодирования,Мемо');
    const redirected = openSync(join(dir, 'redirected.csv'), 'w');
    try {
      expect(casecoder(toStdout, {}, redirected).status).toBe(0);
    } finally {
      closeSync(redirected);
    }
    expect(readFileSync(join(dir, 'redirected.csv'), 'utf8')).toBe(`\uFEFF${piped.stdout}`);
    expect(fails(['segments', 'study', '--format', 'csv'], 2)).toMatch(/--format and --out go together/);
  });

  it("puts what was coded in the JSON table's cells", () => {
    type Segment = { id: number; case: string; quote: string };
    type Table = { title: string; cells: { row: string; column: string; count: number; segmentIds: number[] }[]; segments: Segment[] };
    const table = (...args: string[]): Table => {
      reports(['table', 'study', ...args, '--format', 'json', '--out', 'table.json']);
      return JSON.parse(readFileSync(join(dir, 'table.json'), 'utf8')) as Table;
    };
    // A cell with its segments: the file lists each segment once, and each cell its segments' ids.
    const cell = (t: Table, row: string, column: string) => {
      const found = t.cells.find((c) => c.row === row && c.column === column);
      return found && { ...found, segments: found.segmentIds.map((id) => t.segments.find((s) => s.id === id)!) };
    };

    const crosstab = table('--kind', 'crosstab', '--rows', 'STEEPL', '--cols', 'Valence');
    expect(crosstab.title).toBe('STEEPL × Valence');
    expect(cell(crosstab, 'Economic', 'Negative')).toMatchObject({ count: 1, segments: [{ case: '3', quote: 'prices went up by a third' }] });
    expect(cell(crosstab, 'Technological', 'Negative')).toMatchObject({ count: 1, segments: [{ case: '1', quote: 'Slow internet' }] });
    // Case 4's Economic quote is in an uncoded document: it has no valence.
    expect(crosstab.cells.filter((c) => c.row === 'Economic').reduce((n, c) => n + c.count, 0)).toBe(1);

    const programmers = table('--kind', 'case-matrix', '--group', 'Programmers');
    expect(cell(programmers, '3', 'Negative')!.segments.map((s) => s.quote)).toEqual(['Winter smog, and prices went up by a third.']);
    expect(programmers.cells.some((c) => c.row === '4')).toBe(false);

    const counts = table('--kind', 'code-case', '--cols', 'STEEPL');
    expect(cell(counts, '4', 'Economic')!.count).toBe(1);
    expect(cell(counts, 'Total', 'Economic')!.count).toBe(2);

    const cooccurrence = table('--kind', 'cooccurrence');
    expect(cell(cooccurrence, 'STEEPL/Technological', 'Valence/Negative')!.count).toBe(1);

    expect(fails(['table', 'study', '--kind', 'pie', '--format', 'json', '--out', 'x'], 2)).toMatch(/--kind must be one of case-matrix, crosstab/);
    expect(fails(['table', 'study', '--kind', 'crosstab', '--rows', 'PESTLE', '--format', 'json', '--out', 'x'], 1)).toBe(
      'casecoder table: No framework named PESTLE (frameworks: Valence, STEEPL)',
    );
  });

  it("leaves the user's settings alone and takes the coder name from them last", () => {
    const settings = join(home, 'settings.json');
    writeFileSync(settings, JSON.stringify({ coderName: 'Dana', recent: ['/elsewhere/a.casecoder'] }));
    const before = readFileSync(settings, 'utf8');
    ok(['code', 'study', '--case', '2', '--quote', 'Georgia', '--code', 'STEEPL/Political']);
    ok(['code', 'study', '--case', '2', '--quote', 'holidays', '--code', 'STEEPL/Sociocultural'], { CASECODER_CODER: 'Eve' });
    expect(json<{ quote: string; coders: string[] }[]>(['segments', 'study', '--case', '2']).map((s) => [s.quote, s.coders])).toEqual([
      ['Colleagues invited me home for the holidays.', ['Таблица кейсов']], ['holidays', ['Eve']],
      ['We plan to leave, maybe for Georgia, maybe further.', ['Таблица кейсов']], ['Georgia', ['Dana']],
    ]);
    expect(readFileSync(settings, 'utf8')).toBe(before);
  });
});

describe('casecoder help and mistakes', () => {
  it('gives help on every command', () => {
    const overview = ok(['--help']);
    for (const command of ['new', 'import', 'cases', 'codes', 'code', 'segments', 'table']) {
      expect(overview).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
      expect(ok([command, '--help'])).toMatch(new RegExp(`^Usage: casecoder ${command} PROJECT`));
    }
    expect(ok(['code', '-h'])).toContain('--quote "EXACT TEXT"');
  });

  it('says in one line what is wrong', () => {
    expect(fails(['frobnicate'], 2)).toBe('casecoder: unknown command frobnicate; run casecoder --help for the list');
    expect(fails([], 2)).toBe('casecoder: no command given; run casecoder --help for the list');
    expect(fails(['cases'], 2)).toBe('casecoder cases: missing PROJECT (see casecoder cases --help)');
    expect(fails(['cases', 'study', '--csv'], 2)).toBe('casecoder cases: unknown option --csv (see casecoder cases --help)');
    expect(fails(['code', 'study', '--case', '1', '--quote', '-5%', '--code', 'STEEPL/Economic'], 2)).toBe(
      'casecoder code: a value starting with "-" is written --quote=VALUE (see casecoder code --help)',
    );
    expect(fails(['cases', 'absent'], 1)).toBe(`casecoder cases: No project at ${join(dir, 'absent.casecoder')}`);
  });
});

describe('casecoder merge and agreement, for a team', () => {
  it('merges a teammate\'s copy and measures how far the two coders agree', () => {
    ok(['new', 'team']);
    ok(['import', 'team', fixture, '--case-table', '--group', 'Programmers', '--coder', 'Ada']);
    writeFileSync(join(dir, 'team-boris.casecoder'), readFileSync(join(dir, 'team.casecoder')));
    ok(['code', 'team', '--case', '1', '--quote', 'Slow internet', '--code', 'STEEPL/Technological', '--coder', 'Ada']);
    ok(['code', 'team', '--case', '3', '--quote', 'prices went up by a third', '--code', 'STEEPL/Economic', '--coder', 'Ada']);
    ok(['code', 'team-boris', '--case', '1', '--quote', 'Slow internet', '--code', 'STEEPL/Technological', '--coder', 'Boris']);
    ok(['code', 'team-boris', '--case', '3', '--quote', 'Winter smog', '--code', 'STEEPL/Environmental', '--coder', 'Boris']);

    const [plan] = json<{ added: Record<string, number>; conflicts: unknown[] }[]>(['merge', 'team', 'team-boris', '--dry-run']);
    expect(plan!.added).toMatchObject({ coders: 1, segments: 1, codings: 2, documents: 0, cases: 0 });
    expect(plan!.conflicts).toEqual([]);
    // The dry run added nothing: not even Boris as a coder.
    expect(fails(['segments', 'team', '--coder', 'Boris'], 1)).toMatch(/^casecoder segments: No coder named Boris/);

    expect(ok(['merge', 'team', 'team-boris'])).toMatch(/^Merged team-boris: added coders 1, segments 1, codings 2;/);
    const boris = json<{ quote: string; coders: string[] }[]>(['segments', 'team', '--coder', 'Boris']);
    // Ada coded Slow internet too: listed for Boris, the segment is his coding of it.
    expect(boris.map((s) => [s.quote, s.coders])).toEqual([['Slow internet', ['Boris']], ['Winter smog', ['Boris']]]);
    expect(json<{ quote: string; coders: string[] }[]>(['segments', 'team']).map((s) => s.coders)).toContainEqual(['Ada', 'Boris']);

    const report = json<{
      documents: { name: string }[];
      skippedDocuments: unknown[];
      codes: { path: string; character: { percentAgreement: { value: number | null } } }[];
      disagreements: { path: string; appliedBy: string[]; notAppliedBy: string[] }[];
    }>(['agreement', 'team', '--coders', 'Ada,Boris', '--framework', 'STEEPL']);
    expect(report.documents.map((d) => d.name).sort()).toEqual(['1 — Negative facts', '3 — Negative facts']);
    expect(report.codes.find((c) => c.path === 'STEEPL/Technological')!.character.percentAgreement.value).toBe(1);
    expect(report.disagreements.map((d) => [d.path, d.appliedBy, d.notAppliedBy])).toEqual([
      ['STEEPL/Environmental', ['Boris'], ['Ada']], ['STEEPL/Economic', ['Ada'], ['Boris']],
    ]);
    // The table's valence of the other five cells is no one's coding: not a document Ada alone coded.
    expect(report.skippedDocuments).toEqual([]);
    expect(ok(['agreement', 'team', '--coders', 'Ada,Boris'])).toMatch(/alpha/i);
    expect(fails(['agreement', 'team', '--coders', 'Ada'], 2)).toMatch(/two or more names/);
  });
});

describe('casecoder restore', () => {
  it('lists the backups the app made and puts the newest back, keeping the replaced file', async () => {
    const { Session } = await import('../../../main/services/session.js');
    const { DEFAULT_BACKUP_POLICY } = await import('../../../main/backup/policy.js');
    const { createCase } = await import('../../../main/services/cases.js');
    const app = new Session({ configDir: join(dir, 'app-config'), workspace: dir }, { backups: DEFAULT_BACKUP_POLICY });
    app.settings.setCoderName('Ada');
    app.createProject(join(dir, 'backed.casecoder'));
    createCase(app.context(), 'Added after the snapshot', null);
    app.closeProject();

    const [backup] = json<{ reason: string; path: string }[]>(['restore', 'backed']);
    expect(backup!.reason).toBe('open');
    // The list in the system's language, as the app's Backups dialog says it: when, why, how big.
    const listed = ok(['restore', 'backed'], { LANG: 'ru_RU.UTF-8' });
    expect(listed).toMatch(/^СОЗДАНА +ПРИЧИНА +БАЙТ +ФАЙЛ\n\d{1,2} [а-я]+\.? \d{4} г\., \d{2}:\d{2} +при открытии +\d{1,3}(\u00a0\d{3})+ +\/.*backed\.casecoder\.backups\//);
    expect(json<{ name: string }[]>(['cases', 'backed']).map((c) => c.name)).toEqual(['Added after the snapshot']);
    expect(ok(['restore', 'backed', '--latest'])).toMatch(/^Restored .*backed\.casecoder from .*; the replaced version is kept as /);
    expect(json<unknown[]>(['cases', 'backed'])).toEqual([]);
    expect(fails(['restore', 'backed', '--latest', '--backup', 'x'], 2)).toMatch(/not both/);
  });
});
