/**
 * A project whose import was cut short (its record left as a killed process leaves it: see
 * tests/crash/interrupted-import.test.ts) opens with a notice, in Russian and in Kazakh with no
 * English word: which import, when, the files in, refused and not imported. «Import the files
 * again» opens the import dialog; dismissing puts the notice away for good. A merge another
 * process is doing meanwhile (this test's own, alive beside the app) is said as running, with no
 * button to dismiss it. Screenshots of each language land in test-results/screens/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { beginRun, markRunFile } from '../../main/db/repos/import-runs.js';
import { Store } from '../../main/db/store.js';
import { seedDefaultCodebook } from '../../main/services/codebook.js';
import { thisProcess } from '../../main/services/this-process.js';
import { useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { endedOwner } from '../helpers/run-owners.js';
import { apiCall } from './contract-client.js';
import { englishOnScreen } from './english-on-screen.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

/** A project left with an import of 14 files of which 3 came in and 1 could not be read. */
function interruptedProject(path: string): void {
  const store = Store.create(path, 'interviews');
  try {
    seedDefaultCodebook(store);
    const names = Array.from({ length: 14 }, (_, i) => `интервью-${i + 1}.docx`);
    const runId = beginRun(store, 'documents', names, endedOwner());
    for (const position of [0, 1, 2]) markRunFile(store, { runId, position }, 'done');
    markRunFile(store, { runId, position: 3 }, 'refused');
    beginRun(store, 'merge', ['команда.casecoder'], thisProcess());
  } finally {
    store.close();
  }
}

describe('an import cut short', () => {
  it('is said on opening in Russian and Kazakh, opens the import again, and is dismissed', async () => {
    const project = join(env.home, 'interviews.casecoder');
    interruptedProject(project);
    const app = await env.start(['--project', project]);
    // Who codes is asked once, at the first start.
    for (const [language, locale, who] of [['ru', 'ru-RU', 'Кто кодирует?'], ['kk', 'kk-KZ', null]] as const) {
      const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 }, locale });
      const errors = watchErrors(page);
      await page.goto(app.url);
      await page.evaluate((lang) => localStorage.setItem('casecoder.language', lang), language);
      await page.reload();
      if (who) {
        const ask = page.getByRole('dialog', { name: who });
        await ask.getByRole('textbox').fill('Ада');
        await ask.getByRole('button').last().click();
      }
      const notice = page.locator('[data-testid="interrupted-import"][data-status="cutShort"]');
      await notice.waitFor();
      const running = page.locator('[data-testid="interrupted-import"][data-status="running"]');
      expect(await running.innerText()).toContain(language === 'ru' ? 'ещё шло в другом CaseCoder на этом компьютере' : 'осы компьютердегі басқа CaseCoder-де әлі жүріп жатқан еді');
      expect(await running.getByRole('button').count()).toBe(0);
      const text = await notice.innerText();
      expect(text).toContain('интервью-1.docx, интервью-2.docx, интервью-3.docx');
      expect(text).toContain('интервью-4.docx');
      expect(text).toContain('интервью-5.docx');
      expect(text).toContain(language === 'ru' ? 'Не импортированы (10)' : 'Импортталмады (10)');
      expect(await englishOnScreen(page)).toEqual([]);
      await page.screenshot({ path: `${screens}interrupted-import-${language}.png` });
      expect(errors).toEqual([]);
      if (language === 'kk') {
        await notice.getByRole('button', { name: 'Файлдарды қайта импорттау…' }).click();
        await page.getByRole('dialog').waitFor();
        await page.keyboard.press('Escape');
        await notice.getByRole('button', { name: 'Жасыру' }).click();
        await expect.poll(() => notice.count()).toBe(0);
        const { project: info } = await apiCall(app.url, 'session.get', {});
        expect(info!.interruptedImports).toMatchObject([{ kind: 'merge', status: 'running' }]);
      }
      await page.close();
    }
    await app.stop();
    const store = Store.open(project);
    try {
      expect(store.db.prepare('SELECT kind FROM import_run').pluck().all()).toEqual(['merge']);
    } finally {
      store.close();
    }
  }, 120_000);
});
