/**
 * The spreadsheet imports and same-named cases on the command line, as users run it: the
 * built bin in a process of its own (sheets are read in the built import worker). The seed study's two case tables give
 * Programmers 1–10 and Entrepreneurs 1–4; case 4 of the entrepreneurs is coded by name + group.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';

const seed = fileURLToPath(new URL('../../../../shared/seed-study/', import.meta.url));
let dir: string;

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Each step starts a process of its own: a test of a dozen steps needs more than the default. */
const STEPS = { timeout: 180_000 };

async function casecoder(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  return inLocale('C.UTF-8', ...args);
}

/** The command in the language of the locale (the system's, as LC_ALL says it). */
async function inLocale(locale: string, ...args: string[]): Promise<{ status: number; out: string; err: string }> {
  const run = spawnSync(process.execPath, [join(root, 'bin/casecoder.js'), ...args], {
    cwd: dir, env: { ...process.env, LC_ALL: locale, CASECODER_HOME: dir, CASECODER_CODER: 'Ada' }, encoding: 'utf8',
  });
  return { status: run.status ?? -1, out: run.stdout.trimEnd(), err: run.stderr.trimEnd() };
}

async function ok(...args: string[]): Promise<string> {
  const run = await casecoder(...args);
  expect(run.err).toBe('');
  expect(run.status).toBe(0);
  return run.out;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-sheets-cli-'));
  await ok('new', 'p');
}, 60_000);
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the seed study on the command line', () => {
  // A missing ../shared fails the run in CI rather than passing silently.
  const present = existsSync(join(seed, 'table2-entrepreneurs.csv'));
  it.skipIf(!present && !process.env.CI)('imports both tables and codes Entrepreneurs · 4 by --case 4 --group', STEPS, async () => {
    expect(present, `${seed} is missing`).toBe(true);
    copyFileSync(join(seed, 'table1-programmers.csv'), join(dir, 'programmers.csv'));
    copyFileSync(join(seed, 'table2-entrepreneurs.csv'), join(dir, 'entrepreneurs.csv'));
    expect(await ok('import', 'p', 'programmers.csv', '--case-table', '--group', 'Programmers')).toMatch(/created 10 cases/);
    expect(await ok('import', 'p', 'entrepreneurs.csv', '--case-table', '--group', 'Entrepreneurs')).toMatch(/created 4 cases/);

    const quote = 'enter with a Russian passport';
    const ambiguous = await casecoder('code', 'p', '--case', '4', '--quote', quote, '--code', 'STEEPL/Legal');
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.err).toMatch(/2 cases are named 4/);
    // Programmers · 4 does not hold the quote; Entrepreneurs · 4 does.
    expect(await casecoder('code', 'p', '--case', '4', '--group', 'Programmers', '--quote', quote, '--code', 'STEEPL/Legal'))
      .toMatchObject({ status: 1 });
    expect(await ok('code', 'p', '--case', '4', '--group', 'Entrepreneurs', '--quote', quote, '--code', 'STEEPL/Legal'))
      .toMatch(/case Entrepreneurs · 4/);
    const segments = JSON.parse(await ok('segments', 'p', '--case', '4', '--group', 'Entrepreneurs', '--code', 'STEEPL/Legal', '--json')) as
      { caseLabel: string; quote: string }[];
    expect(segments).toMatchObject([{ caseLabel: 'Entrepreneurs · 4', quote }]);

    const again = await casecoder('import', 'p', 'entrepreneurs.csv', '--case-table', '--group', 'Entrepreneurs');
    expect(again.status).toBe(0);
    expect(again.out).toMatch(/created 0 cases, 0 documents, matched 4 cases, skipped 10 cells already imported/);
    expect(again.err).toMatch(/10 texts were already documents of their cases/);
  });

  it.skipIf(!present && !process.env.CI)('sets the attributes of cases.csv (P1…P14) on the tables\' cases 1…10 and 1…4 with --by-number', STEPS, async () => {
    expect(present, `${seed} is missing`).toBe(true);
    copyFileSync(join(seed, 'table1-programmers.csv'), join(dir, 'programmers.csv'));
    copyFileSync(join(seed, 'table2-entrepreneurs.csv'), join(dir, 'entrepreneurs.csv'));
    copyFileSync(join(seed, 'cases.csv'), join(dir, 'cases.csv'));
    await ok('import', 'p', 'programmers.csv', '--case-table', '--group', 'Programmers');
    await ok('import', 'p', 'entrepreneurs.csv', '--case-table', '--group', 'Entrepreneurs');
    expect(await ok('import', 'p', 'cases.csv', '--attributes', '--by-number')).toMatch(/created 0 cases, 0 documents, matched 14 cases/);
    const cases = JSON.parse(await ok('cases', 'p', '--json')) as { name: string; groupName: string; attributes: Record<string, unknown>; attributeValues: Record<string, unknown> }[];
    expect(cases).toHaveLength(14);
    // Attributes come by id: a case's values are profession, city (where named) and outcome.
    const values = (group: string, name: string) => Object.values(cases.find((c) => c.groupName === group && c.name === name)!.attributes);
    expect([values('Programmers', '6'), values('Programmers', '7'), values('Entrepreneurs', '3')])
      .toEqual([['programmer', 'Uralsk', 'returned'], ['programmer', 'leaving'], ['entrepreneur', 'Astana', 'leaving']]);
    // And by name, for a script (review-cli-1208 #9).
    expect(cases.find((c) => c.groupName === 'Entrepreneurs' && c.name === '3')!.attributeValues).toEqual({ profession: 'entrepreneur', city: 'Astana', outcome: 'leaving' });
    const usage = await casecoder('import', 'p', 'programmers.csv', '--by-number');
    expect(usage).toMatchObject({ status: 2 });
    expect(usage.err).toMatch(/--by-number needs --case-table, --attributes or --survey/);
  });
});

