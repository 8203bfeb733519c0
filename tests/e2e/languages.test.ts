/**
 * The UI in Russian and Kazakh: the first language follows the browser, the top bar switches
 * it at any time and it is remembered, and no English word is left on screen outside the
 * project's own data. Screenshots of each language land in test-results/screens/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { cutPlaceholders } from '../helpers/cut-text.js';
import { englishOnScreen } from './english-on-screen.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

async function openFirstDocument(page: Page): Promise<void> {
  await page.locator('.case-list button.case').first().click();
  await page.locator('.case-list button.document').first().click();
  await expect.poll(() => page.getByTestId('document-text').innerText()).not.toBe('');
}

/**
 * The coding tools and analysis screens, with a document open: the selection's menu, the code
 * picker, the shortcut list, a segment's card, a code's menu, the charts.
 */
async function screensOfCodingTools(page: Page, language: string): Promise<void> {
  const text = page.getByTestId('document-text');
  await text.click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menu').waitFor();
  expect(await englishOnScreen(page)).toEqual([]);
  await page.screenshot({ path: `${screens}coding-menu-${language}.png` });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.locator('.code-picker').waitFor();
  expect(await englishOnScreen(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.locator('.case-list').click();
  await page.keyboard.press('?');
  await page.locator('.shortcut-list').waitFor();
  expect(await englishOnScreen(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.locator('.stripe').first().click();
  await page.locator('.segment-card').waitFor();
  expect(await englishOnScreen(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.locator('.codebook .code-more summary').first().click();
  expect(await englishOnScreen(page)).toEqual([]);
  await page.keyboard.press('Escape');
  // The Tables tab, every kind: titles, headers, totals and the filter note come built in the UI's language.
  await page.locator('.tabs button').nth(1).click();
  const kinds = page.locator('.tables-view select').first();
  for (let i = 0; i < (await kinds.locator('option').count()); i++) {
    await kinds.selectOption({ index: i });
    await settled(page.getByTestId('cross-table'));
    expect(await englishOnScreen(page)).toEqual([]);
    // The title field shows the default title whole («Совместная встречаемо…» was cut at 1400 px).
    expect(await cutPlaceholders(page)).toEqual([]);
    await page.screenshot({ path: `${screens}tables-${i}-${language}.png` });
  }
  await page.locator('.tabs button').nth(2).click();
  await page.locator('figure.chart').first().waitFor();
  expect(await englishOnScreen(page)).toEqual([]);
  // A long Kazakh title left its Save buttons' words on two lines each.
  expect(await wrappedButtons(page.locator('figure.chart figcaption'))).toEqual([]);
  await page.screenshot({ path: `${screens}charts-${language}.png` });
  await openFirstDocument(page);
}

/** The menu words for the newer tools, per language (shared/menu.ts). */
const TOOL_MENUS = {
  ru: { analyse: 'Анализ', search: 'Поиск…', words: 'Частотность слов', memos: 'Все мемо', file: 'Файл', sheet: 'Импорт таблицы…', sheetKind: 'Вид таблицы' },
  kk: { analyse: 'Талдау', search: 'Іздеу…', words: 'Сөз жиілігі', memos: 'Барлық мемолар', file: 'Файл', sheet: 'Кестені импорттау…', sheetKind: 'Кесте түрі' },
} as const;

/**
 * The search drawer (with a query it cannot read, so its message shows), the Words tab, the
 * All-memos list, every view of the Method tab and the spreadsheet import dialog.
 */
async function screensOfNewTools(page: Page, language: keyof typeof TOOL_MENUS): Promise<void> {
  const menu = TOOL_MENUS[language];
  // An item's name may end with its shortcut.
  const chooseFromMenu = async (top: string, item: string) => {
    await page.locator('.top-bar summary', { hasText: new RegExp(`^${top}$`) }).click();
    await page.locator('.drop-menu[open]').getByRole('button', { name: new RegExp(`^${item}`) }).click();
  };
  await chooseFromMenu(menu.analyse, menu.search);
  const drawer = page.locator('.search-panel').first();
  await drawer.waitFor();
  await drawer.locator('input[type=search]').fill('"не закрыта');
  await drawer.locator('input[type=search]').press('Enter');
  await drawer.getByRole('alert').waitFor();
  expect(await englishOnScreen(page)).toEqual([]);
  await page.screenshot({ path: `${screens}search-${language}.png` });
  await drawer.locator('.close').click();
  await chooseFromMenu(menu.analyse, menu.words);
  await page.locator('.words-view [data-user-data=word]').first().waitFor();
  expect(await englishOnScreen(page)).toEqual([]);
  // Each word's share in the language's numbers («1,12 %»), not «1.12%».
  const cells = await page.locator('.words-view td').allInnerTexts();
  expect(cells.filter((cell) => /\d\.\d+\s?%/.test(cell))).toEqual([]);
  expect(cells.some((cell) => /^\d+,\d\d\s?%$/.test(cell))).toBe(true);
  await page.locator('.search-panel .close').first().click();
  await chooseFromMenu(menu.analyse, menu.memos);
  await page.locator('.memo-list').waitFor();
  expect(await englishOnScreen(page)).toEqual([]);
  await page.locator('.memo-list .close').click();
  await page.locator('.center > .tabs button').nth(4).click();
  const tools = page.locator('.method-view .tabs button');
  await tools.first().waitFor();
  for (let i = 0; i < (await tools.count()); i++) {
    await tools.nth(i).click();
    await settled(page.locator('.method-view'));
    expect(await englishOnScreen(page)).toEqual([]);
    expect(await cutPlaceholders(page)).toEqual([]);
    await page.screenshot({ path: `${screens}method-${i}-${language}.png` });
  }
  await chooseFromMenu(menu.file, menu.sheet);
  const sheet = page.locator('.sheet-import');
  await sheet.waitFor();
  expect(await englishOnScreen(page)).toEqual([]);
  // A label over the kinds of sheet, not «Это»/«Бұл», a fragment.
  expect(await sheet.getByRole('group', { name: menu.sheetKind }).getByRole('radio').count()).toBe(3);
  await page.screenshot({ path: `${screens}sheet-import-${language}.png` });
  await sheet.locator('button[type=button]:not(.primary)').last().click(); // Cancel
  await openFirstDocument(page);
}

/** The buttons within `area` whose words run onto a second line. */
function wrappedButtons(area: Locator): Promise<string[]> {
  return area.evaluateAll((areas) => areas.flatMap((element) => [...element.querySelectorAll('button')]).filter((button) => {
    const range = document.createRange();
    range.selectNodeContents(button);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
  }).map((button) => button.textContent ?? ''));
}

/** Waits until the element's text stops changing (a view that loads its data after it shows). */
async function settled(element: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const before = await element.innerText();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return before !== '' && before === (await element.innerText());
    })
    .toBe(true);
}

describe('the UI languages', () => {
  it('starts in the browser language, switches from the top bar and shows no English', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ru-RU' });
    const errors = watchErrors(page);

    // A Russian browser: the first question is asked in Russian.
    await page.goto(app.url);
    // A full name, as a team records it: long enough to push the Russian menus onto a second row.
    await page.getByRole('dialog', { name: 'Кто кодирует?' }).getByRole('textbox').fill('Айжан Нурланқызы Сейтжанова-Абдрахманова');
    await page.getByRole('button', { name: 'ОК', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
    // The name shows once the server has taken it (CI once read the bar before it had).
    await expect.poll(() => page.locator('.top-bar .coder').getAttribute('title')).toContain('Айжан Нурланқызы Сейтжанова-Абдрахманова');
    // The top bar stays one row at 1400 px: the names give up room, the menus never wrap.
    // The menus' own buttons, the history buttons, the language and the coder (not the closed menus' items).
    const middles = await page.locator('.top-bar summary, .top-bar .history button, .top-bar select, .top-bar .coder').evaluateAll((items) =>
      items.map((item) => { const box = item.getBoundingClientRect(); return box.top + box.height / 2; }));
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(4);
    await openFirstDocument(page);
    // Select some text so the codebook's plural hint shows too.
    await page.getByTestId('document-text').click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.locator('.codebook .hint').innerText()).toContain('Выделено 5 символов');
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}main-ru.png` });
    for (const menu of ['Файл', 'Правка', 'Код', 'Анализ', 'Обмен', 'Справка']) {
      await page.locator('.top-bar summary', { hasText: new RegExp(`^${menu}$`) }).click();
      expect(await englishOnScreen(page)).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await screensOfCodingTools(page, 'ru');
    await screensOfNewTools(page, 'ru');

    await page.getByRole('button', { name: 'Сегменты', exact: true }).click();
    await page.locator('.body-row').first().waitFor();
    expect(await englishOnScreen(page)).toEqual([]);

    // Kazakh from the top bar, at once and after a reload.
    await page.getByLabel('Язык').selectOption('kk');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('kk');
    expect(await englishOnScreen(page)).toEqual([]);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Үзінділер', exact: true }).count()).toBe(1);
    await openFirstDocument(page);
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}main-kk.png` });
    for (const menu of ['Файл', 'Түзету', 'Код', 'Талдау', 'Алмасу', 'Анықтама']) {
      await page.locator('.top-bar summary', { hasText: new RegExp(`^${menu}$`) }).click();
      expect(await englishOnScreen(page)).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await screensOfCodingTools(page, 'kk');
    await screensOfNewTools(page, 'kk');
    // The segment list's filters show their Kazakh hints whole («Дәйексөз бойынша сүз» was cut).
    await page.getByRole('button', { name: 'Үзінділер', exact: true }).click();
    await page.locator('.body-row').first().waitFor();
    expect(await cutPlaceholders(page)).toEqual([]);

    // The screen without a project, and the dialog that opens one.
    await chooseFromMenu(page, 'Файл', 'Жобаны жабу');
    await expect.poll(() => page.getByRole('heading', { name: 'CaseCoder-ге қош келдіңіз' }).count()).toBe(1);
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}welcome-kk.png` });
    await page.locator('.project-screen').getByRole('button', { name: 'Жобаны ашу' }).click();
    const dialog = page.getByRole('dialog', { name: 'Жобаны ашу' });
    await dialog.locator('[data-user-data=path]').first().waitFor();
    expect(await englishOnScreen(page)).toEqual([]);
    await dialog.locator('[data-user-data=path]').first().click();
    await openFirstDocument(page);

    // Back to English; the check itself sees English when there is some.
    await page.getByLabel('Тіл').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.getByRole('button', { name: 'Segments', exact: true }).count()).toBe(1);
    expect((await englishOnScreen(page)).length).toBeGreaterThan(10);
    await page.screenshot({ path: `${screens}main-en.png` });
    expect(errors).toEqual([]);
  }, 180_000);

  it("creates a new project's codebook in the UI language, and keeps its names when the UI changes", async () => {
    const app = await env.start([], join(env.home, 'codebook-language'));
    const context = await env.browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByRole('dialog', { name: 'Кто кодирует?' }).getByRole('textbox').fill('Айжан');
    await page.getByRole('button', { name: 'ОК', exact: true }).click();
    const frameworks = () => page.locator('.codebook [data-user-data=framework]').allInnerTexts();
    const codes = () => page.locator('.codebook .code-name').allInnerTexts();
    const create = async (menu: string, item: string, name: string) => {
      await chooseFromMenu(page, menu, item);
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox').fill(name);
      await dialog.getByRole('button', { name: 'ОК', exact: true }).click();
      await expect.poll(() => page.locator('.project-name').innerText()).toBe(name);
    };

    await create('Файл', 'Новый проект…', 'исследование');
    await expect.poll(frameworks).toEqual(['Валентность', 'STEEPL']);
    expect(await codes()).toEqual([
      'Позитивное', 'Негативное', 'Прогноз', 'Социокультурные', 'Технологические', 'Экономические', 'Экологические', 'Политические', 'Правовые',
    ]);
    expect(await englishOnScreen(page)).toEqual([]);

    // The names are the project's now: the UI in Kazakh leaves them Russian; a project created now is Kazakh.
    await page.getByLabel('Язык').selectOption('kk');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('kk');
    expect(await frameworks()).toEqual(['Валентность', 'STEEPL']);
    await create('Файл', 'Жаңа жоба…', 'зерттеу');
    await expect.poll(frameworks).toEqual(['Валенттілік', 'STEEPL']);
    expect((await codes()).slice(0, 4)).toEqual(['Оң', 'Теріс', 'Болжам', 'Әлеуметтік-мәдени']);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('names the codebook of a project made at start in the UI language, until something is done in it', async () => {
    // The server runs under LC_ALL=C: it makes the project with an English codebook before the
    // Russian browser has said anything.
    const app = await env.start(['--project', join(env.home, 'at-start', 'study.casecoder')], join(env.home, 'at-start'));
    const context = await env.browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByRole('dialog', { name: 'Кто кодирует?' }).getByRole('textbox').fill('Айжан');
    await page.getByRole('button', { name: 'ОК', exact: true }).click();
    const frameworks = () => page.locator('.codebook [data-user-data=framework]').allInnerTexts();
    await expect.poll(frameworks).toEqual(['Валентность', 'STEEPL']);
    expect(await page.locator('.codebook .code-name').first().innerText()).toBe('Позитивное');
    // Nothing done yet: the UI switched to Kazakh takes the codebook along.
    await page.getByLabel('Язык').selectOption('kk');
    await expect.poll(frameworks).toEqual(['Валенттілік', 'STEEPL']);
    // A case added: the names are the project's from then on.
    await page.getByRole('button', { name: '+ Кейс' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Айгерім');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.case-list button.case').count()).toBe(1);
    await page.locator('label.language select').selectOption('ru');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.reload();
    await expect.poll(frameworks).toEqual(['Валенттілік', 'STEEPL']);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('follows a Kazakh browser and falls back to English for others', async () => {
    // Its own settings folder: no coder name yet, so the first question shows the language.
    const app = await env.start([], join(env.home, 'fresh'));
    for (const [locale, title] of [['kk-KZ', 'Кім кодтап жатыр?'], ['de-DE', 'Who is coding?']] as const) {
      const context = await env.browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(app.url);
      await expect.poll(() => page.getByRole('dialog', { name: title }).count()).toBe(1);
      await context.close();
    }
  }, 60_000);

  it("starts in the system's language where it names one of ours, as the demo study made for it, over an English browser", async () => {
    // The review of 6 December saw English over a Kazakh demo study: the browser's language was English.
    const app = await env.start([], join(env.home, 'kazakh-system'), 'kk_KZ.UTF-8');
    expect(new URL(app.url).searchParams.get('lang')).toBe('kk');
    const context = await env.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole('dialog', { name: 'Кім кодтап жатыр?' }).getByRole('textbox').fill('Айжан');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('Демо-зерттеу');
    // The address keeps it, token taken out: a reload stays in Kazakh.
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('kk');
    expect(page.url()).not.toContain('token');
    // The user's choice wins from then on.
    await page.locator('.top-bar label.language select').selectOption('ru');
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ru');
    await context.close();
  }, 60_000);
});
