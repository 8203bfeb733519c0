/**
 * A note on a single coding, as a REFI-QDA package carries it (a NoteRef inside <Coding>), is
 * shown where a researcher reads codings, in Russian: a memo mark after its code in the segment
 * table, whose tip says the note; pressed, the note to read and change; the row's menu key (its
 * segment's memos) lists it with the segment's memos; in the document, a mark on the coding in the list under the text
 * and in the segment's card. Imported and exported before, it was shown nowhere. Screenshots
 * land in test-results/screens/coding-notes-*.png.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { startWithCodedInterview } from './coded-interview.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));
const NOTE = 'Кодировщик не уверен: речь скорее об экономике, чем о жилье.';

describe('a note on a coding', () => {
  it('is marked after its code in the segment table and the document, and opens to be read and changed', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await startWithCodedInterview(env, 'notes', [
      { start: 0, end: 33, code: 'Негативное', note: NOTE }, { start: 0, end: 33, code: 'Социокультурные' }, { start: 34, end: 63, code: 'Социокультурные' },
    ]);

    const page = await env.browser.newPage({ viewport: { width: 1920, height: 900 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.locator('.center > .tabs button').first().click();
    const row = page.locator('.body-row').filter({ hasText: 'Аренда' });
    const mark = row.locator('.col-codes .memo-mark');
    // After «Негативное», not after «Социокультурные» nor on the other row; its tip says the note.
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.getAttribute('aria-label')).toBe('Мемо к кодированию «Негативное»: 1');
    expect(await mark.getAttribute('title')).toBe(`Мемо к кодированию «Негативное»: 1\n${NOTE}`);
    expect(await row.locator('.col-codes').innerText()).toBe('Негативное, Социокультурные');
    expect(await page.locator('.body-row').filter({ hasText: 'Соседи' }).locator('.memo-mark').count()).toBe(0);
    await page.screenshot({ path: `${screens}coding-notes-ru.png` });

    // Pressed, the note opens to read, and is changed there.
    await mark.click();
    const notes = page.getByRole('dialog', { name: 'Мемо к кодированию «Негативное»' });
    await expect.poll(() => notes.innerText()).toContain(NOTE);
    expect(await notes.getByRole('region', { name: 'К коду «Негативное» (Tester)' }).count()).toBe(1);
    await page.screenshot({ path: `${screens}coding-notes-dialog-ru.png` });
    await notes.getByRole('button', { name: 'Изменить мемо' }).click();
    const edit = page.getByRole('dialog', { name: 'Изменение мемо' });
    await edit.getByLabel('Текст мемо').fill('Скорее экономика.');
    await edit.getByRole('button', { name: 'ОК' }).click();
    await expect.poll(() => notes.innerText()).toContain('Скорее экономика.');
    await notes.getByRole('button', { name: 'Закрыть' }).click();
    await expect.poll(() => mark.getAttribute('title')).toBe('Мемо к кодированию «Негативное»: 1\nСкорее экономика.');

    // From the keyboard: the row's menu key, then its segment's memos, lists the coding's memo under the segment's.
    await row.focus();
    await page.keyboard.press('ContextMenu');
    await expect.poll(() => page.getByRole('menu', { name: 'Мемо сегмента' }).getByRole('menuitem').first().evaluate((item) => item === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const segmentMemos = page.getByRole('dialog', { name: 'Все мемо к этому сегменту' });
    await expect.poll(() => segmentMemos.innerText()).toContain('Скорее экономика.');
    expect(await segmentMemos.getByRole('region').allInnerTexts()).toHaveLength(2);
    await page.keyboard.press('Escape');

    // In the document: the list under the text and the segment's card mark the coding.
    await row.focus();
    await page.keyboard.press('Enter');
    const chipMark = page.locator('.codings .chip .memo-mark');
    await expect.poll(() => chipMark.count()).toBe(1);
    expect(await chipMark.getAttribute('aria-label')).toBe('Мемо к кодированию «Негативное»: 1');
    await page.locator('.stripe').first().click();
    const card = page.locator('.segment-card');
    await card.waitFor();
    await page.screenshot({ path: `${screens}coding-notes-card-ru.png` });
    await card.locator('.memo-mark').click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Мемо к кодированию «Негативное»' }).innerText()).toContain('Скорее экономика.');
    expect(errors).toEqual([]);
  }, 60_000);
});
