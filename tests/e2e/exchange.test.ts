/**
 * Exchange in the UI: a QualCoder project comes in through REFI-QDA with its report, the
 * project goes out as .qdpx, and that file merges back into a fresh project. In Russian, an
 * import's notes and a broken file's refusal are said in Russian.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseFromMenu, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { qdpx } from '../unit/refi/package.js';

const sample = fileURLToPath(new URL('../../../shared/refi-qda/samples/qc-1.3.2_demo.qdpx', import.meta.url));
const hasSample = existsSync(sample);
if (!hasSample) console.warn(`REFI-QDA exchange e2e skipped: ${sample} is absent on this machine.`);

const env = useBrowserTestEnv();

describe.skipIf(!hasSample)('exchange with other tools', () => {
  it('imports a QualCoder project with a report, exports it as .qdpx, and merges that into a new project', async () => {
    const app = await env.start(['--project', join(env.home, 'qc.casecoder')]);
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);

    await page.getByLabel('Import QDA…').setInputFiles(sample);
    const report = page.getByRole('dialog', { name: 'qc-1.3.2_demo.qdpx imported' });
    await expect.poll(() => report.textContent()).toContain('cases 2, documents 2, codes 262, segments 158, codings 205');
    await report.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.locator('.case-list .case').count()).toBe(2);

    await chooseFromMenu(page, 'Exchange', 'Export QDA…');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Export' }).click()]);
    const exported = join(env.home, 'roundtrip.qdpx');
    await download.saveAs(exported);

    await chooseFromMenu(page, 'File', 'New project…');
    await page.getByRole('dialog').getByRole('textbox').fill(join(env.home, 'fresh.casecoder'));
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('fresh');
    await page.getByLabel('Merge…').setInputFiles(exported);
    const plan = page.getByRole('dialog', { name: 'Merge roundtrip.qdpx into this project' });
    await expect.poll(() => plan.getByTestId('merge-added-segments').textContent()).toBe('158');
    await expect.poll(() => plan.getByTestId('merge-added-codings').textContent()).toBe('205');
    await plan.getByRole('button', { name: 'Merge', exact: true }).click();
    // Nothing on screen shows what came in: the app says it.
    const said = page.locator('.message.done [role=status]');
    await expect.poll(() => said.innerText()).toMatch(/^Merged roundtrip\.qdpx: added .*cases 2, .*segments 158, codings 205/);
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await expect.poll(() => page.getByTestId('segment-total').innerText()).toBe('158 segments');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('segment-total').innerText()).toBe('0 segments');

    // A copy saved by name goes to the CaseCoder folder: the app says where.
    await chooseFromMenu(page, 'File', 'Save a copy…');
    await page.getByRole('dialog').getByRole('textbox').fill('copy-of-fresh');
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => said.innerText()).toMatch(/^A copy was saved: .*copy-of-fresh\.casecoder$/);
    expect(existsSync((await said.innerText()).replace('A copy was saved: ', ''))).toBe(true);

    // Back to the first project, picked from the recent list.
    await chooseFromMenu(page, 'File', 'Open project…');
    await page.getByRole('dialog', { name: 'Open project' }).getByRole('button', { name: join(env.home, 'qc.casecoder') }).click();
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('qc');

    // Its own export merged back holds nothing new: the plan says why before Merge is pressed.
    await page.getByLabel('Merge…').setInputFiles(exported);
    const own = page.getByRole('dialog', { name: 'Merge roundtrip.qdpx into this project' });
    await expect.poll(() => own.getByRole('status').innerText()).toBe('This file holds nothing this project lacks: it is this project itself, or a copy of it with no new work in it.');
    await own.getByRole('button', { name: 'Cancel' }).click();
    // A plan that adds something says nothing of the kind.
    await chooseFromMenu(page, 'File', 'Open project…');
    await page.getByRole('dialog', { name: 'Open project' }).getByRole('button', { name: join(env.home, 'fresh.casecoder') }).click();
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('fresh');
    await page.getByLabel('Merge…').setInputFiles(exported);
    await expect.poll(() => plan.getByTestId('merge-added-segments').textContent()).toBe('158');
    expect(await plan.getByRole('status').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('REFI-QDA import in Russian', () => {
  it("says the import's notes and a broken file's refusal in Russian", async () => {
    const home = join(env.home, 'russian');
    const app = await env.start(['--project', join(home, 'ru.casecoder')], home);
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ru-RU' });
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByRole('dialog', { name: 'Кто кодирует?' }).getByRole('textbox').fill('Айгерим');
    await page.getByRole('button', { name: 'ОК', exact: true }).click();

    // Top-level codes and a source in no case: two decisions the report names.
    const study = join(home, 'Интервью.qdpx');
    writeFileSync(study, qdpx({
      origin: 'QualCoder 3.6', codes: [{ name: 'Тема' }],
      sources: [{ name: 'Айжан', text: 'Мы переехали в Алматы.' }],
    }));
    await page.getByLabel('Импорт REFI-QDA…').setInputFiles(study);
    const report = page.getByRole('dialog', { name: 'Интервью.qdpx импортирован' });
    await expect.poll(() => report.innerText()).toContain('• Коды верхнего уровня помещены в новую схему кодирования «Интервью».');
    expect(await report.innerText()).toContain('• Источники без кейса стали отдельными кейсами под своими именами: 1 (Айжан).');
    // Latin letters only in the file's name and the tool's.
    expect((await report.innerText()).match(/[A-Za-z]+/g)).toEqual(['qdpx', 'QualCoder']);
    await report.getByRole('button', { name: 'ОК' }).click();

    const broken = join(home, 'broken.qde');
    writeFileSync(broken, '<Project xmlns="urn:QDA-XML:project:1.0">\n  <Users>\n</Project>');
    await page.getByLabel('Импорт REFI-QDA…').setInputFiles(broken);
    await expect.poll(() => page.getByRole('alert').innerText())
      .toMatch(/broken\.qde не читается как XML REFI-QDA: разметка XML нарушена в строке 3, позиция \d+/);
    expect(errors).toEqual([]);
  }, 60_000);
});
