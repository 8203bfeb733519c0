/** Script run in the bench's pages, with limits: a page that stops answering fails its figure instead of holding the bench. */
import type { Page } from 'playwright-core';

const IN_PAGE_LIMIT_MS = 90_000;

/**
 * Evaluates in the page, failing after 90 s. Playwright puts no limit on page.evaluate, and a page
 * whose frames stop (a scroll counts requestAnimationFrame callbacks) would hold the bench for
 * good; once, a run stood still here for ten minutes with Chromium and browser mode idle.
 */
export async function inPage<T>(page: Page, expression: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the page did not answer within ${IN_PAGE_LIMIT_MS / 1000} s: ${expression.slice(0, 80)}…`)), IN_PAGE_LIMIT_MS);
  });
  try {
    return await Promise.race([page.evaluate<T>(expression), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls a condition in the page every 20 ms, up to a minute. Not page.waitForFunction: its
 * polling evaluates the text with eval, which the app's Content-Security-Policy refuses.
 */
export async function waitInPage(page: Page, condition: string): Promise<void> {
  await inPage(page, `(async () => {
    const until = performance.now() + 60000;
    while (!(${condition})) {
      if (performance.now() > until) throw new Error('still not true after 60 s: ' + ${JSON.stringify(condition)});
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })()`);
}
