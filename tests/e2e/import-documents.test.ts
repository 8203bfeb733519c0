/**
 * Documents dropped onto the window: a .docx, a .pdf and a .txt (made here) go into a new
 * case through the import dialog, and a span of each is coded; the dialog and its report show
 * no English in Russian or Kazakh. Over an open document files go to its case, but those named
 * after a case (anna_interview.txt, ВЕРА-интервью.txt) to theirs; one named after a case that
 * two groups have waits for the user to say which.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dragSelect, openAsCoder, chooseFromMenu, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { englishOnScreen } from './english-on-screen.js';
import { apiCall } from './contract-client.js';
import { docx, para, pdf, textPage, utf8 } from '../unit/import/fixtures.js';

const env = useBrowserTestEnv();

const files = [
  { name: 'word-interview.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: docx(para('Housing near the office helped a lot.')) },
  { name: 'scanned-notes.pdf', type: 'application/pdf', bytes: pdf({ pages: [textPage('Prices went up by a third.')] }) },
  { name: 'plain-account.txt', type: 'text/plain', bytes: utf8('We plan to leave next spring.') },
];

/** Drops the files onto the page as a file manager would: dragover, then drop, on the body. */
async function dropFiles(page: Page, dropped: typeof files): Promise<void> {
  const payload = dropped.map((f) => ({ name: f.name, type: f.type, bytes: Array.from(f.bytes) }));
  await page.evaluate((items) => {
    const transfer = new DataTransfer();
    for (const item of items) transfer.items.add(new File([new Uint8Array(item.bytes)], item.name, { type: item.type }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, payload);
}

/** The import dialog in English, its Import button, and the case each file's row shows. */
function importDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Import documents' });
  return {
    dialog,
    importButton: dialog.getByRole('button', { name: 'Import', exact: true }),
    rowCases: () => dialog.locator('.import-files select option:checked').allInnerTexts(),
  };
}

/** A text file whose words name it. */
const text = (name: string) => ({ name, type: 'text/plain', bytes: utf8(`The account of ${name}.`) });

describe('importing documents by drag and drop', () => {
  it('drops a docx, a pdf and a txt onto the window, imports them into a new case and codes a span in each', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await chooseFromMenu(page, 'File', 'New project…');
    await page.getByRole('dialog').getByRole('textbox').fill('dropped');
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('dropped');

    await dropFiles(page, files);
    const dialog = page.getByRole('dialog', { name: 'Import documents' });
    await expect.poll(() => dialog.locator('.import-files [data-user-data=file-name]').allInnerTexts()).toEqual(files.map((f) => f.name));
    await dialog.getByLabel('Name of the new case').fill('Anna');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('3 created, 0 skipped as duplicates, 0 not imported.');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.locator('.case-list').getByRole('button', { name: /^Anna\b/ }).click();
    const spans = [
      ['word-interview', 'Housing near the office'],
      ['scanned-notes', 'Prices went up'],
      ['plain-account', 'leave next spring'],
    ];
    for (const [document, phrase] of spans) {
      await page.locator('.case-list').getByRole('button', { name: document, exact: true }).click();
      await expect.poll(() => page.getByTestId('document-text').innerText()).toContain(phrase);
      await dragSelect(page, '[data-testid=document-text]', phrase!);
      await page.getByRole('button', { name: 'Economic', exact: true }).click();
      await expect.poll(() => page.locator('mark[data-codes*="Economic"]').innerText()).toBe(phrase);
    }
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await expect.poll(() => page.getByTestId('segment-total').innerText()).toBe('3 segments');

    // In Russian and Kazakh: the dialog, and its report (the same files again are duplicates).
    for (const [language, label, title, importLabel] of [
      ['ru', 'Language', 'Импорт документов', 'Импортировать'],
      ['kk', 'Язык', 'Құжаттарды импорттау', 'Импорттау'],
    ] as const) {
      await page.getByLabel(label).selectOption(language);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
      await dropFiles(page, files);
      const translated = page.getByRole('dialog', { name: title });
      await translated.locator('.import-files li').first().waitFor();
      // No case is open: the files wait for one, in the UI's words.
      expect(await translated.getByRole('button', { name: importLabel, exact: true }).isDisabled()).toBe(true);
      expect(await englishOnScreen(page)).toEqual([]);
      await translated.locator('#import-case').selectOption({ label: 'Anna' });
      await translated.getByRole('button', { name: importLabel, exact: true }).click();
      await expect.poll(() => translated.locator('.import-report li[data-status=duplicate]').count()).toBe(3);
      expect(await englishOnScreen(page)).toEqual([]);
      await translated.locator('.modal-buttons button').first().click();
    }
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  }, 120_000);
  it("over an open document, puts the files into that document's case, and files named after a case into theirs", async () => {
    const app = await env.start([], join(env.home, 'open-document'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openAsCoder(page, app.url);
    // Boris is the demo's second case: the dialog used to offer the first, Anna.
    await page.locator('.case-list button.case', { hasText: 'Boris' }).click();
    await page.locator('.case-list button.document').first().click();
    await expect.poll(() => page.getByTestId('document-text').innerText()).not.toBe('');
    const named = [
      { name: 'anna_interview.txt', type: 'text/plain', bytes: utf8('Anna spoke of the rent first.') },
      { name: 'ВЕРА-интервью.txt', type: 'text/plain', bytes: utf8('Вера говорила о визах.') },
      files[2]!,
    ];
    const dialog = page.getByRole('dialog', { name: 'Import documents' });
    const rowCases = () => dialog.locator('.import-files select option:checked').allInnerTexts();
    // The choice for all sets every row at once.
    await dropFiles(page, named);
    await expect.poll(() => dialog.locator('#import-case option:checked').innerText()).toContain('Boris');
    await expect.poll(rowCases).toEqual(['Programmers · Anna', 'Programmers · Вера', 'Programmers · Boris']);
    // The file named after no case says so: it goes to the open case only because that is the choice for all.
    expect(await dialog.locator('.import-files li').allInnerTexts()).toEqual([
      expect.not.stringContaining('named after no case'), expect.not.stringContaining('named after no case'), expect.stringContaining('named after no case'),
    ]);
    await dialog.getByLabel('All files into case').selectOption({ label: 'Entrepreneurs · Dana' });
    await expect.poll(rowCases).toEqual(Array(3).fill('Entrepreneurs · Dana'));
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Each file named after a case goes to it, whatever its capitals; the other to the open document's.
    await dropFiles(page, named);
    await expect.poll(rowCases).toEqual(['Programmers · Anna', 'Programmers · Вера', 'Programmers · Boris']);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('3 created, 0 skipped as duplicates, 0 not imported.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    for (const [caseName, document] of [['Anna', 'anna_interview'], ['Вера', 'ВЕРА-интервью'], ['Boris', 'plain-account']] as const) {
      await page.locator('.case-list button.case', { hasText: caseName }).click();
      await expect.poll(() => page.locator('.case-list .documents button').allInnerTexts()).toContain(document);
    }

    // One file alone: its line says which case it went to, as each of several does.
    await dropFiles(page, [{ name: 'boris-notes.txt', type: 'text/plain', bytes: utf8('Boris moved in May.') }]);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.locator('.import-report li').innerText()).toMatch(/^boris-notes\.txt → Programmers · Boris: /);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.close();
    await app.stop();
  });

  it('shows a file named after no case as unchosen instead of sending it to the first case, and makes a new case per file', async () => {
    const app = await env.start([], join(env.home, 'unmatched'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    const { dialog, importButton, rowCases } = importDialog(page);

    // No case open: Anna's file goes to Anna, the other waits for a case, said in words and in red.
    await dropFiles(page, [text('anna_interview.txt'), text('street-notes.txt')]);
    await expect.poll(rowCases).toEqual(['Programmers · Anna', 'Choose a case…']);
    expect(await dialog.getByTestId('import-unchosen').innerText()).toBe('1 file is named after no case: choose a case for it, or one for all files.');
    expect(await dialog.locator('.import-files li.unchosen [data-user-data=file-name]').allInnerTexts()).toEqual(['street-notes.txt']);
    expect(await importButton.isDisabled()).toBe(true);
    await dialog.getByLabel('Case for street-notes.txt').selectOption({ label: 'Programmers · Boris' });
    expect(await importButton.isEnabled()).toBe(true);
    expect(await dialog.getByTestId('import-unchosen').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // One file alone is not put into the first case either.
    await dropFiles(page, [text('street-notes.txt')]);
    await expect.poll(() => dialog.locator('#import-case option:checked').innerText()).toBe('Choose a case…');
    expect(await importButton.isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // A project without cases: a new case for each file, named from it; two files of P1 share one.
    await chooseFromMenu(page, 'File', 'New project…');
    await page.getByRole('dialog').getByRole('textbox').fill('per-file');
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('per-file');
    await dropFiles(page, [text('P1_interview.txt'), text('P1_diary.txt'), text('P2_interview.txt')]);
    await dialog.getByLabel('All files into case').selectOption({ label: 'A new case per file, named from the file (P1_interview → P1)' });
    await expect.poll(rowCases).toEqual(['New case “P1”', 'New case “P1”', 'New case “P2”']);
    await dialog.getByLabel('Group of the new cases (optional; created when missing)').fill('Волна 1');
    await importButton.click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('3 created, 0 skipped as duplicates, 0 not imported.');
    expect(await dialog.locator('.import-report [data-user-data=case]').allInnerTexts()).toEqual(['P1', 'P1', 'P2']);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('.case-list button.case [data-user-data=case]').allInnerTexts()).toEqual(['P1', 'P2']);
    expect(await page.locator('.case-list section.group h3 [data-user-data=group]').allTextContents()).toEqual(['Волна 1']);
    await page.locator('.case-list button.case', { hasText: 'P1' }).click();
    await expect.poll(() => page.locator('.case-list .documents button').allInnerTexts()).toEqual(['P1_interview', 'P1_diary']);
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });

  it('asks which case a file named after a case of two groups goes to, instead of sending it to the open case', async () => {
    const app = await env.start([], join(env.home, 'shared-name'));
    // The demo's Anna is a programmer; an entrepreneur is called Anna too.
    const { id: groupId } = await apiCall(app.url, 'groups.findByName', { name: 'Entrepreneurs' });
    await apiCall(app.url, 'cases.create', { name: 'Anna', groupId });
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.locator('.case-list button.case', { hasText: 'Boris' }).click();
    const { dialog, importButton, rowCases } = importDialog(page);

    await dropFiles(page, [text('anna_interview.txt'), text('street-notes.txt')]);
    await expect.poll(rowCases).toEqual(['Choose a case…', 'Programmers · Boris']);
    expect(await dialog.locator('.import-files li').allInnerTexts()).toEqual([
      expect.stringContaining('“Anna” is a case in more than one group (Programmers · Anna, Entrepreneurs · Anna): choose which'),
      expect.stringContaining('named after no case: goes to the case for all'),
    ]);
    expect(await dialog.getByTestId('import-ambiguous').innerText()).toBe('1 file is named after a case that more than one group has: choose its case.');
    expect(await dialog.getByTestId('import-unchosen').count()).toBe(0);
    expect(await importButton.isDisabled()).toBe(true);
    // A new case per file does not decide it either.
    await dialog.getByLabel('All files into case').selectOption({ label: 'A new case per file, named from the file (P1_interview → P1)' });
    await expect.poll(rowCases).toEqual(['Choose a case…', 'New case “street-notes”']);
    expect(await importButton.isDisabled()).toBe(true);

    // Behind the dialog, the bar is inert: changed by script, as a language changed elsewhere (the desktop menu) would be.
    await page.getByLabel('Language').selectOption('ru', { force: true });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
    const russian = page.getByRole('dialog', { name: 'Импорт документов' });
    await expect.poll(() => russian.getByTestId('import-ambiguous-file').innerText())
      .toBe('«Anna» — кейс в нескольких группах (Programmers · Anna, Entrepreneurs · Anna): выберите нужный');
    expect(await russian.getByTestId('import-ambiguous').innerText()).toBe('1 файл назван по кейсу, который есть в нескольких группах: выберите для него кейс.');
    await page.getByLabel('Язык').selectOption('en', { force: true });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');

    await dialog.getByLabel('Case for anna_interview.txt').selectOption({ label: 'Entrepreneurs · Anna' });
    await dialog.getByLabel('Case for street-notes.txt').selectOption({ label: 'Programmers · Boris' });
    expect(await dialog.getByTestId('import-ambiguous').count()).toBe(0);
    await importButton.click();
    await expect.poll(() => dialog.locator('.import-report [data-user-data=case]').allInnerTexts()).toEqual(['Entrepreneurs · Anna', 'Programmers · Boris']);
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
