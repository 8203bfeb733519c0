/**
 * The native application menu, built from the one definition in shared/menu.ts (the browser's
 * menu bar uses the same) and the page's menu state: its language, the items its bar shows, the
 * greyed ones, and Undo's and Redo's words for the step they take. A click sends the command to
 * the page, which runs it as its own menu bar would. Accelerators are shown but not registered: the page handles
 * the keys, so Ctrl+Z in a text field still undoes the typing. Cut, copy, paste, select all and
 * quit are the platform's own.
 */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENUS, menuLabel, type MenuState } from '../../shared/menu.js';
import { MENU_COMMAND_CHANNEL } from './ipc-channel.js';

export function buildMenu(state: MenuState, window: () => BrowserWindow | null): Menu {
  const { language } = state;
  const template: MenuItemConstructorOptions[] = [...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : [])];
  for (const menu of MENUS) {
    const submenu: MenuItemConstructorOptions[] = [];
    const items = menu.items.filter((item) => state.shown.includes(item.id));
    for (const [i, item] of items.entries()) {
      if (item.separatorBefore && i > 0) submenu.push({ type: 'separator' });
      submenu.push({
        id: item.id,
        label: state.labels[item.id] ?? menuLabel(language, item.id),
        enabled: !state.disabled.includes(item.id),
        ...(item.accelerator && { accelerator: item.accelerator, registerAccelerator: false }),
        click: () => window()?.webContents.send(MENU_COMMAND_CHANNEL, item.id),
      });
    }
    if (menu.id === 'file' && process.platform !== 'darwin') submenu.push({ type: 'separator' }, { role: 'quit' });
    if (menu.id === 'edit') submenu.push({ type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' });
    // As in the page's bar, a menu with nothing to offer (Exchange without a project) is left out.
    if (submenu.length > 0) template.push({ label: menuLabel(language, menu.id), submenu });
  }
  return Menu.buildFromTemplate(template);
}
