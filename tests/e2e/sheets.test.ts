/**
 * The spreadsheet import dialog: an XLSX case table with Kazakh and Russian headers is
 * previewed with each column's proposed code, the user changes two, and the imported cases
 * appear in the segment table labelled with their group. An attribute sheet's inferred types
 * are previewed and one is changed before import. A sheet's groups named in another language
 * than the project's are put into the project's groups before import.
 */
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';
import { calledMethod, chooseFromMenu, openAsCoder, segmentRowName, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { hasSeedStudy, seedStudyDir } from '../helpers/seed-study.js';
import { MAX_IMPORT_BYTES } from '../../shared/contract.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

/**
 * A page on a project (made when missing) with the spreadsheet import open, and the errors it
 * logs; `prepare` builds the project's data through the API before the page opens on it.
 */
async function openSheetImport(project: string, settingsHome?: string, prepare?: (appUrl: string) => Promise<void>) {
  const app = await env.start(['--project', join(env.home, project)], settingsHome);
  await prepare?.(app.url);
  const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(10_000);
  const errors = watchErrors(page);
  await openAsCoder(page, app.url);
  await chooseFromMenu(page, 'File', 'Import spreadsheet…');
  return { page, errors, appUrl: app.url, dialog: page.getByRole('dialog', { name: 'Import a spreadsheet' }) };
}

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

    const { page, errors, dialog } = await openSheetImport('sheets.casecoder');
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(table);
    const chosen = (header: string) =>
      dialog.getByLabel(header, { exact: true }).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent);
    await expect.poll(() => chosen('Оң фактілер')).toBe('Valence / Positive');
    await expect.poll(() => chosen('Негативные факты')).toBe('Valence / Negative');
    // Its notes are short values: a case attribute, of the type they suggest, not a code.
    await expect.poll(() => chosen('Notes')).toBe('Attribute');
    expect(await dialog.getByLabel('Type of the attribute Notes').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('Text');
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe('Rows of cases: 2');
    // Into a project without cases: new ones, said plainly, not as a warning.
    expect(await dialog.getByTestId('sheet-cases').innerText()).toBe('New cases it will make: 2.');
    expect(await dialog.getByTestId('sheet-cases').getAttribute('class')).toBe('hint');
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
    await expect.poll(() => page.locator(segmentRowName('case')).allInnerTexts()).toEqual(['1', '1', '2']);
    await expect.poll(() => page.locator(segmentRowName('group')).allInnerTexts()).toEqual(['Entrepreneurs', 'Entrepreneurs', 'Entrepreneurs']);
    await expect.poll(() => page.locator('.body-row .col-codes').allInnerTexts()).toEqual(['Positive', 'Economic', 'Positive']);
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
    expect(await dialog.getByTestId('sheet-cases').innerText()).toBe('Every case it names is in the project (2).');
    await dialog.getByLabel('Age', { exact: true }).selectOption({ label: 'Text' });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Cases: 0 new, 2 already there.');
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Attributes: 2 new, 4 values set.');
    expect(errors).toEqual([]);
  });

  it('reads an attribute sheet in a new project as attributes, free text beside them as a survey, and a Группа column as the group, a case table\'s too', async () => {
    const sheet = join(env.home, 'участники.csv');
    writeFileSync(sheet, 'Кейс;Группа;Профессия;Город\nP1;Программисты;программист;Алматы\nP2;Программисты;программист;Астана\nE1;Предприниматели;бариста;Алматы\n');
    const { page, errors, dialog } = await openSheetImport('new.casecoder', join(env.home, 'new-project'));
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(sheet);

    // Not a case table of four new codes in a group named after the file: attributes, said so.
    await expect.poll(() => dialog.getByLabel('An attribute sheet').isChecked()).toBe(true);
    // The choice is named as a whole: «Это»/«Бұл» ("This is") read as a fragment above it.
    expect(await dialog.getByRole('group', { name: 'Kind of sheet' }).getByRole('radio').count()).toBe(3);
    expect(await dialog.getByTestId('sheet-reading').innerText()).toContain('so it is read as an attribute sheet');
    await expect.poll(() => dialog.locator('.sheet-columns tbody td:nth-child(2)').allInnerTexts())
      .toEqual(['Names the case', 'Sets the group', 'Attribute', 'Attribute']);
    expect(await dialog.locator('.sheet-columns tbody select').evaluateAll((all: HTMLSelectElement[]) => all.map((s) => s.selectedOptions[0]?.textContent)))
      .toEqual(['Choice', 'Choice']);
    expect(await dialog.getByLabel(/^Group of the cases/).inputValue()).toBe('');
    // The group's column can be none (Группа an attribute then), or another.
    const roles = () => dialog.locator('.sheet-columns tbody td:nth-child(2)').allInnerTexts();
    await dialog.getByLabel("Column giving each case's group").selectOption({ label: 'None: the group below for all' });
    await expect.poll(roles).toEqual(['Names the case', 'Attribute', 'Attribute', 'Attribute']);
    await dialog.getByLabel("Column giving each case's group").selectOption('Группа');
    await expect.poll(roles).toEqual(['Names the case', 'Sets the group', 'Attribute', 'Attribute']);
    // The user may still read it otherwise, and back.
    await dialog.getByLabel('A case table').check();
    await expect.poll(() => dialog.locator('.sheet-columns thead th').allInnerTexts()).toEqual(['Column', 'Imported as']);
    await dialog.getByLabel('An attribute sheet').check();
    await expect.poll(() => dialog.locator('.sheet-columns thead th').allInnerTexts()).toEqual(['Column', 'Role', 'Type']);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Cases: 3 new, 0 already there.');
    expect(await dialog.getByRole('status').innerText()).toContain('Coded segments: 0. Attributes: 2 new, 6 values set.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('.case-list section.group h3 [data-user-data=group]').allTextContents()).toEqual(['Программисты', 'Предприниматели']);

    // Answers beside attributes: a survey, whose answers become documents.
    const survey = join(env.home, 'опрос.csv');
    writeFileSync(survey, 'Кейс;Группа;Возраст;Ответ\nP3;Программисты;31;Мы переехали весной, потому что в Москве стало невозможно работать.\n' +
      'P4;Программисты;27;Остались бы, если бы не аренда, которая выросла почти вдвое за год.\n');
    await chooseFromMenu(page, 'File', 'Import spreadsheet…');
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(survey);
    await expect.poll(() => dialog.getByLabel('A survey').isChecked()).toBe(true);
    expect(await dialog.getByLabel('Ответ', { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => dialog.locator('.sheet-columns tbody td:nth-child(2)').allInnerTexts())
      .toEqual(['Names the case', 'Sets the group', 'Attribute', 'Answers: documents']);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Cases: 2 new, 0 already there. Documents: 2 new');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // A case table (its header names a code) with a Группа column: that column gives the group, no code.
    const table = join(env.home, 'факты.csv');
    writeFileSync(table, 'Кейс;Группа;Позитивные факты;Ответ\nP5;Программисты;Люди приветливые.;Мы переехали весной, потому что в Москве стало невозможно.\n' +
      'E5;Предприниматели;Открыли бар.;Остались бы, если бы не аренда, которая выросла почти вдвое.\n');
    await chooseFromMenu(page, 'File', 'Import spreadsheet…');
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(table);
    await expect.poll(() => dialog.getByLabel('Группа', { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Sets the group');
    expect(await dialog.getByLabel('A case table').isChecked()).toBe(true);
    expect(await dialog.locator('label[for="sheet-group"]').innerText()).toBe('Group of the cases (unless a Group column sets it)');
    expect(await dialog.getByLabel(/^Group of the cases/).inputValue()).toBe('');
    expect(await dialog.getByTestId('sheet-cases').innerText()).toBe('Cases of the project it names: 0. Not in the project, to be made: 2 — P5, E5.');
    // Read as a survey by hand, its free text is ticked as answers, and the group's column is not offered.
    await dialog.getByLabel('A survey').check();
    await expect.poll(() => dialog.getByLabel('Ответ', { exact: true }).isChecked()).toBe(true);
    expect(await dialog.getByRole('group', { name: 'Columns of answers' }).getByRole('checkbox').count()).toBe(2);
    await dialog.getByLabel('A case table').check();
    await expect.poll(() => dialog.getByLabel('Группа', { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Sets the group');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Cases: 2 new, 0 already there. Documents: 4 new, 0 already there. Coded segments: 4.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('.case-list section.group').evaluateAll((all) => all.map((g) => g.textContent)))
      .toEqual([expect.stringMatching(/^Программисты.*P5/), expect.stringMatching(/^Предприниматели.*E5/)]);
    expect(errors).toEqual([]);
  });

  it("counts the cases by the groups of the column the user maps to the group, or of none, before the import", async () => {
    const table = join(env.home, 'кластеры.csv');
    writeFileSync(table, 'Кейс;Группа;Кластер;Позитивные факты\nP1;Программисты;Алматы;Люди приветливые.\nP1;Программисты;Астана;Открыли бар.\n');
    const { dialog, errors } = await openSheetImport('groups.casecoder', join(env.home, 'groups'));
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(table);
    const cases = () => dialog.getByTestId('sheet-cases').innerText();
    // By Группа, both rows are P1 of Программисты: one case.
    await expect.poll(cases).toBe('New cases it will make: 1.');
    // By Кластер, P1 of Алматы and P1 of Астана: two, said at once, as the import makes them.
    const chosen = (header: string) => dialog.getByLabel(header, { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
    await dialog.getByLabel('Кластер', { exact: true }).selectOption({ label: 'Sets the group' });
    await expect.poll(cases).toBe('New cases it will make: 2.');
    expect(await chosen('Группа')).toBe('Skip');
    // Группа again: Кластер goes back to what was proposed for it.
    await dialog.getByLabel('Группа', { exact: true }).selectOption({ label: 'Sets the group' });
    await expect.poll(cases).toBe('New cases it will make: 1.');
    expect(await chosen('Кластер')).toBe('Attribute');
    // No column: the group typed (else the file's name) for all, P1 once.
    await dialog.getByLabel('Группа', { exact: true }).selectOption({ label: 'Skip' });
    await expect.poll(cases).toBe('New cases it will make: 1.');
    await dialog.getByLabel('Кластер', { exact: true }).selectOption({ label: 'Sets the group' });
    await expect.poll(cases).toBe('New cases it will make: 2.');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Cases: 2 new, 0 already there.');
    expect(errors).toEqual([]);
  });

  it('puts the sheet\'s groups named in English into the project\'s Kazakh ones as the user maps them, the counts following', async () => {
    const sheet = join(env.home, 'cities.csv');
    writeFileSync(sheet, 'Case,Group,City\n1,Programmers,Almaty\n2,Programmers,Astana\n3,Programmers,Aktau\n4,entrepreneurs ,Taraz\n');
    const ids = { kazakh: 0, entrepreneurs: 0 };
    const { dialog, errors, appUrl } = await openSheetImport('map.casecoder', join(env.home, 'map'), async (url) => {
      ids.kazakh = (await apiCall(url, 'groups.create', { name: 'Бағдарламашылар' })).id;
      ids.entrepreneurs = (await apiCall(url, 'groups.create', { name: 'Entrepreneurs' })).id;
      for (const name of ['1', '2']) await apiCall(url, 'cases.create', { name, groupId: ids.kazakh });
      await apiCall(url, 'cases.create', { name: '4', groupId: ids.entrepreneurs });
    });
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(sheet);
    await expect.poll(() => dialog.getByLabel('An attribute sheet').isChecked()).toBe(true);

    // Each group the project does not spell so, with its cases; no translation guessed, the same name proposed.
    const map = dialog.getByTestId('sheet-group-map');
    await expect.poll(() => map.locator('.sheet-group-map-row > span:first-child').allInnerTexts()).toEqual(['Programmers (cases: 3)', 'entrepreneurs (cases: 1)']);
    const programmers = map.getByLabel('Group of the project for Programmers');
    const chosen = (select: typeof programmers) => select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
    expect(await chosen(programmers)).toBe('New group “Programmers”');
    expect(await chosen(map.getByLabel('Group of the project for entrepreneurs'))).toBe('Entrepreneurs');
    expect(await map.getByLabel('Group of the project for entrepreneurs').locator('option').allInnerTexts()).toEqual(['Бағдарламашылар', 'Entrepreneurs']);
    const cases = () => dialog.getByTestId('sheet-cases').innerText();
    await expect.poll(cases).toBe('Cases of the project it names: 1. Not in the project, to be made: 3 — 1, 2, 3. ' +
      'Of those, 2 have a case of the same name in another group: check the group above.');

    // Mapped, the preview counts Programmers' rows as Бағдарламашылар's cases, and the import finds them there.
    await programmers.selectOption({ label: 'Бағдарламашылар' });
    await expect.poll(cases).toBe('Cases of the project it names: 3. Not in the project, to be made: 1 — 3.');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Cases: 1 new, 3 already there.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const listed = await apiCall(appUrl, 'cases.list', {});
    expect(listed.map((c) => [c.groupId, c.name])).toEqual([[ids.kazakh, '1'], [ids.kazakh, '2'], [ids.entrepreneurs, '4'], [ids.kazakh, '3']]);
    expect((await apiCall(appUrl, 'groups.list', {})).map((g) => g.name)).toEqual(['Бағдарламашылар', 'Entrepreneurs']);
    expect(errors).toEqual([]);
  });

  it.runIf(hasSeedStudy)('imports the seed study\'s two tables, whose cases are both numbered from 1, in a short window', async () => {
    writeFileSync(join(env.home, 'empty.csv'), '');
    const app = await env.start(['--project', join(env.home, 'seed.casecoder')], join(env.home, 'seed'));
    // A short window: the dialog with its preview is taller than it.
    const page = await env.browser.newPage({ viewport: { width: 1200, height: 600 } });
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    const dialog = page.getByRole('dialog', { name: 'Import a spreadsheet' });
    const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
    const importTable = async (file: string, group: string) => {
      await chooseFromMenu(page, 'File', 'Import spreadsheet…');
      await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(join(seedStudyDir, file));
      await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/^Rows of cases: \d+$/);
      // A case table (its headers name Valence's codes), though table 2's cases 1–4 share table 1's names.
      expect(await dialog.getByLabel('A case table').isChecked()).toBe(true);
      // Its columns are facts: none of them sets the group.
      expect(await dialog.locator('label[for="sheet-group"]').innerText()).toBe('Group of the cases');
      expect(await dialog.getByText(/^Encoding: /).innerText()).toBe('Encoding: utf-8');
      await dialog.getByLabel('Group of the cases').fill(group);
      // The dialog is within the window, its top and its button: it scrolls inside, its buttons kept in view.
      const frame = (await dialog.boundingBox())!;
      expect([frame.y >= 0, frame.y + frame.height <= 600]).toEqual([true, true]);
      const box = (await importButton.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(600);
      await importButton.click();
      await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Cases: ');
      const report = await dialog.getByRole('status').innerText();
      await dialog.getByRole('button', { name: 'Close' }).click();
      return report;
    };
    expect(await importTable('table1-programmers.csv', 'Programmers')).toContain('Cases: 10 new, 0 already there.');
    expect(await importTable('table2-entrepreneurs.csv', 'Entrepreneurs')).toContain('Cases: 4 new, 0 already there.');

    // The case list's Import case table… opens the same dialog with its file: a sheet naming
    // cases already there, under no code's header, is read as their attributes, not made again.
    writeFileSync(join(env.home, 'cities.csv'), 'Case,City\n1,Almaty\n2,Astana\n');
    await page.getByLabel('Import case table…').setInputFiles(join(env.home, 'cities.csv'));
    await expect.poll(() => dialog.getByLabel('An attribute sheet').isChecked()).toBe(true);
    expect(await dialog.locator('label[for="sheet-group"]').innerText()).toBe('Group of the cases (unless a Group column sets it)');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The study's attribute sheet names its cases P1…P14, the tables 1, 2, 3…: the dialog offers
    // to find each by its number in its group, and without that each row would make a new case,
    // which it says before anything is written, naming the first ones.
    await chooseFromMenu(page, 'File', 'Import spreadsheet…');
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(join(seedStudyDir, 'cases.csv'));
    await dialog.getByLabel('An attribute sheet').check();
    const byNumber = dialog.getByTestId('sheet-by-number');
    await expect.poll(() => byNumber.innerText()).toBe('Find cases by the number in their names: P1 as case “1” of its group (cases so found: 14)');
    expect(await byNumber.getByRole('checkbox').isChecked()).toBe(true);
    await expect.poll(() => dialog.getByTestId('sheet-cases').innerText()).toBe('Every case it names is in the project (14).');
    await byNumber.getByRole('checkbox').uncheck();
    await expect.poll(() => dialog.getByTestId('sheet-cases').innerText())
      .toBe('Cases of the project it names: 0. Not in the project, to be made: 14 — P1, P2, P3, P4, P5, …');
    expect(await dialog.getByTestId('sheet-cases').getAttribute('class')).toBe('message warning');
    // A table typed into another group than its cases': each of its cases is new there, and
    // the dialog says they exist in another group.
    await dialog.getByLabel('A case table').check();
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(join(seedStudyDir, 'table2-entrepreneurs.csv'));
    await dialog.getByLabel('Group of the cases').fill('Entrepreneur');
    await expect.poll(() => dialog.getByTestId('sheet-cases').innerText()).toBe(
      'Cases of the project it names: 0. Not in the project, to be made: 4 — 1, 2, 3, 4. ' +
      'Of those, 4 have a case of the same name in another group: check the group above.',
    );
    await dialog.getByLabel('Group of the cases').fill('Entrepreneurs');
    await expect.poll(() => dialog.getByTestId('sheet-cases').innerText()).toBe('Every case it names is in the project (4).');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Imported by number, the attribute sheet fills the tables' cases and makes none.
    await chooseFromMenu(page, 'File', 'Import spreadsheet…');
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(join(seedStudyDir, 'cases.csv'));
    await dialog.getByLabel('An attribute sheet').check();
    await expect.poll(() => dialog.getByTestId('sheet-cases').innerText()).toBe('Every case it names is in the project (14).');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Cases: 0 new, 14 already there.');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // A CSV saved by a Russian Excel: the preview says how its bytes were read.
    writeFileSync(join(env.home, 'cp1251.csv'), iconv.encode('Кейс;Город;Профессия\n1;Алматы;программист\n2;Астана;программист\n', 'windows-1251'));
    await page.getByLabel('Import case table…').setInputFiles(join(env.home, 'cp1251.csv'));
    await expect.poll(() => dialog.getByText(/^Encoding: /).innerText()).toBe('Encoding: windows-1251');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // A file the readers refuse says why in the UI's words, as a document import does.
    await chooseFromMenu(page, 'File', 'Import spreadsheet…');
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(join(env.home, 'empty.csv'));
    await expect.poll(() => dialog.getByRole('alert').innerText()).toBe('empty.csv: It holds no text.');
    // One past what the import reads is refused before it is sent (sparse: that large without the
    // disk); past what a call carries it was refused as «status 413».
    const huge = join(env.home, 'huge.csv');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_IMPORT_BYTES + 1);
    const sent: string[] = [];
    page.on('request', (request) => sent.push(request.url().includes('/api/upload') ? 'upload' : calledMethod(request) ?? ''));
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(huge);
    await expect.poll(() => dialog.getByRole('alert').innerText()).toBe('huge.csv: It is larger than the limit of 20 MB for .csv files.');
    // The job bar's polls go on; nothing carried the file.
    expect(sent.filter((what) => what === 'upload' || what.startsWith('sheets.'))).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
