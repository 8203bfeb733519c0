/**
 * The native application menu, built from the one definition in shared/menu.ts (the browser's
 * menu bar uses the same), in the UI's language. A click sends the command to the page, which
 * runs it as its own menu bar would. Accelerators are shown but not registered: the page handles
 * the keys, so Ctrl+Z in a text field still undoes the typing. Cut, copy, paste, select all and
 * quit are the platform's own.
 */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENUS, menuLabel, type MenuLanguage } from '../../shared/menu.js';
import { MENU_COMMAND_CHANNEL } from './ipc-channel.js';

export function buildMenu(language: MenuLanguage, window: () => BrowserWindow | null): Menu {
  const template: MenuItemConstructorOptions[] = [...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : [])];
  for (const menu of MENUS) {
    const submenu: MenuItemConstructorOptions[] = [];
    for (const item of menu.items) {
      if (item.separatorBefore) submenu.push({ type: 'separator' });
      submenu.push({
        id: item.id,
        label: menuLabel(language, item.id),
        ...(item.accelerator && { accelerator: item.accelerator, registerAccelerator: false }),
        click: () => window()?.webContents.send(MENU_COMMAND_CHANNEL, item.id),
      });
    }
    if (menu.id === 'file' && process.platform !== 'darwin') submenu.push({ type: 'separator' }, { role: 'quit' });
    if (menu.id === 'edit') submenu.push({ type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' });
    template.push({ label: menuLabel(language, menu.id), submenu });
  }
  return Menu.buildFromTemplate(template);
}
