/**
 * casecoder select, selection, compare and qca, run in-process on a project built through the
 * dispatch (the spawned-binary tests in tests/unit/cli cover the front door itself).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../helpers/cli-in-process.js';
import { LIPSET_CONDITIONS, newMethodProject, seedLipset, type MethodProject } from './helpers.js';

let p: MethodProject;
let project: string;
beforeEach(async () => {
  p = await newMethodProject();
  await seedLipset(p.call);
  project = p.t.session.state().project!.path;
  p.t.session.closeProject();
});
afterEach(() => p.t.dispose());

const cli = (...argv: string[]) => runCliCaptured(argv, { CASECODER_HOME: join(p.t.home, 'cli-home'), CASECODER_CODER: 'Bea' }, p.t.home);

describe('casecoder select and selection', () => {
  it('records decisions and prints the funnel, the log and its history', async () => {
    let run = await cli('select', project, '--case', 'DE', '--status', 'excluded', '--reason', 'Similar information', '--criteria', 'Inter-war,Europe');
    expect(run).toMatchObject({ status: 0, err: '' });
    expect(run.out).toBe('DE: Excluded. 18 cases: 17 selected, 1 excluded, 0 candidates');
    await cli('select', project, '--case', 'AU', '--status', 'candidate');
    run = await cli('selection', project);
    expect(run.out.split('\n')[0]).toBe('18 cases → 16 selected (1 excluded, 1 candidates)');
    expect(run.out).toMatch(/DE\s+Excluded\s+Similar information\s+Inter-war, Europe\s+Bea/);

    const log = JSON.parse((await cli('selection', project, '--json')).out);
    expect(log.funnel).toEqual({ pool: 18, candidate: 1, selected: 16, excluded: 1 });
    expect(log.cases.find((c: { caseName: string }) => c.caseName === 'DE').history).toHaveLength(1);

    run = await cli('selection', project, '--format', 'csv', '--out', 'selection.csv');
    expect(run.status).toBe(0);
    expect(readFileSync(join(p.t.home, 'selection.csv'), 'utf8')).toContain('Similar information');
  });

  it('says statuses in the app\'s words and times in the system\'s language; --json as it was', async () => {
    const ru = { CASECODER_HOME: join(p.t.home, 'cli-home'), CASECODER_CODER: 'Bea', LANG: 'ru_RU.UTF-8' };
    const decided = await runCliCaptured(['select', project, '--case', 'DE', '--status', 'excluded', '--reason', 'Похожие данные'], ru, p.t.home);
    expect(decided.out).toMatch(/^DE: Исключён\. /);
    const run = await runCliCaptured(['selection', project], ru, p.t.home);
    expect(run).toMatchObject({ status: 0, err: '' });
    const json = await cli('selection', project, '--json');
    expect((await runCliCaptured(['selection', project, '--json'], ru, p.t.home)).out).toBe(json.out);
    const at = JSON.parse(json.out).cases.find((c: { caseName: string }) => c.caseName === 'DE').decision.decidedAt as string;
    // As the app's log shows it: «5 дек. 2026 г., 10:08» in this machine's time zone.
    const when = new Intl.DateTimeFormat('ru', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
    expect(when).toMatch(/^\d{1,2} [а-я]+\.? \d{4} г\., \d{2}:\d{2}$/);
    expect(run.out).toMatch(new RegExp(`^DE +Исключён +Похожие данные +Bea +${when}$`, 'm'));
    // Nobody decided on AU: selected by default, as the app says it.
    expect(run.out).toMatch(/^AU +Отобран \(по умолчанию\)$/m);
    expect(run.out).not.toMatch(/excluded|selected|\d{4}-\d{2}-\d{2}T/);
  });

  it('refuses a status that is not one, an unknown case, and --format without --out', async () => {
    let run = await cli('select', project, '--case', 'DE', '--status', 'maybe');
    expect(run.status).toBe(2);
    expect(run.err).toContain('--status must be one of candidate, selected, excluded, not maybe');
    run = await cli('select', project, '--case', 'Atlantis', '--status', 'selected');
    expect(run.status).toBe(1);
    expect(run.err).toContain('Atlantis');
    expect((await cli('selection', project, '--format', 'csv')).status).toBe(2);
  });
});

describe('casecoder qca', () => {
  const conditions = LIPSET_CONDITIONS.flatMap((c) => ['--condition', c]);

  it('prints the truth table and the three solutions with consistency and coverage', async () => {
    const run = await cli('qca', project, ...conditions, '--outcome', 'Lipset/SURV', '--expect', '1,1,1,1,1');
    expect(run).toMatchObject({ status: 0, err: '' });
    const lines = run.out.split('\n');
    expect(lines[0]).toBe('Truth table (outcome Lipset/SURV; consistency threshold 1, frequency threshold 1)');
    expect(run.out).toMatch(/^1\s+1\s+1\s+1\s+1\s+1\s+4\s+1\.000\s+BE, CZ, NL, UK$/m);
    expect(run.out).toContain('23 logical remainders');
    expect(run.out).toContain('Complex solution\n  M1: GNP >= 550*~Lipset/URB*Lipset/LIT*Lipset/STB + GNP >= 550*Lipset/LIT*Lipset/IND*Lipset/STB    consistency 1.000, coverage 1.000');
    expect(run.out).toContain('Parsimonious solution\n  M1: GNP >= 550*Lipset/STB    consistency 1.000, coverage 1.000');
    expect(run.out).toContain('Intermediate solution\n  M1: GNP >= 550*Lipset/LIT*Lipset/STB    consistency 1.000, coverage 1.000');
    expect(run.out).toMatch(/GNP >= 550\*Lipset\/STB\s+1\.000\s+1\.000\s+1\.000\s+BE, CZ, NL, UK, FI, IE, FR, SE/);
  });

  it('prints the analysis in the system\'s language, conditions and formulas as written', async () => {
    const inLanguage = (lang: string) =>
      runCliCaptured(['qca', project, ...conditions, '--outcome', 'Lipset/SURV', '--expect', '1,1,1,1,1'], { CASECODER_HOME: join(p.t.home, 'cli-home'), CASECODER_CODER: 'Bea', LANG: lang }, p.t.home);
    const ru = (await inLanguage('ru_RU.UTF-8')).out;
    expect(ru.split('\n')[0]).toBe('Таблица истинности (исход Lipset/SURV; порог согласованности 1, порог частоты 1)');
    expect(ru).toMatch(/ИСХОД\s+N\s+СОГЛАСОВАННОСТЬ\s+КЕЙСЫ$/m);
    expect(ru).toContain('23 логических остатка');
    expect(ru).toContain('Экономное решение\n  M1: GNP >= 550*Lipset/STB    согласованность 1,000, покрытие 1,000');
    expect(ru).toMatch(/^1\s+1\s+1\s+1\s+1\s+1\s+4\s+1,000\s+BE, CZ, NL, UK$/m);
    expect(ru).toMatch(/^ {4}ТЕРМ\s+СОГЛАСОВАННОСТЬ\s+СЫРОЕ ПОКРЫТИЕ\s+УНИКАЛЬНОЕ ПОКРЫТИЕ\s+КЕЙСЫ$/m);
    const kk = (await inLanguage('kk_KZ.UTF-8')).out;
    expect(kk.split('\n')[0]).toBe('Ақиқат кестесі (нәтиже Lipset/SURV; сәйкестік шегі 1, жиілік шегі 1)');
    expect(kk).toContain('23 логикалық қалдық');
    expect(kk).toContain('Аралық шешім\n  M1: GNP >= 550*Lipset/LIT*Lipset/STB    сәйкестік 1,000, қамту 1,000');
  });

  it('prints JSON, writes the data file for R, and counts candidates only when asked', async () => {
    const json = JSON.parse((await cli('qca', project, ...conditions, '--outcome', 'Lipset/SURV', '--json', '--r-csv', 'lc.csv')).out);
    expect(json.formatted.parsimonious).toEqual(['GNP >= 550*Lipset/STB']);
    expect(readFileSync(join(p.t.home, 'lc.csv'), 'utf8').split('\n')[0]).toBe('"","GNP.550","Lipset.URB","Lipset.LIT","Lipset.IND","Lipset.STB","Lipset.SURV"');

    await cli('select', project, '--case', 'DE', '--status', 'candidate');
    const without = JSON.parse((await cli('qca', project, ...conditions, '--outcome', 'Lipset/SURV', '--json')).out);
    expect(without.analysis.truthTable.rows.find((r: { code: number }) => r.code === 30)).toBeUndefined();
    const withIt = JSON.parse((await cli('qca', project, ...conditions, '--outcome', 'Lipset/SURV', '--json', '--include-candidates')).out);
    expect(withIt.analysis.truthTable.rows.find((r: { code: number }) => r.code === 30).cases).toHaveLength(1);
  });

  it('refuses expectations of the wrong number and an unknown code', async () => {
    let run = await cli('qca', project, ...conditions, '--outcome', 'Lipset/SURV', '--expect', '1,1');
    expect(run.status).toBe(2);
    expect(run.err).toContain('--expect needs 5 values');
    run = await cli('qca', project, '--condition', 'Lipset/NOPE', '--outcome', 'Lipset/SURV');
    expect(run.status).toBe(1);
    expect(run.err.split('\n')).toHaveLength(1);
    expect((await cli('qca', project, '--outcome', 'Lipset/SURV')).err).toContain('--condition TEST is required');
  });
});

describe('casecoder compare', () => {
  it('compares an attribute\'s values, widest difference first, and writes the table', async () => {
    const run = await cli('compare', project, '--by', 'GNP', '--framework', 'Lipset');
    expect(run).toMatchObject({ status: 0, err: '' });
    const lines = run.out.split('\n');
    expect(lines[0]).toMatch(/^CODE\s+300 \(n=8\)\s+600 \(n=10\)\s+DIFFERENCE$/);
    // IND and SURV: 0 of 8 and 8 of 10 (a tie, in code order); LIT: 3 of 8 and 10 of 10.
    expect(lines[1]).toMatch(/^Lipset\/IND\s+0 \(0%\)\s+8 \(80%\)\s+80 points$/);
    expect(lines[2]).toMatch(/^Lipset\/SURV\s+0 \(0%\)\s+8 \(80%\)\s+80 points$/);
    expect(lines[3]).toMatch(/^Lipset\/LIT\s+3 \(38%\)\s+10 \(100%\)\s+63 points$/);
    // Shares as the comparison view writes them in Russian.
    const ru = await runCliCaptured(['compare', project, '--by', 'GNP', '--framework', 'Lipset'], { CASECODER_HOME: join(p.t.home, 'cli-home'), LANG: 'ru_RU.UTF-8' }, p.t.home);
    expect(ru.out.split('\n')[3]).toMatch(/^Lipset\/LIT\s+3 \(38\u00a0%\)\s+10 \(100\u00a0%\)\s+63 п\. п\.$/);
    expect((await cli('compare', project, '--format', 'xlsx', '--out', 'compare.xlsx')).status).toBe(0);
    expect((await cli('compare', project, '--by', 'Nope')).err).toContain('No attribute named Nope');
  });

  it('compares a numeric attribute of many values in ranges, and says how they were made', async () => {
    await p.call('project.open', { path: project });
    const income = await p.call('attributes.create', { name: 'Доход', type: 'number' });
    for (const [i, c] of (await p.call('cases.list', {})).entries()) await p.call('attributes.setValue', { caseId: c.id, attributeId: income.id, value: 1000 * (i + 1) });
    p.t.session.closeProject();
    const ru = await runCliCaptured(['compare', project, '--by', 'Доход', '--framework', 'Lipset'], { CASECODER_HOME: join(p.t.home, 'cli-home'), LANG: 'ru_RU.UTF-8' }, p.t.home);
    const lines = ru.out.split('\n');
    expect(lines[0]).toMatch(/^КОД\s+1000–6000 \(n=6\)\s+7000–12\u00a0000 \(n=6\)\s+13\u00a0000–18\u00a0000 \(n=6\)\s+РАЗНИЦА$/);
    expect(lines.at(-1)).toBe('Атрибут «Доход» принимает 18 разных значений: кейсы сгруппированы в 3 диапазона с примерно равным числом кейсов; '
      + 'диапазон назван по наименьшему и наибольшему значению.');
  });

  it('numbers, titles and annotates the exported table, through the contract', async () => {
    const args = ['--format', 'md', '--out', 'compare.md', '--number', '2', '--title', 'Cases by income', '--note', 'From the Lipset data.'];
    expect((await cli('compare', project, '--by', 'GNP', '--framework', 'Lipset', ...args)).status).toBe(0);
    const written = readFileSync(join(p.t.home, 'compare.md'), 'utf8');
    expect(written).toContain('Table 2.');
    expect(written).toContain('Cases by income');
    expect(written).toContain('From the Lipset data.');
  });
});

describe('casecoder summaries', () => {
  it('sets a summary, prints the grid and writes it as a table with its quotes', async () => {
    let run = await cli('summaries', project, '--framework', 'Lipset', '--case', 'DE', '--code', 'Lipset/URB', '--set', 'Urban, mostly.');
    expect(run).toMatchObject({ status: 0, err: '', out: 'Summary of DE × Lipset/URB set' });
    run = await cli('summaries', project, '--framework', 'Lipset');
    expect(run.out.split('\n')[0]).toMatch(/^CASE\s+URB\s+LIT\s+IND\s+STB\s+SURV$/);
    expect(run.out).toMatch(/^DE\s+Urban, mostly\.\s+\(1\)/m);
    const grid = JSON.parse((await cli('summaries', project, '--framework', 'Lipset', '--json')).out);
    expect(grid.framework).toBe('Lipset');

    run = await cli('summaries', project, '--framework', 'Lipset', '--format', 'md', '--out', 'summaries.md', '--quotes');
    expect(run.status).toBe(0);
    expect(readFileSync(join(p.t.home, 'summaries.md'), 'utf8')).toMatch(/^\| DE \| Urban, mostly\.<br><br>Notes \|/m);
    await cli('summaries', project, '--framework', 'Lipset', '--format', 'md', '--out', 'plain.md');
    expect(readFileSync(join(p.t.home, 'plain.md'), 'utf8')).toMatch(/^\| DE \| Urban, mostly\. \|/m);
  });

  it('refuses a half-given summary, a bad table number or language, and an unknown code', async () => {
    let run = await cli('summaries', project, '--framework', 'Lipset', '--case', 'DE', '--set', 'x');
    expect(run.status).toBe(2);
    expect(run.err).toContain('--case, --code and --set go together');
    // A label such as 1.2 or П1 is a number; words with a space are not.
    run = await cli('selection', project, '--format', 'md', '--out', 'x.md', '--number', 'table 1 2');
    expect(run.status).toBe(2);
    expect(run.err).toContain('--number must be a table number such as 3, 1.2 or A1 (up to 12 letters and digits joined by dots or dashes), not table 1 2');
    run = await cli('compare', project, '--format', 'md', '--out', 'x.md', '--language', 'de');
    expect(run.status).toBe(2);
    expect(run.err).toContain('--language must be one of en, ru, kk, not de');
    run = await cli('summaries', project, '--framework', 'Lipset', '--case', 'DE', '--code', 'Lipset/NOPE', '--set', 'x');
    expect(run.status).toBe(1);
  });
});
