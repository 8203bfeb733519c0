/**
 * Two coders' work compared in the Agreement view: the second coder's copy made without codings
 * in the app and merged back there, or copied and merged by the command line.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calledMethod, openAsCoder, saveCopyForSecondCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));
const env = useBrowserTestEnv();

const cli = (...args: string[]) =>
  execFileSync(process.execPath, [`${root}bin/casecoder.js`, ...args], { cwd: env.home, env: { ...process.env, LC_ALL: 'C.UTF-8', CASECODER_HOME: join(env.home, 'cli') } });

/**
 * A project `name` where Ada coded `ada` and Boris, in a copy merged back, `boris` (quotes in case
 * 3 with their STEEPL codes), by the command line.
 */
function codedByTwo(name: string, ada: [quote: string, code: string], boris: [quote: string, code: string]): string {
  cli('new', name);
  cli('import', name, `${root}tests/fixtures/case-table-programmers.csv`, '--case-table', '--group', 'Programmers', '--coder', 'Ada');
  copyFileSync(join(env.home, `${name}.casecoder`), join(env.home, `${name}-boris.casecoder`));
  cli('code', name, '--case', '3', '--quote', ada[0], '--code', `STEEPL/${ada[1]}`, '--coder', 'Ada');
  cli('code', `${name}-boris`, '--case', '3', '--quote', boris[0], '--code', `STEEPL/${boris[1]}`, '--coder', 'Boris');
  cli('merge', name, `${name}-boris`);
  return join(env.home, `${name}.casecoder`);
}

