/**
 * A researcher writes a memo on one coding (why this code here, as a QDA tool's coding
 * comment), in Russian and Kazakh: a coding that had none could only be read, never written on.
 * The segment list row's menu (its menu key, or a right-click), the text's coding menu, the
 * empty mark after a code in the list under the document (quiet until pointed at) and in the
 * segment's card each write one; the write is one undoable step, the mark after the code follows
 * it, and the document's Memos tab lists the codings' memos by code and passage. Screenshots land
 * in test-results/screens/coding-note-*.png.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pointOn, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';
import { startWithCodedInterview } from './coded-interview.js';
import { englishOnScreen } from './english-on-screen.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));
const CODER = 'Айгерим';
const OK = 'ОК';

const NOTES = {
  negative: 'Негативное: жильё съедает доход, а не работа.',
  neighbours: 'Соседи как опора: социальный капитал.',
  papers: 'Документы — скорее экономика, чем быт.',
  rent: 'Аренда как знак статуса в городе.',
};

/** Writes the memo in the dialog titled `title` and saves it. */
async function writeIn(page: Page, title: string, text: string, screen?: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByLabel('Текст мемо', { exact: true }).fill(text);
  if (screen) await page.screenshot({ path: `${screens}${screen}` });
  await dialog.getByRole('button', { name: OK, exact: true }).click();
}

