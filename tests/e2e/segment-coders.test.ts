/**
 * The segment table of a team's project, in Russian as a user trial saw it: Anna coded a passage
 * Политические and Негативное, Boris Негативное, Irina Негативное and Правовые. The codes cell
 * says who applied which («Негативное, Политические (Анна), Правовые (Ирина)»: beside «Анна, Борис,
 * Ирина» the codes alone read as everyone's), and filtering by Борис and STEEPL/Политические lists
 * nothing, where it listed the passage with Boris's «Негативное». A screenshot lands in
 * test-results/screens/segment-coders-ru.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import type { Input, Method } from '../../shared/contract.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));
const PASSAGE = 'Бюрократия душит малый бизнес.';

describe('the segment table of three coders', () => {
  it("says who applied which code, and filters by a code and a coder to that coder's codings of it", async () => {
    mkdirSync(screens, { recursive: true });
    const app = await env.start();
    const call = <M extends Method>(method: M, input: Input<M>) => apiCall(app.url, method, input);
    await call('session.setCoder', { name: 'Анна' });
    await call('project.create', { path: join(env.home, 'team.casecoder'), language: 'ru' });
    const group = await call('groups.create', { name: 'Предприниматели' });
    const item = await call('cases.create', { name: 'P1', groupId: group.id });
    await call('documents.paste', { caseId: item.id, name: 'Интервью', text: `${PASSAGE} Налоги выросли вдвое.` });
    const [document] = await call('documents.list', { caseId: item.id });
    const code = async (coder: string, path: string, start: number, end: number) => {
      await call('session.setCoder', { name: coder });
      await call('coding.apply', { documentId: document!.id, start, end, codeId: (await call('codes.findByPath', { path })).id });
    };
    await code('Анна', 'STEEPL/Политические', 0, 30);
    await code('Анна', 'Валентность/Негативное', 0, 30);
    await code('Борис', 'Валентность/Негативное', 0, 30);
    await code('Борис', 'STEEPL/Экономические', 31, 52);
    await code('Ирина', 'Валентность/Негативное', 0, 30);
    await code('Ирина', 'STEEPL/Правовые', 0, 30);
    await call('session.setCoder', { name: 'Анна' });

    const page = await env.browser.newPage({ viewport: { width: 1920, height: 700 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.locator('.center > .tabs button').first().click();
    const rows = page.locator('.body-row');
    const codesOf = (quote: string) => rows.filter({ hasText: quote }).locator('.col-codes');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => codesOf(PASSAGE).innerText()).toBe('Негативное, Политические (Анна), Правовые (Ирина)');
    // The coders after a code are quieter than the codes; a code every coder applied names none.
    expect(await codesOf(PASSAGE).locator('.coded-by').allInnerTexts()).toEqual([' (Анна)', ' (Ирина)']);
    expect(await codesOf(PASSAGE).getAttribute('title')).toBe('Негативное, Политические (Анна), Правовые (Ирина)');
    expect(await rows.filter({ hasText: PASSAGE }).locator('.col-coder').innerText()).toBe('Анна, Борис, Ирина');
    expect(await codesOf('Налоги').innerText()).toBe('Экономические');
    await page.screenshot({ path: `${screens}segment-coders-ru.png` });

    const total = page.getByTestId('segment-total');
    await page.getByLabel('Фильтр по коду').selectOption({ label: 'STEEPL/Политические' });
    await expect.poll(() => total.innerText()).toBe('1 сегмент');
    await page.getByLabel('Фильтр по кодировщику').selectOption('Борис');
    await expect.poll(() => total.innerText()).toBe('0 сегментов');
    expect(await rows.count()).toBe(0);
    await page.getByLabel('Фильтр по кодировщику').selectOption('Анна');
    await expect.poll(() => total.innerText()).toBe('1 сегмент');
    // Anna's codes alone, and no coder named after them.
    await expect.poll(() => codesOf(PASSAGE).innerText()).toBe('Негативное, Политические');
    expect(await rows.filter({ hasText: PASSAGE }).locator('.col-coder').innerText()).toBe('Анна');
    await page.screenshot({ path: `${screens}segment-coders-ru-anna.png` });
    expect(errors).toEqual([]);
  });
});
