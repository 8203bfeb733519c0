/**
 * A conflict in the app's merge: a teammate's copy where our segment sits one character later
 * (same segment, another span) is one conflict, not a second segment; taking theirs moves ours,
 * and the done message says what was replaced. The plan's second column counts rows in both files.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { newTestSession } from '../helpers/project.js';
import { alter, writeProject } from '../unit/db/untrusted-helpers.js';

const env = useBrowserTestEnv();

describe('a merge conflict', () => {
  it('moves our segment when theirs is taken, and says it replaced it', async () => {
    const maker = newTestSession();
    const made = writeProject(maker.session, 'study');
    const mine = join(env.home, 'mine.casecoder');
    const theirs = join(env.home, 'theirs.casecoder');
    copyFileSync(made, mine);
    copyFileSync(made, theirs);
    maker.dispose();
    alter(theirs, "UPDATE segment SET start = 1, quote = 'ow wages'");

    const app = await env.start(['--project', mine]);
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);

    await page.getByLabel('Merge…').setInputFiles(theirs);
    const plan = page.getByRole('dialog', { name: 'Merge theirs.casecoder into this project' });
    await expect.poll(() => plan.locator('thead').innerText()).toMatch(/Will be added\s+In both/);
    expect(await plan.getByTestId('merge-added-segments').textContent()).toBe('0');
    const conflict = plan.locator('.conflicts li');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator('p').innerText()).toBe('A segment of «Interview» («Low wages») is at characters 0–9 here and 1–9 in theirs.');
    await conflict.getByLabel('Take theirs').check();
    await plan.getByRole('button', { name: 'Merge', exact: true }).click();
    const said = page.locator('.message.done [role=status]');
    await expect.poll(() => said.innerText()).toBe('Merged theirs.casecoder: replaced segment spans 1.');

    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await expect.poll(() => page.getByTestId('segment-total').innerText()).toBe('1 segment');
    const quotes = () => page.locator('.body-row .col-quote').allInnerTexts();
    await expect.poll(quotes).toEqual(['ow wages']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(quotes).toEqual(['Low wages']);
    expect(errors).toEqual([]);
  }, 60_000);
});