describe('import --case-table without --group', () => {
  it('puts the table\'s cases in a group named after its file, as the app does, and says so on stderr', STEPS, async () => {
    writeFileSync(join(dir, 'entrepreneurs.csv'), 'Case,Positive facts\n1,Opened a shop\n2,Got a loan\n');
    // Past 4 KB, so that its bytes are read into memory of their own, which is handed over to the thread reading them.
    writeFileSync(join(dir, 'programmers.csv'), `Case,Positive facts\n1,Found a job\n2,Better pay\n3,Works remotely${' and well'.repeat(600)}\n`);
    const first = await casecoder('import', 'p', 'entrepreneurs.csv', '--case-table');
    expect(first).toMatchObject({ status: 0, err: 'entrepreneurs.csv: its cases are in group entrepreneurs, named after the file (--group names another)' });
    // The second table's 1 and 2 are programmers, not the entrepreneurs' 1 and 2.
    const second = await inLocale('ru_RU.UTF-8', 'import', 'p', 'programmers.csv', '--case-table');
    expect(second.status).toBe(0);
    expect(second.out).toMatch(/^programmers\.csv: создано: 3 кейса, 3 документа/);
    expect(second.err).toBe('programmers.csv: его кейсы в группе programmers, названной по файлу (--group задаёт другую)');
    const cases = JSON.parse(await ok('cases', 'p', '--json')) as { name: string; groupName: string; documents: number }[];
    expect(cases.map((c) => `${c.groupName} · ${c.name}`)).toEqual(['entrepreneurs · 1', 'entrepreneurs · 2', 'programmers · 1', 'programmers · 2', 'programmers · 3']);

    // A column giving each row's group leaves the rows to it, with no group of the file's name.
    writeFileSync(join(dir, 'both.csv'), 'Case,Group,Positive facts\n4,Doctors,Moved to Almaty\n');
    expect(await ok('import', 'p', 'both.csv', '--case-table')).toMatch(/created 1 case/);
    const groups = (JSON.parse(await ok('cases', 'p', '--json')) as { groupName: string }[]).map((c) => c.groupName);
    expect(new Set(groups)).toEqual(new Set(['entrepreneurs', 'programmers', 'Doctors']));
  });
});

