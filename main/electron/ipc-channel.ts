/** The IPC channels between the preload and the main process, and nothing else. */
export const CALL_CHANNEL = 'casecoder:call';
export type CallChannel = typeof CALL_CHANNEL;
/** Main → page: a native menu command, which the page runs as its own menu bar would. */
export const MENU_COMMAND_CHANNEL = 'casecoder:menu-command';
export type MenuCommandChannel = typeof MENU_COMMAND_CHANNEL;
/** Page → main: what its menu bar shows (shared/menu.ts MenuState), so the native menu shows the same. */
export const MENU_STATE_CHANNEL = 'casecoder:menu-state';
export type MenuStateChannel = typeof MENU_STATE_CHANNEL;
