/**
 * Words cut short on screen with no way to read them: the placeholders wider than their text
 * fields, and the lists (selects) narrower than their chosen option.
 */
import type { Page } from 'playwright-core';

/** The placeholders wider than their text fields show: a cut hint («Кесте астындағы ескер…») says nothing. */
export function cutPlaceholders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    return [...document.querySelectorAll<HTMLInputElement>('input[placeholder]')]
      .filter((input) => {
        if (!input.offsetParent || input.placeholder === '') return false;
        const style = getComputedStyle(input);
        context.font = style.font;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return context.measureText(input.placeholder).width > room + 1;
      })
      .map((input) => input.placeholder);
  });
}

/**
 * The chosen options of the lists shown that are narrower than the browser draws that option
 * alone in them (a copy holding only it, out of the layout and uncapped, measures that).
 */
export function cutSelects(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('select')].filter((select) => {
    if (!select.offsetParent) return false;
    const alone = select.cloneNode(false) as HTMLSelectElement;
    alone.append(new Option(select.selectedOptions[0]?.text ?? ''));
    Object.assign(alone.style, { position: 'absolute', visibility: 'hidden', width: 'auto', minWidth: '0', maxWidth: 'none' });
    select.parentElement!.append(alone);
    const cut = alone.offsetWidth > select.offsetWidth + 1;
    alone.remove();
    return cut;
  }).map((select) => select.selectedOptions[0]?.text ?? ''));
}
