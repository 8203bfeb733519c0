/**
 * The application menu: the platform's standard menus, so copy and quit work. The Edit menu
 * leaves out Undo and Redo: their accelerators would reach the browser's own text undo, while
 * Ctrl+Z and Ctrl+Shift+Z belong to CaseCoder's undo, which the page handles.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { label: 'Edit', submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }] },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
