/**
 * The search drawer kept to one document, or to the cases with an attribute's value («Қала =
 * Алматы»), in the Russian UI: the hits, and the spans «Code all hits» previews, are those
 * cases' alone; an attribute picked without a value restricts nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchFor, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

describe('search scope', () => {
  it('keeps the hits and the autocode preview to a document, or to the cases with an attribute value', async () => {
    const app = await env.start(['--project', join(env.home, 'scope.casecoder')]);
    await apiCall(app.url, 'session.setCoder', { name: 'Ada' });
    const city = await apiCall(app.url, 'attributes.create', { name: 'Қала', type: 'text', choices: [] });
    const people = [['Вера', 'Алматы'], ['Айгүл', 'Астана'], ['Дана', 'Алматы']] as const;
    for (const [name, place] of people) {
      const item = await apiCall(app.url, 'cases.create', { name, groupId: null });
      await apiCall(app.url, 'documents.paste', { caseId: item.id, name: `${name} — интервью`, text: `${name}: бюрократия мешает работать.` });
      await apiCall(app.url, 'attributes.setValue', { caseId: item.id, attributeId: city.id, value: place });
    }
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.locator('.case-list button.case').first().waitFor();

    const panel = await searchFor(page, 'бюрократия', { drawer: 'Поиск', box: 'Искать' });
    const sources = () => panel.locator('.kwic-source').allInnerTexts();
    await expect.poll(sources).toEqual(['Вера — интервью', 'Айгүл — интервью', 'Дана — интервью']);

    // An attribute alone restricts nothing; its value keeps the cases that have it.
    await panel.getByRole('combobox', { name: 'Атрибут', exact: true }).selectOption({ label: 'Қала' });
    const value = panel.getByRole('combobox', { name: 'Значение атрибута Қала' });
    expect(await value.locator('option').allInnerTexts()).toEqual(['Выберите значение…', 'Алматы', 'Астана']);
    expect(await sources()).toEqual(['Вера — интервью', 'Айгүл — интервью', 'Дана — интервью']);
    await value.selectOption({ label: 'Алматы' });
    await expect.poll(sources).toEqual(['Вера — интервью', 'Дана — интервью']);

    // «Code all hits» previews the same cases' spans.
    await panel.getByRole('button', { name: 'Закодировать все совпадения' }).click();
    const dialog = page.getByRole('dialog', { name: 'Закодировать все совпадения' });
    await dialog.getByRole('combobox', { name: 'Код', exact: true }).selectOption({ index: 1 });
    await expect.poll(() => dialog.locator('.autocode-spans li').count()).toBe(2);
    expect(await dialog.locator('.autocode-spans').innerText()).not.toContain('Айгүл');
    await page.keyboard.press('Escape');

    // One document, with the attribute back at «any»: that document's hits alone.
    await panel.getByRole('combobox', { name: 'Атрибут', exact: true }).selectOption({ label: 'Любой атрибут' });
    expect(await panel.getByRole('combobox', { name: 'Значение атрибута Қала' }).count()).toBe(0);
    await panel.getByRole('combobox', { name: 'Документ' }).selectOption({ label: 'Айгүл — интервью' });
    await expect.poll(sources).toEqual(['Айгүл — интервью']);
    expect(errors).toEqual([]);
  }, 90_000);
});
