/**
 * The page's only door to the main process: calls on one channel, plus the native menu's
 * commands in and the UI language out. A sandboxed preload may require no file of ours, so the
 * channel names are spelled out here and the types tie them to ipc-channel.ts.
 */
import electron = require('electron');
import type { Result } from '../../shared/contract.js';
import type { CallChannel, MenuCommandChannel, MenuLanguageChannel } from './ipc-channel.js';

const channel: CallChannel = 'casecoder:call';
const menuCommand: MenuCommandChannel = 'casecoder:menu-command';
const menuLanguage: MenuLanguageChannel = 'casecoder:menu-language';

electron.contextBridge.exposeInMainWorld('casecoder', {
  call: (method: string, input: unknown): Promise<Result<unknown>> => electron.ipcRenderer.invoke(channel, method, input),
  // Only the command's name crosses: the page never sees the IPC event.
  onMenu: (listener: (command: string) => void): void => {
    electron.ipcRenderer.on(menuCommand, (_event, command: unknown) => {
      if (typeof command === 'string') listener(command);
    });
  },
  setMenuLanguage: (language: string): void => electron.ipcRenderer.send(menuLanguage, language),
});