const focused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe('a memo on one coding', () => {
  it('is written from the row menu, the text menu, the list under the document and the card, undone, and listed in the Memos tab', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await startWithCodedInterview(env, 'written', [
      { start: 0, end: 33, code: 'Негативное' }, { start: 0, end: 33, code: 'Социокультурные' },
      { start: 34, end: 63, code: 'Социокультурные' }, { start: 34, end: 63, code: 'Экономические' },
    ], CODER);
    // Each coding's memos as «code: text», by the code the memo list names.
    const codingMemos = async () =>
      (await apiCall(app.url, 'memos.find', { kind: 'coding' })).map((m) => `${(m.targetLabel ?? '').split(' · ')[0]}: ${m.text}`).sort();

    const page = await env.browser.newPage({ viewport: { width: 1600, height: 900 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.locator('.center > .tabs button').first().click();
    const row = page.locator('.body-row').filter({ hasText: 'Аренда' });
    await row.waitFor();
    expect(await row.locator('.memo-mark').count()).toBe(0);

    // The row's menu key: the segment's memos, then a memo on each of its codings.
    await row.focus();
    await page.keyboard.press('ContextMenu');
    const rowMenu = page.getByRole('menu', { name: 'Мемо сегмента' });
    await expect.poll(() => rowMenu.getByRole('menuitem').allInnerTexts()).toEqual([
      'Мемо к сегменту…', `Мемо к кодированию «Негативное» (${CODER})…`, `Мемо к кодированию «Социокультурные» (${CODER})…`,
    ]);
    expect(await focused(rowMenu.getByRole('menuitem').first())).toBe(true);
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}coding-note-row-menu-ru.png` });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const negativeTitle = `Мемо к кодированию «Негативное» (${CODER})`;
    await expect.poll(() => page.getByRole('dialog', { name: negativeTitle }).innerText()).toContain('Аренда съедает половину зарплаты.');
    await writeIn(page, negativeTitle, NOTES.negative, 'coding-note-write-ru.png');
    await expect.poll(codingMemos).toEqual([`Негативное: ${NOTES.negative}`]);
    const mark = row.locator('.col-codes .memo-mark');
    await expect.poll(() => mark.getAttribute('aria-label')).toBe('Мемо к кодированию «Негативное»: 1');

    // One undoable step: undone, the memo and its mark go; redone, they come back.
    await page.getByRole('button', { name: 'Отменить', exact: true }).click();
    await expect.poll(codingMemos).toEqual([]);
    await expect.poll(() => mark.count()).toBe(0);
    await page.getByRole('button', { name: 'Повторить', exact: true }).click();
    await expect.poll(codingMemos).toEqual([`Негативное: ${NOTES.negative}`]);
    await expect.poll(() => mark.count()).toBe(1);

    // A right-click on the row opens the same menu there, its item marked with the coding's memo;
    // Escape gives the focus back to the row.
    await row.locator('.col-quote').click({ button: 'right' });
    await expect.poll(() => rowMenu.getByRole('menuitem', { name: `Мемо к кодированию «Негативное» (${CODER})… 1 мемо` }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => rowMenu.count()).toBe(0);
    expect(await focused(row)).toBe(true);
    // Escape closes it wherever the focus went meanwhile: in a CI run on a busy machine the row
    // had the focus back as the menu showed, and the menu stayed open.
    await row.locator('.col-quote').click({ button: 'right' });
    await expect.poll(() => rowMenu.count()).toBe(1);
    await row.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => rowMenu.count()).toBe(0);

    // In the document, the list under the text: an empty mark after a code, quiet until pointed at, writes its first memo.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('document-text').innerText()).toContain('Соседи');
    const chip = page.locator('.codings li', { hasText: 'Соседи' }).locator('.chip', { hasText: 'Социокультурные' });
    const writeOnChip = chip.getByRole('button', { name: `Написать мемо к кодированию «Социокультурные» (${CODER})` });
    expect(await writeOnChip.evaluate((button) => getComputedStyle(button).opacity)).toBe('0');
    // Nor, hidden, does it float, nor its chip: a thousand floating marks under a long interview
    // were a layer each, which the browser went through on every frame of scrolling the text.
    expect(await chip.evaluate((element) => [element, element.querySelector('button.new-note')!].map((e) => getComputedStyle(e).position)))
      .toEqual(['static', 'static']);
    // Hidden, it takes no room in its chip (it once left a gap before the ×, so rows of chips wrapped sooner)...
    expect(await chip.evaluate((element) => {
      const mark = element.querySelector<HTMLElement>('button.new-note')!;
      const width = element.getBoundingClientRect().width;
      mark.style.display = 'none';
      const without = element.getBoundingClientRect().width;
      mark.style.display = '';
      return without - width;
    })).toBe(0);
    // ...and Tab still reaches it, and shows it.
    await page.locator('.codings li', { hasText: 'Соседи' }).locator('button.quote').focus();
    for (let i = 0; i < 6 && !(await focused(writeOnChip)); i++) await page.keyboard.press('Tab');
    expect(await focused(writeOnChip)).toBe(true);
    await expect.poll(() => writeOnChip.evaluate((button) => getComputedStyle(button).opacity)).toBe('1');
    await page.screenshot({ path: `${screens}coding-note-chip-focused-ru.png` });
    await writeOnChip.blur();
    await chip.locator('[data-user-data=code]').hover();
    await expect.poll(() => writeOnChip.evaluate((button) => getComputedStyle(button).opacity)).toBe('0.7');
    await page.screenshot({ path: `${screens}coding-note-chip-ru.png` });
    await writeOnChip.click();
    await writeIn(page, `Мемо к кодированию «Социокультурные» (${CODER})`, NOTES.neighbours);
    await expect.poll(() => chip.getByRole('button', { name: 'Мемо к кодированию «Социокультурные»: 1' }).count()).toBe(1);

    // The segment's card: the same empty mark on each coding without memos.
    await page.locator('.stripe[aria-label^="Экономические"]').click();
    const card = page.locator('.segment-card');
    await card.waitFor();
    expect(await card.getByRole('button', { name: 'Мемо к кодированию «Социокультурные»: 1' }).count()).toBe(1);
    await page.screenshot({ path: `${screens}coding-note-card-ru.png` });
    await card.getByRole('button', { name: `Написать мемо к кодированию «Экономические» (${CODER})` }).click();
    await writeIn(page, `Мемо к кодированию «Экономические» (${CODER})`, NOTES.papers);

    // The text's coding menu, on coded text with nothing selected: a memo on each of the segment's codings.
    await expect.poll(() => page.locator('.codings li', { hasText: 'Соседи' }).getByRole('button', { name: 'Мемо к кодированию «Экономические»: 1' }).count()).toBe(1);
    // A click first: the card left its segment selected, and a right-click acts on a selection.
    const rightClickOn = async (text: string) => {
      const { x, y } = await pointOn(page, text);
      await page.mouse.click(x, y);
      await page.mouse.click(x, y, { button: 'right' });
    };
    await rightClickOn('Аренда');
    const textMenu = page.getByRole('menu', { name: 'Закодировать выделение' });
    await expect.poll(() => textMenu.locator('[role=menuitem][data-user-data=code]').allInnerTexts()).toEqual([
      `Мемо к кодированию «Негативное» (${CODER})…`, `Мемо к кодированию «Социокультурные» (${CODER})…`,
    ]);
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}coding-note-text-menu-ru.png` });
    await textMenu.getByRole('menuitem', { name: `Мемо к кодированию «Социокультурные» (${CODER})…`, exact: true }).click();
    await writeIn(page, `Мемо к кодированию «Социокультурные» (${CODER})`, NOTES.rent);
    await expect.poll(codingMemos).toEqual([
      `Негативное: ${NOTES.negative}`, `Социокультурные: ${NOTES.neighbours}`, `Социокультурные: ${NOTES.rent}`, `Экономические: ${NOTES.papers}`,
    ].sort());
    // Its «Мемо…» lists the segment's memos with its codings', once the document has them.
    await expect.poll(() => page.locator('.codings li', { hasText: 'Аренда' }).getByRole('button', { name: 'Мемо к кодированию «Социокультурные»: 1' }).count()).toBe(1);
    await rightClickOn('Аренда');
    await textMenu.getByRole('menuitem', { name: 'Мемо…', exact: true }).click();
    const segmentMemos = page.getByRole('dialog', { name: 'Все мемо к этому сегменту' });
    await expect.poll(() => segmentMemos.getByRole('region').count()).toBe(3);
    await expect.poll(() => segmentMemos.innerText()).toContain(NOTES.rent);
    await page.keyboard.press('Escape');

    // The document's Memos tab: the codings' memos, each under its passage with its code and coder; Edit opens the coding's.
    await page.getByRole('tab', { name: 'Мемо' }).click();
    const ofSegments = page.getByRole('region', { name: 'Мемо к его сегментам' });
    await expect.poll(() => ofSegments.locator('.memo').count()).toBe(4);
    const memo = ofSegments.locator('.memo', { hasText: NOTES.papers });
    expect(await memo.locator('.memo-on').innerText()).toBe(`К кодированию «Экономические» (${CODER})`);
    expect(await memo.locator('[data-user-data=quote]').innerText()).toBe('«Соседи помогли с документами.»');
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}coding-note-memos-tab-ru.png` });
    await memo.getByRole('button', { name: 'Изменить мемо' }).click();
    const papers = page.getByRole('dialog', { name: 'Мемо к кодированию «Экономические»' });
    await expect.poll(() => papers.innerText()).toContain(NOTES.papers);
    await papers.getByRole('button', { name: 'Закрыть', exact: true }).click();

    // In Kazakh: the tab, the empty mark once the last memo is undone, and the row's menu.
    await page.getByLabel('Язык').selectOption('kk');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('kk');
    const ofSegmentsKazakh = page.getByRole('region', { name: 'Үзінділеріне жазылған мемолар' });
    await expect.poll(() => ofSegmentsKazakh.locator('.memo-on').allInnerTexts()).toContain(`«Экономические» кодтауына (${CODER})`);
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}coding-note-memos-tab-kk.png` });
    await page.getByRole('button', { name: 'Болдырмау', exact: true }).click();
    await expect.poll(() => ofSegmentsKazakh.locator('.memo').count()).toBe(3);
    await page.getByRole('tab', { name: /^Кодталған үзінділер/ }).click();
    const rentChip = page.locator('.codings li', { hasText: 'Аренда' }).locator('.chip', { hasText: 'Социокультурные' });
    await rentChip.locator('[data-user-data=code]').hover();
    await expect.poll(() => rentChip.getByRole('button', { name: `«Социокультурные» кодтауына мемо жазу (${CODER})` }).count()).toBe(1);
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}coding-note-chip-kk.png` });
    await page.locator('.center > .tabs button').first().click();
    await row.focus();
    await page.keyboard.press('ContextMenu');
    const kazakhMenu = page.getByRole('menu', { name: 'Үзіндінің мемолары' });
    await expect.poll(() => kazakhMenu.getByRole('menuitem').allInnerTexts()).toEqual([
      'Үзіндіге мемо…', `«Негативное» кодтауына мемо (${CODER})…`, `«Социокультурные» кодтауына мемо (${CODER})…`,
    ]);
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}coding-note-row-menu-kk.png` });
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  }, 120_000);
});