describe('import of a table without a sheet option', () => {
  it('names --case-table, --attributes and --survey, not --case, and imports nothing', STEPS, async () => {
    writeFileSync(join(dir, 'cases.csv'), 'Case,City\nP1,Almaty\n');
    writeFileSync(join(dir, 'note.txt'), 'A note.');
    const run = await casecoder('import', 'p', 'note.txt', 'cases.csv', '--case', 'P1');
    expect(run.status).toBe(2);
    expect(run.err).toBe('casecoder import: cases.csv is a table: say how to read it with --case-table (a row per case, each cell a coded document), '
      + '--attributes (a row per case, its columns attributes) or --survey (a row per respondent, its answers documents) (see casecoder import --help)');
    writeFileSync(join(dir, 'T.XLSX'), 'not read');
    const russian = await inLocale('ru_RU.UTF-8', 'import', 'p', 'T.XLSX', '--case-per-file');
    expect(russian.status).toBe(2);
    expect(russian.err).toMatch(/^casecoder import: T\.XLSX — таблица: укажите, как её читать: --case-table /);
    expect(await ok('cases', 'p', '--json')).toBe('[]');
  });
});

describe('import --attributes and --survey', () => {
  it('sets attributes from an XLSX sheet, with a type changed by --types', STEPS, async () => {
    writeFileSync(join(dir, 'a.xlsx'), await writeXlsxFile([
      ['Case', 'Топ', 'Жасы', 'Remote'],
      ['4', 'Entrepreneurs', 41, 'иә'],
      ['4', 'Programmers', 35, 'жоқ'],
    ]).toBuffer());
    expect(await ok('import', 'p', 'a.xlsx', '--attributes', '--types', 'Жасы=text')).toMatch(/created 2 cases, 0 documents, 2 new attributes, 4 values set/);
    const cases = JSON.parse(await ok('cases', 'p', '--json')) as { name: string; groupName: string; attributes: Record<string, unknown> }[];
    expect(cases.map((c) => [c.groupName, c.name, Object.values(c.attributes)])).toEqual([
      ['Entrepreneurs', '4', ['41', true]], ['Programmers', '4', ['35', false]],
    ]);
  });

  it('makes survey answers documents of their respondents', STEPS, async () => {
    writeFileSync(join(dir, 's.csv'), 'Respondent;Age;Why;Next\nR1;30;For work.;Stay.\n');
    expect(await ok('import', 'p', 's.csv', '--survey', '--case-column', 'Respondent', '--text-columns', 'Why, Next', '--group', 'Survey'))
      .toMatch(/created 1 case, 2 documents, 1 new attribute, 1 value set/);
    const usage = await casecoder('import', 'p', 's.csv', '--survey', '--text-columns', 'Why');
    expect(usage).toMatchObject({ status: 2 });
    expect(usage.err).toMatch(/--survey needs --case-column/);
  });

  it('refuses a table past the column limit and leaves the project as it was', STEPS, async () => {
    writeFileSync(join(dir, 'wide.csv'), `Case,${Array.from({ length: 30_000 }, (_, i) => `c${i}`).join(',')}\n1,x\n`);
    const run = await casecoder('import', 'p', 'wide.csv', '--attributes');
    expect(run.status).toBe(1);
    expect(run.err).toMatch(/more than 1000 columns/);
    expect(await ok('cases', 'p', '--json')).toBe('[]');
  });
});

