/** The IPC channels between the preload and the main process, and nothing else. */
export const CALL_CHANNEL = 'casecoder:call';
export type CallChannel = typeof CALL_CHANNEL;
/** Main → page: a native menu command, which the page runs as its own menu bar would. */
export const MENU_COMMAND_CHANNEL = 'casecoder:menu-command';
export type MenuCommandChannel = typeof MENU_COMMAND_CHANNEL;
/** Page → main: the UI's language, so the native menu follows it. */
export const MENU_LANGUAGE_CHANNEL = 'casecoder:menu-language';
export type MenuLanguageChannel = typeof MENU_LANGUAGE_CHANNEL;
