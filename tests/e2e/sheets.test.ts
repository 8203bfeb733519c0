/**
 * The spreadsheet import dialog: an XLSX case table with Kazakh and Russian headers is
 * previewed with each column's proposed code, the user changes two, and the imported cases
 * appear in the segment table labelled with their group. An attribute sheet's inferred types
 * are previewed and one is changed before import.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { chooseFromMenu, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();

describe('spreadsheet import', () => {
  it('previews the mapping of each column, takes the changes, and labels cases with their group', async () => {
    const table = join(env.home, 'entrepreneurs.xlsx');
    writeFileSync(table, await writeXlsxFile([
      ['Кейс', 'Оң фактілер', 'Негативные факты', 'Notes'],
      ['1', 'People are hospitable.', 'Coffee is expensive.', 'n1'],
      ['2', 'We opened a bar.', null, 'n2'],
    ]).toBuffer());
    const sheet = join(env.home, 'attributes.csv');
    writeFileSync(sheet, 'Case,Group,Age,Remote\n1,Entrepreneurs,41,yes\n2,Entrepreneurs,29,no\n');

    const app = await env.start(['--project', join(env.home, 'sheets.casecoder')]);
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);

    await chooseFromMenu(page, 'File', 'Import spreadsheet…');
    const dialog = page.getByRole('dialog', { name: 'Import a spreadsheet' });
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(table);
    const chosen = (header: string) =>
      dialog.getByLabel(header, { exact: true }).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent);
    await expect.poll(() => chosen('Оң фактілер')).toBe('Valence / Positive');
    await expect.poll(() => chosen('Негативные факты')).toBe('Valence / Negative');
    await expect.poll(() => chosen('Notes')).toBe('New code');
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe('Rows of cases: 2');
    // The sample rows stand under the sheet's own headers.
    await expect.poll(() => dialog.locator('.sheet-sample thead th').allInnerTexts()).toEqual(['Кейс', 'Оң фактілер', 'Негативные факты', 'Notes']);

    await dialog.getByLabel('Негативные факты', { exact: true }).selectOption({ label: 'STEEPL / Economic' });
    await dialog.getByLabel('Notes', { exact: true }).selectOption({ label: 'Skip' });
    await dialog.getByLabel('Group of the cases').fill('Entrepreneurs');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Cases: 2 new, 0 already there. Documents: 3 new, 0 already there. Coded segments: 3.');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    // Each case's name, with its group in the column beside it.
    await expect.poll(() => page.locator('.grid-body .col-case').allInnerTexts()).toEqual(['1', '1', '2']);
    await expect.poll(() => page.locator('.grid-body .col-group').allInnerTexts()).toEqual(['Entrepreneurs', 'Entrepreneurs', 'Entrepreneurs']);
    await expect.poll(() => page.locator('.grid-body .col-codes').allInnerTexts()).toEqual(['Positive', 'Economic', 'Positive']);
    // The case filter names each case with its group too.
    await expect.poll(() => page.getByLabel('Filter by case').locator('option').allInnerTexts()).toContain('Entrepreneurs · 2');

    // Its first column names the cases just made: read as their attributes without being told
    // (as a case table it made the same cases again, in a group of their own).
    await chooseFromMenu(page, 'File', 'Import spreadsheet…');
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(sheet);
    await expect.poll(() => dialog.getByLabel('An attribute sheet').isChecked()).toBe(true);
    expect(await dialog.getByText('Its first column names cases already in this project').count()).toBe(1);
    await expect.poll(() => chosen('Age')).toBe('Number');
    await expect.poll(() => chosen('Remote')).toBe('Yes/no');
    await dialog.getByLabel('Age', { exact: true }).selectOption({ label: 'Text' });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Cases: 0 new, 2 already there.');
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Attributes: 2 new, 4 values set.');
    expect(errors).toEqual([]);
  });
});
