/**
 * `casecoder agreement` prints its report in the system's language (LC_ALL, else LC_MESSAGES,
 * else LANG), as the other commands print theirs: sentences, heads and counted nouns, with the
 * app's own reasons for n/a and its figures («90,0 %», «0,800»). Names and --json stay as they are;
 * the method's notes stay the service's English. Run in this process on a project two coders coded through the services.
 * (casecoder qca in Russian and Kazakh: tests/unit/method/cli.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { applyCode } from '../../../main/services/coding.js';
import { runCliCaptured } from '../../helpers/cli-in-process.js';
import { pastedProject } from '../../helpers/pasted-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let project: string;

beforeAll(() => {
  t = newTestSession('Ada');
  // Two documents of 21 and 19 code points: «2 документа (40 символов)» tries two plural forms.
  const made = pastedProject(t, 'team.casecoder', [['P1', 'Slow internet at home'], ['P2', 'Rents went up again']]);
  project = made.path;
  const [p1, p2] = made.documentIds;
  const ctx = t.session.context();
  const code = (coder: string, documentId: number, start: number, end: number, name: string) => {
    t.session.settings.setCoderName(coder);
    applyCode(t.session.context(), { documentId, start, end, codeId: findCodeByPath(ctx.store, 'Valence', name)!.id });
  };
  code('Ada', p1!, 0, 4, 'Negative');
  code('Boris', p1!, 0, 4, 'Negative');
  code('Ada', p2!, 0, 5, 'Negative');
  code('Boris', p2!, 6, 10, 'Positive');
  t.session.closeProject();
});
afterAll(() => t.dispose());

const agreement = async (locale: Record<string, string>, ...more: string[]) => {
  const run = await runCliCaptured(['agreement', project, '--coders', 'Ada,Boris', ...more], { ...locale, CASECODER_HOME: join(t.home, 'cli-home') }, t.home);
  expect(run).toMatchObject({ status: 0, err: '' });
  return run.out;
};

describe('casecoder agreement in the system\'s language', () => {
  it('says its report in Russian: sentences, heads, counted nouns, the app\'s reasons for n/a', async () => {
    const ru = await agreement({ LANG: 'ru_RU.UTF-8' });
    const lines = ru.split('\n');
    expect(lines[0]).toBe('Согласие между Ada и Boris: 2 документа (40 символов).');
    expect(lines[1]).toBe('Сегменты считаются одной единицей, если их перекрытие не меньше 0,5.');
    expect(ru).toMatch(/^СХЕМА +СИМВ\. СОГЛАСИЕ +СИМВ\. КАППА +СИМВ\. АЛЬФА +СИМВ\. ЕДИНИЦ +СЕГМ\. СОГЛАСИЕ +СЕГМ\. КАППА +СЕГМ\. АЛЬФА +СЕГМ\. ЕДИНИЦ$/m);
    expect(ru).toMatch(/^КОД +СИМВ\. СОГЛАСИЕ/m);
    // Nobody used Forecast: no percent, as no coder applied it, and kappa and alpha are 0/0, each said «н/д» with the app's reason.
    expect(ru).toMatch(/^Valence\/Forecast +н\/д\[1\] +н\/д\[2\] +н\/д\[2\] +40 /m);
    expect(ru).toContain('\n[1] Никто из этих кодировщиков его не применял: согласовывать нечего.\n');
    expect(ru).toContain('\n[2] Все значения одинаковы, поэтому показатель равен 0/0: согласовывать нечего.\n');
    expect(ru).toMatch(/^Расхождения: 2$/m);
    expect(ru).toMatch(/^ДОКУМЕНТ +НАЧАЛО +КОНЕЦ +КОД +С КОДОМ +БЕЗ КОДА$/m);
    expect(ru).toMatch(/^P2\/Interview +0 +5 +Valence\/Negative +Ada +Boris$/m);
    expect(ru).toContain('\nКак считалось:\n- Сравниваются только документы, которые закодировали оба кодировщика (любым кодом)');
    // The method's notes too: they were the service's English sentences.
    expect(ru).toMatch(/не меньше 0,5, а в единице/);
    expect(ru).not.toMatch(/Agreement between|Disagreements|FRAMEWORK|APPLIED BY|n\/a|Method:|Only documents|Percent agreement/);
  });

  it('says its report in Kazakh, by LC_ALL over LANG', async () => {
    const kk = await agreement({ LC_ALL: 'kk_KZ.UTF-8', LANG: 'en_US.UTF-8' });
    expect(kk.split('\n')[0]).toBe('Ada және Boris арасындағы келісім: 2 құжат (40 таңба).');
    expect(kk).toContain('Үзінділердің қабаттасуы кемінде 0,5 болса, олар бір бірлік саналады.');
    expect(kk).toMatch(/^СХЕМА +ТАҢБА КЕЛІСІМ +ТАҢБА КАППА +ТАҢБА АЛЬФА +ТАҢБА БІРЛІК +ҮЗІНДІ КЕЛІСІМ/m);
    expect(kk).toMatch(/^Valence\/Forecast +ж\/о\[1\] +ж\/о\[2\] +ж\/о\[2\] +40 /m);
    expect(kk).toContain('\n[2] Барлық мән бірдей, сондықтан көрсеткіш 0/0: келісетін айырмашылық жоқ.\n');
    expect(kk).toMatch(/^Алшақтықтар: 2$/m);
    expect(kk).toMatch(/^ҚҰЖАТ +БАСЫ +СОҢЫ +КОД +КОДТАҒАН +КОДТАМАҒАН$/m);
    expect(kk).toContain('\nҚалай есептелді:\n- Екі кодтаушы да (кез келген кодпен) кодтаған құжаттар ғана салыстырылады');
    expect(kk).not.toMatch(/Only documents|Percent agreement/);
  });

  it('says it in English as before, and prints the same JSON whatever the language', async () => {
    const en = await agreement({ LANG: 'en_US.UTF-8' });
    expect(en.split('\n').slice(0, 2)).toEqual([
      'Agreement between Ada and Boris over 2 documents (40 code points).',
      'Segments are the same unit when their overlap is at least 0.5.',
    ]);
    expect(en).toMatch(/^FRAMEWORK +CHAR AGREE +CHAR KAPPA +CHAR ALPHA +CHAR UNITS +SEG AGREE +SEG KAPPA +SEG ALPHA +SEG UNITS$/m);
    // In English the reasons are the service's own sentences, one for kappa and another for alpha.
    expect(en).toMatch(/^Valence\/Forecast +n\/a\[1\] +n\/a\[2\] +n\/a\[3\] +40 /m);
    expect(en).toMatch(/^Disagreements: 2$/m);
    expect(en).toMatch(/^DOCUMENT +START +END +CODE +APPLIED BY +NOT BY$/m);
    expect(en).toContain('\nMethod:\n- Only documents that both coders coded (with any code) are compared;');
    expect(await agreement({ LANG: 'ru_RU.UTF-8' }, '--json')).toBe(await agreement({ LANG: 'C' }, '--json'));
  });

  it('writes the figures as a table file, captions in the system\'s language, and wants --out with --format', async () => {
    const file = join(t.home, 'agreement.md');
    const env = { LANG: 'ru_RU.UTF-8', CASECODER_HOME: join(t.home, 'cli-home') };
    const wrote = await runCliCaptured(['agreement', project, '--coders', 'Ada,Boris', '--format', 'md', '--out', file, '--number', '3'], env, t.home);
    expect(wrote).toMatchObject({ status: 0, out: '', err: `Согласие кодировщиков: Ada и Boris: записано в ${file}` });
    const md = readFileSync(file, 'utf8');
    expect(md).toContain('**Таблица 3.**');
    expect(md).toMatch(/^\| Valence\/Forecast \| н\/д \\\[1\\\] \| н\/д \\\[2\\\] \| н\/д \\\[2\\\] \| 40 \|/m);
    expect(md).toContain('Согласие между Ada и Boris: 2 документа (40 символов).');
    const run = await runCliCaptured(['agreement', project, '--coders', 'Ada,Boris', '--format', 'md'], { ...env, LANG: 'C' }, t.home);
    expect(run.status).toBe(2);
    expect(run.err).toMatch(/--format.*--out/);
  });
});
