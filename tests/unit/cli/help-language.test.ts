/**
 * `casecoder --help` and `casecoder <command> --help` in the system's language (LC_ALL, else
 * LC_MESSAGES, else LANG), like the rest of what the command line says: the help's own words, each
 * command's summary and details and every option's help come from features/commandLineHelp.ts.
 * Option names, placeholders and the values options take stay as typed. Run in this process.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandKey, optionHelpKey, type Command } from '../../../main/cli/args.js';
import { commands } from '../../../main/cli/index.js';
import type { Bundle } from '../../../shared/i18n/bundle.js';
import { bundles, languages } from '../../../shared/i18n/bundles.js';
import { translator } from '../../../shared/i18n/translator.js';
import { runCliCaptured } from '../../helpers/cli-in-process.js';

const russian = { LANG: 'ru_RU.UTF-8' };
const kazakh = { LC_ALL: 'kk_KZ.UTF-8', LANG: 'en_US.UTF-8' };
const english = { LANG: 'en_US.UTF-8' };

async function help(locale: Record<string, string>, ...args: string[]): Promise<string> {
  const run = await runCliCaptured(args, locale, process.cwd());
  expect(run.status).toBe(0);
  return run.out;
}

/** Every command and subcommand (`cases rename`), as `casecoder <name> --help` shows it. */
const everyCommand: Command[] = commands.flatMap((c) => [c, ...(c.subcommands ?? [])]);