describe('the agreement view', () => {
  it('shows each code\'s agreement and each disagreement in its text', async () => {
    cli('new', 'team');
    cli('import', 'team', `${root}tests/fixtures/case-table-programmers.csv`, '--case-table', '--group', 'Programmers', '--coder', 'Ada');
    cli('code', 'team', '--case', '3', '--quote', 'prices went up by a third', '--code', 'STEEPL/Economic', '--coder', 'Ada');
    cli('code', 'team', '--case', '1', '--quote', 'Slow internet', '--code', 'STEEPL/Technological', '--coder', 'Ada');

    const app = await env.start(['--project', join(env.home, 'team.casecoder')], join(env.home, 'ui'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);

    // Boris codes blind: his copy, made in the app, has the documents, codes and the table's valence but none of Ada's codings.
    const boris = join(env.home, 'boris.casecoder');
    await saveCopyForSecondCoder(page, boris);
    const said = page.locator('.message.done [role=status]');
    cli('code', 'boris', '--case', '3', '--quote', 'prices went up by a third', '--code', 'STEEPL/Economic', '--coder', 'Boris');
    cli('code', 'boris', '--case', '3', '--quote', 'Winter smog', '--code', 'STEEPL/Environmental', '--coder', 'Boris');

    // His copy merged back in the app: his two codings come in; of those there, only the table's
    // valence of the 7 cells matches, none of Ada's.
    await page.getByLabel('Merge…').setInputFiles(boris);
    const plan = page.getByRole('dialog', { name: 'Merge boris.casecoder into this project' });
    await expect.poll(() => plan.getByTestId('merge-added-codings').textContent()).toBe('2');
    expect(await plan.getByTestId('merge-added-codings').locator('xpath=following-sibling::td').textContent()).toBe('7');
    await plan.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => said.innerText()).toMatch(/^Merged boris\.casecoder/);

    await page.getByRole('button', { name: 'Agreement', exact: true }).click();
    await page.getByLabel('Framework').selectOption({ label: 'STEEPL' });
    const row = (code: string) => page.getByTestId('agreement-table').locator('tr', { has: page.locator('th', { hasText: code }) }).first();
    await expect.poll(() => row('STEEPL/Economic').innerText()).toMatch(/100\.0%\s+1\.000\s+1\.000/);
    await expect.poll(() => page.locator('.disagreements li').count()).toBe(1);
    // Why a framework's row can read lower than each of its codes' is said under the table.
    expect(await page.getByText("A framework's row counts a unit as agreed only when").count()).toBe(1);
    const disagreement = page.locator('.disagreements li').first();
    expect(await disagreement.innerText()).toMatch(/STEEPL\/Environmental[\s\S]*coded by Boris[\s\S]*not by Ada/);
    expect(await disagreement.locator('mark').innerText()).toBe('Winter smog');
    // Each disagreement names its case, with its group (the seed study numbers each group's cases
    // 1…n), and document; the documents left out are named too.
    expect(await disagreement.locator('.source').innerText()).toBe('Programmers · 3 — Negative facts');
    const leftOut = page.locator('.skipped-documents');
    // The table's valence of each cell is no one's coding: only Ada's own left one document out.
    expect(await leftOut.locator('summary').innerText()).toBe('Compared over 1 document that every coder coded. 1 document left out: not every coder coded it.');
    await leftOut.locator('summary').click();
    await expect.poll(() => leftOut.locator('li').allInnerTexts()).toEqual(['Programmers · 1 — Negative facts: coded by Ada only']);
    // Nor is the table a coder to compare.
    expect(await page.locator('.agreement-view .filters label').allInnerTexts()).not.toContain(' Case table');
    expect(await page.locator('.agreement-view .filters input[type=checkbox]').count()).toBe(2);

    // The figures shown go into a table file for the paper: STEEPL only, as picked, with the note typed.
    await page.getByLabel('Format').selectOption('md');
    await page.getByLabel('Note under the table').fill('Pilot round.');
    // An export changes nothing: the project's data is not read again after it (codebook.counts).
    const called: string[] = [];
    page.on('request', (request) => void called.push(calledMethod(request) ?? ''));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    await page.waitForTimeout(500);
    expect(called.filter((method) => method === 'codebook.counts')).toEqual([]);
    expect(download.suggestedFilename()).toBe('Inter-coder agreement - Ada and Boris.md');
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toMatch(/^\| STEEPL\/Economic \| 100\.0% \| 1\.000 \| 1\.000 \| \d+ \|/m);
    expect(md).not.toContain('Valence');
    expect(md).toContain('*Note.* Pilot round. Agreement between Ada and Boris over 1 document');
    // The same again in another format: the note typed is still there (the report asked again
    // after the export had taken the controls, and what was typed, away).
    await page.getByLabel('Format').selectOption('html');
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(readFileSync((await again.path())!, 'utf8')).toContain('Pilot round.');

    await disagreement.locator('button').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Winter smog');
    expect(errors).toEqual([]);
    // Five commands, a copy and a merge in the app: over 20 s on a loaded two-core machine.
  }, 60_000);

  it('sets a figure below zero with the minus sign and a decimal comma in Russian', async () => {
    // The same code on two stretches of one document that do not meet: agreement below chance.
    const project = codedByTwo('ru-team', ['prices went up by a third', 'Economic'], ['Winter smog', 'Economic']);

    const app = await env.start(['--project', project], join(env.home, 'ru-ui'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByRole('dialog', { name: 'Кто кодирует?' }).getByRole('textbox').fill('Ada');
    await page.getByRole('button', { name: 'ОК', exact: true }).click();
    await page.getByRole('button', { name: 'Согласованность', exact: true }).click();
    await page.getByLabel('Схема кодирования').selectOption({ label: 'STEEPL' });
    const table = page.getByTestId('agreement-table');
    const row = table.locator('tr', { has: page.locator('th', { hasText: 'STEEPL/Economic' }) }).first();
    // κ and α below zero, as a Russian text sets them: «−0,…», never «-0,…».
    await expect.poll(() => row.innerText()).toMatch(/−0,\d{3}/);
    expect(await table.innerText()).not.toMatch(/-\d/);
    expect(await table.locator('thead').innerText()).toContain('перекрытие ≥ 0,5');
    // Who applied the code and who did not, without guessing their number or gender.
    await expect.poll(() => page.locator('.disagreements li').first().innerText()).toMatch(/с кодом: (Ada|Boris)[\s\S]*без кода: (Ada|Boris)/);
    expect(await page.locator('.hint', { hasText: 'Сравнение по' }).first().innerText()).toBe('Сравнение по 1 документу, который закодировали все кодировщики.');
    expect(await page.getByText('Строка схемы кодирования засчитывает согласие').count()).toBe(1);
    mkdirSync(screens, { recursive: true });
    await page.screenshot({ path: `${screens}agreement-ru.png`, fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  it('joins a short segment inside another coder\'s longer one into one unit at an overlap the user lowers, and stops a report no longer wanted', async () => {
    // Ada's «smog» lies inside Boris's «Winter smog»: 4 of 11 characters shared.
    const project = codedByTwo('nested', ['smog', 'Environmental'], ['Winter smog', 'Environmental']);

    const app = await env.start(['--project', project], join(env.home, 'nested-ui'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.getByRole('button', { name: 'Agreement', exact: true }).click();
    await page.getByLabel('Framework').selectOption({ label: 'STEEPL' });
    const table = page.getByTestId('agreement-table');
    const bySegment = async () => (await table.locator('tr', { has: page.locator('th', { hasText: 'STEEPL/Environmental' }) }).first()
      .locator('td').allInnerTexts())[3];
    // Two units at 0.5, each coded by one of them: none agreed.
    await expect.poll(bySegment).toBe('0.0%');
    expect(await page.getByText("By segment, two coders' segments are one unit when the text they share is at least 0.5").count()).toBe(1);
    await page.getByLabel('Segments are one unit from an overlap of').selectOption('0.25');
    await expect.poll(bySegment).toBe('100.0%');
    expect(await table.locator('thead').innerText()).toContain('overlap ≥ 0.25');

    // The view left while a report is still on its way: the page asks CaseCoder to stop that
    // report's job (seconds of a core on a large project), by the call's own id.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/call', async (route) => {
      if (calledMethod(route.request()) === 'agreement.report') await held;
      await route.continue();
    });
    const asked = page.waitForRequest((request) => calledMethod(request) === 'agreement.report');
    await page.getByLabel('Segments are one unit from an overlap of').selectOption('0.5');
    const { callId } = JSON.parse((await asked).postData()!) as { callId: string };
    // Meanwhile the view says what it waits for, not a blank page.
    await expect.poll(() => page.locator('.agreement-view [role=status]').innerText()).toBe('Measuring agreement…');
    const cancelled = page.waitForRequest((request) => calledMethod(request) === 'jobs.cancelCall');
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    expect(JSON.parse((await cancelled).postData()!)).toMatchObject({ input: { callId } });
    // The cancel reached CaseCoder before the report did: its job stops as it starts.
    const answered = page.waitForResponse((response) => calledMethod(response.request()) === 'agreement.report');
    release();
    expect(await (await answered).json()).toMatchObject({ ok: false, error: { code: 'jobCancelled' } });
    expect(errors).toEqual([]);
  }, 60_000);

  it('waits for the coders without rendering again and again', async () => {
    const app = await env.start([], join(env.home, 'waiting'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.locator('.case-list button.case').first().waitFor();
    // The coders come 1.5 s late. A list that was a new [] on each render re-ran the view's
    // choice of coders, which set a new [], for as long as they were coming: ~1.1 s of script
    // in that time, against ~0.02 s.
    await page.route('**/api/call', async (route) => {
      if (calledMethod(route.request()) === 'coders.list') await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
    const before = await scriptSeconds();
    await page.getByRole('button', { name: 'Agreement', exact: true }).click();
    await page.waitForTimeout(1200);
    expect(await scriptSeconds() - before).toBeLessThan(0.4);
    await expect.poll(() => page.locator('.agreement-view').innerText()).toContain('Demo coder');
    expect(errors).toEqual([]);
  }, 60_000);
});
