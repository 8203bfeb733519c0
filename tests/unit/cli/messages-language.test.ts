/**
 * The command line says what went wrong in the system's language (LC_ALL, else LC_MESSAGES, else
 * LANG): a service's refusal, a file it refused to import, its own refusals of an input or an
 * output file; its tables' heads and its lines on what it made or changed. Values and --json stay as
 * they are; usage errors keep the option names and values as typed. Run in this process with the locale in its
 * environment; an import as users run it, `node bin/casecoder.js`, whose document readers run in
 * the bundle's worker threads (cli.test.ts builds dist/ when a source is newer; run it, or
 * `npm run build:main`, first).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../helpers/cli-in-process.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

async function casecoder(locale: Record<string, string>, ...args: string[]) {
  const run = await runCliCaptured(args, { ...locale, CASECODER_HOME: join(dir, 'home') }, dir);
  return { status: run.status, stdout: run.out, stderr: run.err };
}

function spawned(locale: Record<string, string>, ...args: string[]) {
  const { CASECODER_CODER: _coder, LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...env } = process.env;
  const result = spawnSync(process.execPath, [join(root, 'bin/casecoder.js'), ...args], {
    cwd: dir, env: { ...env, ...locale, CASECODER_HOME: join(dir, 'home') }, encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trimEnd() };
}

const russian = { LANG: 'ru_RU.UTF-8' };
const kazakh = { LC_ALL: 'kk_KZ.UTF-8', LANG: 'en_US.UTF-8' };
const english = { LANG: 'en_US.UTF-8' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-cli-lang-'));
  mkdirSync(join(dir, 'home'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'note.txt'), 'Мы переехали весной.');
  expect((await casecoder(english, 'new', 'p.casecoder', '--language', 'en')).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the command line in the system\'s language', () => {
  it('says a service\'s refusal in Russian or Kazakh, and the service\'s own English words in English', async () => {
    expect((await casecoder(russian, 'documents', 'p.casecoder', '--case', 'Никто')).stderr).toBe('casecoder documents: Кейса с названием Никто нет.');
    expect((await casecoder(kazakh, 'documents', 'p.casecoder', '--case', 'Никто')).stderr).toBe('casecoder documents: Никто деген кейс жоқ.');
    expect((await casecoder(english, 'documents', 'p.casecoder', '--case', 'Nobody')).stderr).toBe('casecoder documents: No case named Nobody');
  });

  it('says why a file was not imported, and how many were not', async () => {
    // As users run it: the bundled command line in a process of its own.
    const run = spawned(russian, 'import', 'p.casecoder', 'empty.txt', 'note.txt', '--case', 'Анна');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('note.txt: созданы документ 1 и его кейс (txt, utf-8, 20 символов)\n');
    expect(run.stderr.split('\n')).toEqual(['empty.txt: не импортирован: В файле нет текста.', 'casecoder import: Не импортировано файлов: 1 из 2']);
  });

  it('points a CaseCoder project offered to import at merge, whatever its name or options, and writes nothing', async () => {
    expect((await casecoder(english, 'new', 'other.casecoder', '--language', 'en')).status).toBe(0);
    copyFileSync(join(dir, 'other.casecoder'), join(dir, 'renamed.qdpx'));
    const before = readFileSync(join(dir, 'p.casecoder'));
    const run = await casecoder(russian, 'import', 'p.casecoder', 'other.casecoder');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('casecoder import: other.casecoder — проект CaseCoder, а не файл для импорта: чтобы добавить его данные в этот проект, '
      + 'используйте Обмен → Объединить… (в командной строке — casecoder merge). Ничего не импортировано.');
    expect((await casecoder(english, 'import', 'p.casecoder', 'other.casecoder', '--case', '1', '--group', 'G')).stderr)
      .toMatch(/^casecoder import: other\.casecoder is a CaseCoder project, not a file to import: .* use Exchange → Merge… \(on the command line, casecoder merge\)/);
    expect((await casecoder(kazakh, 'import', 'p.casecoder', 'renamed.qdpx', '--case-table')).stderr).toMatch(/^casecoder import: renamed\.qdpx — .*CaseCoder жобасы: .*Алмасу → /);
    expect(readFileSync(join(dir, 'p.casecoder')).equals(before)).toBe(true);
  });

  it('says its own refusals of an input file and an output file', async () => {
    expect((await casecoder(russian, 'import', 'p.casecoder', 'absent.txt', '--case', 'Анна')).stderr).toBe('casecoder import: Не удаётся прочитать absent.txt: такого файла нет');
    expect((await casecoder(kazakh, 'table', 'p.casecoder', '--kind', 'code-case', '--format', 'csv', '--out', 'no/such/t.csv')).stderr)
      .toBe(`casecoder table: --out no/such/t.csv: ${join(dir, 'no/such')} қалтасы жоқ; алдымен оны жасаңыз немесе басқа файлды көрсетіңіз`);
    expect((await casecoder(english, 'table', 'p.casecoder', '--kind', 'code-case', '--format', 'csv', '--out', '.')).stderr).toBe('casecoder table: --out . is a folder: name a file to write');
    // /proc passes the check of the folder as root, then takes no file: errno's ENOENT, said as a place that cannot be written.
    expect((await casecoder(russian, 'table', 'p.casecoder', '--kind', 'code-case', '--format', 'csv', '--out', '/proc/t.csv')).stderr)
      .toMatch(/^casecoder table: (Не удалось записать \/proc\/t\.csv: файл, папка или диск доступны только для чтения|--out \/proc\/t\.csv: в папку \/proc нельзя записывать)/);
  });

  it('asks for a coder name in the system\'s language', async () => {
    expect((await casecoder(kazakh, 'code', 'p.casecoder', '--case', 'Анна', '--quote', 'весной', '--code', 'Valence/Positive')).stderr)
      .toBe('casecoder code: Бұл пәрмен кодтауларды сақтайды, сондықтан кодтаушы аты керек: --coder АТЫ параметрін көрсетіңіз немесе CASECODER_CODER айнымалысын орнатыңыз');
  });

  it('says what it wrote where, and how many it found', async () => {
    const written = await casecoder(kazakh, 'table', 'p.casecoder', '--kind', 'code-case', '--format', 'csv', '--out', 't.csv', '--language', 'en');
    expect(written.stderr).toBe(`Case × code counts (жол: 3, баған: 9): ${join(dir, 't.csv')} файлына жазылды`);
    const found = await casecoder(russian, 'search', 'p.casecoder', 'весной');
    expect(found.stdout).toContain('Мы переехали [весной]');
    expect(found.stderr).toBe('1 совпадение в 1 кейсе\nНайденные слова: весной (1)');
    const none = await casecoder(kazakh, 'search', 'p.casecoder', 'весной', '--leave-out', 'весна');
    expect(none.stderr).toBe('casecoder search: --leave-out весна: сұрау тапқан сөздердің арасында жоқ (оларды casecoder search тізеді) (қараңыз: casecoder search --help)');
    const left = await casecoder(kazakh, 'search', 'p.casecoder', 'весной', '--leave-out', 'весной');
    expect(left.stderr).toBe('0 кейсте 0 сәйкестік\nАлып тасталғандары: весной (1)');
  });

  it('names the option or the command that helps, where the app would name its own controls', async () => {
    for (const group of ['Программисты', 'Предприниматели']) expect(spawned(english, 'import', 'p.casecoder', 'note.txt', '--case', 'Борис', '--group', group).status).toBe(0);
    expect((await casecoder(russian, 'documents', 'p.casecoder', '--case', 'Борис')).stderr)
      .toMatch(/^casecoder documents: Название Борис носят несколько кейсов \(2, id \d+, \d+\): укажите --group или переименуйте один из них$/);
    expect((await casecoder(russian, 'segments', 'p.casecoder', '--code', 'Valence/Нет')).stderr).toBe('casecoder segments: В Valence нет кода Нет (его коды: Positive, Negative, Forecast).');
    const altered = join(dir, 'altered.casecoder');
    copyFileSync(join(dir, 'p.casecoder'), altered);
    const db = new Database(altered);
    db.exec('CREATE VIEW every_case AS SELECT * FROM case_');
    db.close();
    expect((await casecoder(kazakh, 'cases', 'altered.casecoder')).stderr)
      .toBe(`casecoder cases: ${altered} CaseCoder-ден тыс өзгертілген (+view every_case), сондықтан ашылмады; casecoder salvage ${altered} оның деректерін қасындағы жаңа жобаға импорттайды`);
  });

  it('warns of a guessed encoding on stderr, as of any other doubt', async () => {
    writeFileSync(join(dir, 'short.txt'), Buffer.from([0xc0, 0xc1, 0xc2]));
    const run = spawned(russian, 'import', 'p.casecoder', 'short.txt', '--case', 'Анна');
    expect(run.stdout).not.toMatch(/unsure|--encoding/);
    expect(run.stderr).toMatch(/^short\.txt: кодировка \S+ определена предположительно: проверьте текст или импортируйте файл заново с --encoding ИМЯ$/);
  });

  it('names the framework of a case table\'s unmatched columns as the app does, in the system\'s language', async () => {
    writeFileSync(join(dir, 'facts.csv'), 'Case,Положительные факты,Слухи\n1,Нашёл работу,Говорят что визы в следующем году станут дороже и дольше\n');
    const run = spawned(russian, 'import', 'p.casecoder', 'facts.csv', '--case-table', '--coder', 'Ada');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('создан код Столбцы таблицы кейсов/Слухи');
  });

  it('prints its tables\' heads and what it made or changed in the system\'s language, values as they are', async () => {
    expect((await casecoder(russian, 'new', 'ru.casecoder')).stdout).toBe(`Создан ${join(dir, 'ru.casecoder')} (кодовая книга на русском)`);
    expect((await casecoder(kazakh, 'new', 'kk.casecoder', '--language', 'en')).stdout).toBe(`${join(dir, 'kk.casecoder')} құрылды (код кітабы ағылшын тілінде)`);
    expect(spawned(russian, 'import', 'ru.casecoder', 'note.txt', '--case', 'Вера', '--group', 'Врачи').stdout)
      .toBe('note.txt: созданы документ 1 и его кейс (txt, utf-8, 20 символов)\n');
    expect((await casecoder(russian, 'cases', 'ru.casecoder')).stdout).toBe('ID  КЕЙС  ГРУППА  ДОКУМЕНТОВ  СЕГМЕНТОВ\n1   Вера  Врачи   1           0');
    expect((await casecoder(kazakh, 'documents', 'ru.casecoder')).stdout.split('\n')[0]).toBe('ID  КЕЙС  ТОП    ҚҰЖАТ  ТАҢБАЛАР  ПІШІМ  КОДТАМА');
    expect((await casecoder(russian, 'cases', 'move', 'ru.casecoder', '--case', 'Вера', '--no-group')).stdout).toBe('Кейс Вера выведен из группы');
    expect((await casecoder(kazakh, 'cases', 'rename', 'ru.casecoder', '--case', 'Вера', '--to', 'Вера К.')).stdout).toBe('Вера кейсінің аты Вера К. болып өзгертілді');
    // English as before: scripts written against it still read it.
    expect((await casecoder(english, 'cases', 'ru.casecoder')).stdout.split('\n')[0]).toBe('ID  CASE     GROUP  DOCUMENTS  SEGMENTS');
  });

  it('says what is wrong with the arguments in the system\'s language, option names and values as typed', async () => {
    const table = await casecoder(russian, 'table', 'p.casecoder', '--bogus');
    expect(table.status).toBe(2);
    expect(table.stderr).toBe('casecoder table: неизвестный параметр --bogus (см. casecoder table --help)');
    expect((await casecoder(kazakh, 'import', 'p.casecoder', '', '--case', 'Анна')).stderr).toMatch(/^casecoder import: файл аты бос \(қараңыз: casecoder import --help\)$/m);
    expect((await casecoder(russian, 'merge', 'p.casecoder', 'q.casecoder', '--prefer', 'mine')).stderr)
      .toMatch(/^casecoder merge: значение --prefer должно быть одним из: ours, theirs; указано mine \(см\./);
    expect((await casecoder(kazakh, 'tables')).stderr).toBe('casecoder: белгісіз пәрмен tables; мүмкін, casecoder table? (пәрмендер тізімі: casecoder --help)');
    expect((await casecoder(kazakh, 'xyzzy')).stderr).toBe('casecoder: белгісіз пәрмен xyzzy; пәрмендер тізімі: casecoder --help');
    // English as before: scripts written against it still read it.
    expect((await casecoder(english, 'table', 'p.casecoder', '--bogus')).stderr).toMatch(/^casecoder table: unknown option --bogus \(see casecoder table --help\)$/m);
  });
});