/** A key's text in one language's own bundle, without i18next's fallback to English. */
function own(bundle: Bundle, key: string): string | undefined {
  let node: unknown = bundle;
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('casecoder --help in the system\'s language', () => {
  it('lists the commands in Russian, Kazakh or English', async () => {
    const ru = await help(russian, '--help');
    expect(ru.split('\n').slice(0, 3)).toEqual(['Использование: casecoder <command> [options]', '', 'Команды:']);
    expect(ru).toMatch(/^ {2}search +Полнотекстовый поиск: каждое совпадение с кейсом, группой, документом, позицией и контекстом$/m);
    expect(ru).toContain('Имя кодировщика: --coder, иначе $CASECODER_CODER');

    const kk = await help(kazakh, '--help');
    expect(kk.split('\n').slice(0, 3)).toEqual(['Қолданылуы: casecoder <command> [options]', '', 'Пәрмендер:']);
    expect(kk).toMatch(/^ {2}segments +Кодталған үзінділерді тізу/m);
    expect(kk).toContain('Кодтаушы аты: --coder, болмаса $CASECODER_CODER');

    const en = await help(english, '--help');
    expect(en.split('\n').slice(0, 3)).toEqual(['Usage: casecoder <command> [options]', '', 'Commands:']);
    expect(en).toMatch(/^ {2}search +Full-text search: every hit with its case, group, document, position and context$/m);
    // No line of the overview left as English says it.
    const englishLines = new Set(en.split('\n').filter((line) => line !== ''));
    expect([...ru.split('\n'), ...kk.split('\n')].filter((line) => englishLines.has(line))).toEqual([]);
  });

  it('gives a command\'s help in Russian or Kazakh, its option names and placeholders as typed', async () => {
    expect((await help(russian, 'search', '--help')).split('\n')).toEqual([
      'Использование: casecoder search PROJECT QUERY [--json] [--case CASE] [--group GROUP] [--no-group] [--document NAME] [--attribute NAME=VALUE] [--code FRAMEWORK/CODE] [--leave-out FORM]',
      '',
      'Полнотекстовый поиск: каждое совпадение с кейсом, группой, документом, позицией и контекстом',
      '',
      'Параметры:',
      '  --json                  Вывести совпадения и их число в JSON',
      '  --case CASE             Только документы этого кейса',
      '  --group GROUP           Только документы кейсов этой группы',
      '  --no-group              Только кейсы без группы',
      '  --document NAME         Только этот документ (с --case: документ с таким названием в этом кейсе)',
      '  --attribute NAME=VALUE  Только кейсы с этим значением атрибута, например --attribute "Город=Алматы"; по разу на значение (значения одного атрибута: любое из них)',
      '  --code FRAMEWORK/CODE   Только внутри сегментов, закодированных этим кодом',
      '  --leave-out FORM        Найденное слово, совпадения которого убрать, написанное так же, как в списке найденных слов (полит* находит политес: --leave-out политес); по разу на каждое слово',
      '  -h, --help              Показать эту справку',
      '',
      'QUERY: слова (в любой форме: бюрократии находит бюрократия), "точные фразы", префикс*, AND OR NOT (И ИЛИ НЕ), NEAR, NEAR/5, ( ). START и END — кодовые точки в документе. После совпадений в stderr перечислены найденные слова с числом совпадений, по убыванию (50, затем сколько ещё), и убранные.',
    ]);
    const kk = await help(kazakh, 'table', '-h');
    expect(kk).toMatch(/^Қолданылуы: casecoder table PROJECT --kind KIND /);
    expect(kk).toContain('\nПараметрлер:\n');
    expect(kk).toMatch(/^ {2}--kind KIND +Қай кесте: case-matrix, crosstab, code-case, cooccurrence$/m);
    expect(kk).toMatch(/^ {2}-h, --help +Осы анықтаманы көрсету$/m);
    expect(await help(russian, 'cases', 'move', '--help')).toMatch(/^ {2}--to GROUP +Группа, в которую перенести кейс \(создаётся, если её нет\)$/m);
    expect(await help(english, 'search', '--help')).toMatch(/^ {2}--code FRAMEWORK\/CODE {3}Only inside segments coded with this code$/m);
  });

  it('says where --out - writes, and what import\'s options really do, in every language', async () => {
    for (const locale of [english, russian, kazakh]) {
      // Every command whose --out takes - for stdout (outputPath) says so.
      for (const command of everyCommand.filter((c) => 'out' in c.options)) {
        expect(await help(locale, command.name, '--help'), `${command.name} ${locale.LANG}`).toMatch(/^ {2}--out FILE +.*; - /m);
      }
      const words = translator(locale === english ? 'en' : locale === russian ? 'ru' : 'kk');
      const shown = (await help(locale, 'import', '--help')).split('\n');
      const line = (option: string) => shown.find((l) => l.startsWith(`  --${option} `)) ?? '';
      expect(line('case-table')).toMatch(/CSV \S+ XLSX/);
      // A case table's codings are its own coder's, not --coder's.
      expect(line('coder')).toContain(`«${words.t('import.tableCoder')}»`);
    }
    expect(await help(english, 'import', '--help')).toMatch(/^ {2}--case-per-file +A new case per document, .*, unless a case of that name exists$/m);
    for (const args of [[], ['xyzzy']]) {
      const run = await runCliCaptured(args, kazakh, process.cwd());
      expect(run.err).toMatch(/^casecoder: .*пәрмен.*; пәрмендер тізімі: casecoder --help$/);
      expect(run.err).not.toMatch(/команд/);
    }
  });

  it('offers the command or option a mistyped one most likely meant, and says its version', async () => {
    expect(await runCliCaptured(['tabel', 'p'], english, process.cwd())).toEqual({
      status: 2, out: '', err: 'casecoder: unknown command tabel; did you mean casecoder table? (casecoder --help lists them)',
    });
    expect((await runCliCaptured(['serach'], russian, process.cwd())).err).toBe('casecoder: неизвестная команда serach; может быть, casecoder search? (список команд: casecoder --help)');
    expect(await runCliCaptured(['table', 'p', '--knd', 'crosstab'], english, process.cwd())).toEqual({
      status: 2, out: '', err: 'casecoder table: unknown option --knd; did you mean --kind? (see casecoder table --help)',
    });
    expect((await runCliCaptured(['words', 'p', '--limt', '5'], kazakh, process.cwd())).err).toMatch(/^casecoder words: белгісіз параметр --limt; мүмкін, --limit\? /);
    // Nothing near: no guess.
    expect((await runCliCaptured(['table', 'p', '--zz'], english, process.cwd())).err).toBe('casecoder table: unknown option --zz (see casecoder table --help)');

    const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await runCliCaptured(['--version'], english, process.cwd())).toEqual({ status: 0, out: `casecoder ${version}`, err: '' });
    expect(await help(kazakh, '--help')).toContain('casecoder --version нұсқаны шығарады');
  });

  it('reads casecoder help COMMAND as the command\'s --help, and casecoder help as the overview (review-cli-1208 #15)', async () => {
    expect(await runCliCaptured(['help', 'table'], russian, process.cwd())).toEqual(await runCliCaptured(['table', '--help'], russian, process.cwd()));
    expect(await runCliCaptured(['help', 'cases', 'rename'], english, process.cwd())).toEqual(await runCliCaptured(['cases', 'rename', '--help'], english, process.cwd()));
    expect(await runCliCaptured(['help'], english, process.cwd())).toEqual(await runCliCaptured(['--help'], english, process.cwd()));
    expect((await runCliCaptured(['help', 'tabel'], english, process.cwd())).err).toContain('did you mean casecoder table?');
  });

  it('has every command\'s summary and every option\'s help in every language, none left in English', () => {
    const english = translator('en');
    const missing: string[] = [];
    const untranslated: string[] = [];
    for (const language of languages) {
      const words = translator(language);
      for (const command of everyCommand) {
        const summary = `${commandKey(command.name)}.summary`;
        if (own(bundles[language], summary) === undefined) missing.push(`${language} ${summary}`);
        const shown = command.help(words);
        expect(shown, `${language} ${command.name}`).not.toContain('{{');
        for (const option of Object.keys(command.options)) {
          const key = optionHelpKey(command.name, option, (k) => own(bundles[language], k) !== undefined);
          if (own(bundles[language], key) === undefined) missing.push(`${language} ${command.name} --${option}`);
          else if (language !== 'en' && words.t(key) === english.t(key)) untranslated.push(`${language} ${command.name} --${option}`);
        }
        if (language !== 'en') {
          // No line of the help as English says it, bar the usage's option list and the option names.
          const englishLines = new Set(command.help(english).split('\n').filter((line) => /[a-z]{3}/.test(line.replace(/--?[\w-]+|casecoder \S+/g, ''))));
          untranslated.push(...shown.split('\n').filter((line) => englishLines.has(line)).map((line) => `${language} ${command.name}: ${line}`));
        }
      }
    }
    expect(missing).toEqual([]);
    expect(untranslated).toEqual([]);
  });

  it('keeps no help for an option no command has', () => {
    const help = bundles.en['commandLineHelp'] as { commands: Record<string, Bundle>; sharedOptions: Bundle };
    const options = new Map(everyCommand.map((c) => [c.name, new Set(Object.keys(c.options))]));
    const stale: string[] = [];
    const walk = (name: string, node: Bundle) => {
      for (const option of Object.keys((node['options'] as Bundle | undefined) ?? {})) if (!options.get(name)?.has(option)) stale.push(`${name} --${option}`);
      for (const [key, value] of Object.entries(node)) if (typeof value === 'object' && key !== 'options') walk(`${name} ${key}`, value);
    };
    for (const [name, node] of Object.entries(help.commands)) walk(name, node);
    const shared = new Set(everyCommand.flatMap((c) => Object.keys(c.options)));
    stale.push(...Object.keys(help.sharedOptions).filter((option) => !shared.has(option)).map((option) => `shared --${option}`));
    expect(stale).toEqual([]);
  });
});
