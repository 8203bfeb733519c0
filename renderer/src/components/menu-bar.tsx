/**
 * The menu bar of browser mode, built from shared/menu.ts (the same definition as Electron's
 * native menu). Each item is a button marked data-menu-command, so a native menu's click runs
 * exactly what the bar's button does (native-menu.ts). Items that open a file chooser are given as elements.
 */
import { useEffect, type ReactNode } from 'react';
import { acceleratorText, MENUS, menuLabel, type MenuCommand, type MenuState } from '../../../shared/menu.js';
import { currentLanguage, t } from '../i18n/index.js';
import { showInNativeMenu } from '../native-menu.js';
import { DropMenu } from './drop-menu.js';

export interface MenuActions {
  /** A plain action per command. */
  run: Partial<Record<MenuCommand, () => void>>;
  /** Commands drawn by their own element (a file chooser), which carries data-menu-command itself. */
  custom?: Partial<Record<MenuCommand, ReactNode>>;
  disabled?: Partial<Record<MenuCommand, boolean>>;
  /** Words for an item that say more than its name (Undo says what it will undo). */
  labels?: Partial<Record<MenuCommand, string>>;
}

export function MenuBar({ hasProject, actions }: { hasProject: boolean; actions: MenuActions }) {
  const language = currentLanguage();
  const shown = (menu: (typeof MENUS)[number]) =>
    menu.items.filter((item) => (hasProject || !item.needsProject) && (actions.run[item.id] || actions.custom?.[item.id]));

  // Electron's native menu shows what the bar shows, greyed and worded alike.
  const ids = MENUS.flatMap((menu) => shown(menu).map((item) => item.id));
  const state: MenuState = {
    language,
    shown: ids,
    disabled: ids.filter((id) => actions.disabled?.[id]),
    labels: Object.fromEntries(ids.flatMap((id) => (actions.labels?.[id] ? [[id, actions.labels[id]]] : []))),
  };
  const stateKey = JSON.stringify(state);
  useEffect(() => showInNativeMenu(JSON.parse(stateKey) as MenuState), [stateKey]);

  return (
    <nav className="menu" aria-label={t('menu.label')}>
      {MENUS.map((menu) => {
        const items = shown(menu);
        if (items.length === 0) return null;
        return (
          <DropMenu key={menu.id} label={menuLabel(language, menu.id)}>
            {items.map((item, i) => (
              <div key={item.id} className={item.separatorBefore && i > 0 ? 'menu-item separated' : 'menu-item'}>
                {actions.custom?.[item.id] ?? (
                  <button data-menu-command={item.id} disabled={actions.disabled?.[item.id]} onClick={actions.run[item.id]}>
                    <span>{actions.labels?.[item.id] ?? menuLabel(language, item.id)}</span>
                    {item.accelerator && <kbd data-untranslated="key">{acceleratorText(item.accelerator)}</kbd>}
                  </button>
                )}
              </div>
            ))}
          </DropMenu>
        );
      })}
    </nav>
  );
}
