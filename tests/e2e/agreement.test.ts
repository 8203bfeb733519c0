/** Two coders' work, merged by the command line, compared in the Agreement view. */
import { describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const env = useBrowserTestEnv();

const cli = (...args: string[]) =>
  execFileSync(process.execPath, [`${root}bin/casecoder.js`, ...args], { cwd: env.home, env: { ...process.env, LC_ALL: 'C.UTF-8', CASECODER_HOME: join(env.home, 'cli') } });

describe('the agreement view', () => {
  it('shows each code\'s agreement and each disagreement in its text', async () => {
    cli('new', 'team');
    cli('import', 'team', `${root}tests/fixtures/case-table-programmers.csv`, '--case-table', '--group', 'Programmers', '--coder', 'Ada');
    copyFileSync(join(env.home, 'team.casecoder'), join(env.home, 'boris.casecoder'));
    cli('code', 'team', '--case', '3', '--quote', 'prices went up by a third', '--code', 'STEEPL/Economic', '--coder', 'Ada');
    cli('code', 'boris', '--case', '3', '--quote', 'prices went up by a third', '--code', 'STEEPL/Economic', '--coder', 'Boris');
    cli('code', 'boris', '--case', '3', '--quote', 'Winter smog', '--code', 'STEEPL/Environmental', '--coder', 'Boris');
    cli('merge', 'team', 'boris');

    const app = await env.start(['--project', join(env.home, 'team.casecoder')], join(env.home, 'ui'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.getByRole('button', { name: 'Agreement', exact: true }).click();
    await page.getByLabel('Framework').selectOption({ label: 'STEEPL' });
    const row = (code: string) => page.getByTestId('agreement-table').locator('tr', { has: page.locator('th', { hasText: code }) }).first();
    await expect.poll(() => row('STEEPL/Economic').innerText()).toMatch(/100\.0%\s+1\.000\s+1\.000/);
    await expect.poll(() => page.locator('.disagreements li').count()).toBe(1);
    const disagreement = page.locator('.disagreements li').first();
    expect(await disagreement.innerText()).toMatch(/STEEPL\/Environmental[\s\S]*coded by Boris[\s\S]*not by Ada/);
    expect(await disagreement.locator('mark').innerText()).toBe('Winter smog');
    // Each disagreement names its case and document; the documents left out are named too.
    expect(await disagreement.locator('.source').innerText()).toBe('3 — Negative facts');
    const leftOut = page.locator('.skipped-documents');
    await leftOut.locator('summary').click();
    await expect.poll(() => leftOut.locator('li').first().innerText()).toBe('1 — Positive facts: coded by Ada only');
    await disagreement.locator('button').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Winter smog');
    expect(errors).toEqual([]);
  });
});
