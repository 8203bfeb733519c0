/**
 * A project file altered outside CaseCoder, opened in the UI: refused at once (it used to hang
 * the app for good), with the offer to import its data into a new project, which then opens
 * with the cases, texts and codings and none of the file's own SQL. The same file chosen to
 * merge is refused with what to do instead: the offer, which salvages by path, cannot reach an
 * uploaded file.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { newTestSession } from '../helpers/project.js';
import { alter, DESTRUCTIVE_TRIGGER, RECURSIVE_PROJECT_META, writeProject } from '../unit/db/untrusted-helpers.js';

const env = useBrowserTestEnv();

/** The app started on a project of its own, then `path` opened by File → Open project…; `settings`: a folder of its own, for a second start. */
async function openThroughTheMenu(path: string, settings?: string) {
  const app = await env.start(['--project', join(env.home, 'mine.casecoder')], settings);
  const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(10_000);
  const errors = watchErrors(page);
  await openAsCoder(page, app.url);
  await chooseFromMenu(page, 'File', 'Open project…');
  const open = page.getByRole('dialog', { name: 'Open project' });
  await open.getByRole('textbox').fill(path);
  await open.getByRole('button', { name: 'Open project' }).click();
  return { page, errors };
}

describe('a project altered outside CaseCoder', () => {
  it('is refused with an offer to import its data into a new project', async () => {
    const maker = newTestSession();
    const altered = join(env.home, 'study.casecoder');
    copyFileSync(writeProject(maker.session, 'study'), altered);
    maker.dispose();
    alter(altered, RECURSIVE_PROJECT_META);

    const { page, errors } = await openThroughTheMenu(altered);

    const offer = page.getByRole('dialog', { name: 'This project was changed outside CaseCoder' });
    await expect.poll(() => offer.textContent()).toContain(altered);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('was changed outside CaseCoder');
    await offer.getByRole('button', { name: 'Import its data into a new project' }).click();

    await expect.poll(() => page.locator('.project-name').getAttribute('title')).toBe(join(env.home, 'study (imported).casecoder'));
    await expect.poll(() => page.locator('.case-list').textContent()).toContain('Anna');
    expect(errors).toEqual([]);
  });

  it('holding data CaseCoder never writes, is refused in words that say so, with the same offer (review-hostile-1207 #2)', async () => {
    const maker = newTestSession();
    const planted = join(env.home, 'cycle.casecoder');
    copyFileSync(writeProject(maker.session, 'cycle'), planted);
    maker.dispose();
    alter(planted, "UPDATE code SET parent_id = id WHERE name = 'Negative';");

    const { page, errors } = await openThroughTheMenu(planted, join(env.home, 'planted'));

    await expect.poll(() => page.getByRole('alert').textContent()).toContain("holds data CaseCoder never writes (its codes are each other's parents)");
    const offer = page.getByRole('dialog', { name: 'This project was changed outside CaseCoder' });
    await offer.getByRole('button', { name: 'Import its data into a new project' }).click();
    await expect.poll(() => page.locator('.project-name').getAttribute('title')).toBe(join(env.home, 'cycle (imported).casecoder'));
    await expect.poll(() => page.locator('.case-list').textContent()).toContain('Anna');
    expect(errors).toEqual([]);
  });

  it('chosen to merge, is refused with what to do, and no offer to import it', async () => {
    const maker = newTestSession();
    const altered = join(env.home, 'trigger.casecoder');
    copyFileSync(writeProject(maker.session, 'teammate'), altered);
    maker.dispose();
    alter(altered, DESTRUCTIVE_TRIGGER);

    // Settings of its own: the first test's answered who is coding.
    const app = await env.start(['--project', join(env.home, 'mine.casecoder')], join(env.home, 'merging'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);

    await page.getByLabel('Merge…').setInputFiles(altered);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(
      'trigger.casecoder was changed outside CaseCoder (+trigger wipe), so it was not merged. Ask whoever sent it to send it again, or run casecoder salvage trigger.casecoder to import its data into a new project, and merge that one.',
    );
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('.project-name').innerText()).toBe('mine');
    expect(errors).toEqual([]);
  });
});
