/**
 * Finds English words the user can see that are not the project's own data: visible text and
 * the title, aria-label, placeholder and alt of visible elements, outside elements marked
 * data-user-data (names, quotes, document text) or data-untranslated (the brand, language
 * names). Words that occur in the marked data (a code name inside "Edit Economic") are data too.
 */
import type { Page } from 'playwright-core';

/** Names that stay as they are in every language (key names as printed on keyboards among them). */
const PROPER_NAMES = ['CaseCoder', 'REFI', 'QDA', 'NVivo', 'ATLAS', 'ti', 'MAXQDA', 'QualCoder', 'Ctrl', 'Shift', 'Enter', 'CSV', 'XML', 'UTF', 'SVG', 'PNG', 'QCA'];

export async function englishOnScreen(page: Page): Promise<string[]> {
  return page.evaluate((properNames) => {
    const DATA = '[data-user-data], [data-untranslated]';
    const ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'alt'];
    const seen = (element: Element) =>
      element.checkVisibility({ visibilityProperty: true }) || (element instanceof HTMLOptionElement && element.parentElement!.checkVisibility());
    const words = (text: string) => text.match(/[A-Za-z][A-Za-z'’]*/g) ?? [];

    const dataWords = new Set(properNames);
    for (const element of document.querySelectorAll(DATA)) {
      for (const word of words(element.textContent ?? '')) dataWords.add(word);
      for (const inner of [element, ...element.querySelectorAll('*')]) {
        for (const name of ATTRIBUTES) for (const word of words(inner.getAttribute(name) ?? '')) dataWords.add(word);
      }
    }

    const ui: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(DATA) || parent.closest('script, style') || !seen(parent)) continue;
      if (node.textContent!.trim()) ui.push(node.textContent!.trim());
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest(DATA) || !seen(element)) continue;
      for (const name of ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value?.trim()) ui.push(`[${name}] ${value.trim()}`);
      }
    }
    return ui.filter((text) => words(text.replace(/^\[[a-z-]+\] /, '')).some((word) => !dataWords.has(word)));
  }, PROPER_NAMES);
}