describe('import --map-group', () => {
  it('puts the sheet\'s Programmers into the project\'s Бағдарламашылар, and says in the system\'s language what is wrong', STEPS, async () => {
    writeFileSync(join(dir, 't.csv'), 'Кейс,Позитивные факты\n1,A\n2,B\n');
    await ok('import', 'p', 't.csv', '--case-table', '--group', 'Бағдарламашылар');
    writeFileSync(join(dir, 'cases.csv'), 'Case,Group,City\n1,Programmers,Almaty\n2,Programmers,Astana\n3,Programmers,Aktau\n');
    expect(await ok('import', 'p', 'cases.csv', '--attributes', '--map-group', 'programmers = Бағдарламашылар'))
      .toMatch(/created 1 case, 0 documents, matched 2 cases/);
    const cases = JSON.parse(await ok('cases', 'p', '--json')) as { name: string; groupName: string; attributes: Record<string, unknown> }[];
    expect(cases.map((c) => [c.groupName, c.name, Object.values(c.attributes)])).toEqual([
      ['Бағдарламашылар', '1', ['Almaty']], ['Бағдарламашылар', '2', ['Astana']], ['Бағдарламашылар', '3', ['Aktau']],
    ]);

    // Malformed or out of place: usage errors (status 2), nothing imported.
    const malformed = await inLocale('kk_KZ.UTF-8', 'import', 'p', 'cases.csv', '--attributes', '--map-group', 'Programmers');
    expect(malformed).toMatchObject({ status: 2 });
    expect(malformed.err).toMatch(/--map-group КЕСТЕ_ТОБЫ=ЖОБА_ТОБЫ түрінде беріледі, екеуі де аталуы керек; берілгені «Programmers»/);
    const noSheet = await casecoder('import', 'p', 't.csv', '--map-group', 'Programmers=Бағдарламашылар');
    expect(noSheet).toMatchObject({ status: 2 });
    expect(noSheet.err).toMatch(/--map-group needs --case-table, --attributes or --survey/);
    // A typo in the sheet's group, or a group the project lacks: refused, named, in Russian here.
    const typo = await inLocale('ru_RU.UTF-8', 'import', 'p', 'cases.csv', '--attributes', '--map-group', 'Programers=Бағдарламашылар');
    expect(typo.status).toBe(1);
    expect(typo.err).toMatch(/В cases\.csv нет группы Programers; её группы: Programmers\./);
    const missing = await casecoder('import', 'p', 'cases.csv', '--attributes', '--map-group', 'Programmers=Программисты');
    expect(missing.status).toBe(1);
    expect(missing.err).toMatch(/The project has no group Программисты to put the sheet's Programmers into/);
    expect(JSON.parse(await ok('cases', 'p', '--json'))).toHaveLength(3);
  });
});

describe('cases rename and move', () => {
  it('renames and moves a case chosen by name and group, refusing a name its group has', STEPS, async () => {
    writeFileSync(join(dir, 't.csv'), 'Case,Positive facts\n4,A\n5,B\n');
    await ok('import', 'p', 't.csv', '--case-table', '--group', 'Entrepreneurs');
    await ok('import', 'p', 't.csv', '--case-table', '--group', 'Programmers');
    expect(await casecoder('cases', 'rename', 'p', '--case', '5', '--group', 'Entrepreneurs', '--to', '4')).toMatchObject({ status: 1 });
    expect(await ok('cases', 'rename', 'p', '--case', '5', '--group', 'Entrepreneurs', '--to', '6')).toMatch(/Renamed case 5 to 6/);
    expect(await casecoder('cases', 'move', 'p', '--case', '4', '--group', 'Entrepreneurs', '--to', 'Programmers')).toMatchObject({ status: 1 });
    await ok('cases', 'move', 'p', '--case', '6', '--group', 'Entrepreneurs', '--to', 'Programmers');
    await ok('cases', 'move', 'p', '--case', '4', '--group', 'Entrepreneurs', '--to', 'Others');
    const cases = JSON.parse(await ok('cases', 'p', '--json')) as { name: string; groupName: string }[];
    expect(cases.map((c) => `${c.groupName} · ${c.name}`)).toEqual(['Others · 4', 'Programmers · 6', 'Programmers · 4', 'Programmers · 5']);
  });
});
