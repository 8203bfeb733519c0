/** The one menu definition: every menu and item labelled in every language, no English left in ru/kk. */
import { describe, expect, it } from 'vitest';
import { acceleratorText, menuLabel, menuLanguageFor, MENUS } from '../../../shared/menu.js';

const ids = MENUS.flatMap((menu) => [menu.id, ...menu.items.map((item) => item.id)]);

describe('the menu definition', () => {
  it('has File, Edit, Code, Analyse, Exchange and Help in that order, each id once', () => {
    expect(MENUS.map((m) => m.id)).toEqual(['file', 'edit', 'code', 'analyse', 'exchange', 'help']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(['en', 'ru', 'kk'] as const)('labels every entry in %s, and in ru and kk without English words', (language) => {
    for (const id of ids) {
      const label = menuLabel(language, id);
      expect({ id, label }).not.toEqual({ id, label: id });
      if (language === 'en') continue;
      const english = (label.match(/[A-Za-z]+/g) ?? []).filter((w) => !['REFI', 'QDA', 'QCA'].includes(w));
      expect({ id, english }).toEqual({ id, english: [] });
    }
  });

  it('shows accelerators as the page handles them and picks the language from a locale', () => {
    expect(acceleratorText('CmdOrCtrl+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(acceleratorText('Shift+/')).toBe('?');
    expect(menuLanguageFor('kk-KZ')).toBe('kk');
    expect(menuLanguageFor('de')).toBe('en');
    expect(menuLabel('de', 'file')).toBe('File');
  });
});
