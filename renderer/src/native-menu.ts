/**
 * Electron's native menu, which mirrors the page's menu bar: a command chosen there runs the
 * bar's own button, and the bar tells it what it shows. In browser mode there is no such menu.
 */
import type { MenuState } from '../../shared/menu.js';

declare global {
  interface Window {
    /** The preload's menu bridge (main/electron/preload.cts); absent in browser mode. */
    casecoderMenu?: {
      onCommand(listener: (command: string) => void): void;
      setState(state: MenuState): void;
    };
  }
}

/** Runs a command as if its menu-bar button were clicked (those carry data-menu-command). */
function runMenuCommand(command: string): void {
  document.querySelector<HTMLElement>(`[data-menu-command="${CSS.escape(command)}"]`)?.click();
}

/** Runs the native menu's commands from now on. Once per page: the bridge keeps each listener. */
export function followNativeMenu(): void {
  window.casecoderMenu?.onCommand(runMenuCommand);
}

export function showInNativeMenu(state: MenuState): void {
  window.casecoderMenu?.setState(state);
}
