/**
 * The menu bar of browser mode, built from shared/menu.ts (the same definition as Electron's
 * native menu). Each item is a button marked data-menu-command, so a native menu's click runs
 * exactly what the bar's button does. Items that open a file chooser are given as elements.
 */
import type { ReactNode } from 'react';
import { acceleratorText, MENUS, menuLabel, type MenuCommand } from '../../../shared/menu.js';
import { currentLanguage, t } from '../i18n/index.js';
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
  return (
    <nav className="menu" aria-label={t('menu.label')}>
      {MENUS.map((menu) => {
        const items = menu.items.filter((item) => (hasProject || !item.needsProject) && (actions.run[item.id] || actions.custom?.[item.id]));
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

/** Runs a command as if its menu-bar button were clicked (Electron's native menu sends these). */
export function runMenuCommand(command: string): void {
  document.querySelector<HTMLElement>(`[data-menu-command="${CSS.escape(command)}"]`)?.click();
}
