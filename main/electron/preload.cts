/**
 * The page's only door to the main process: calls on one channel, a chosen file's path, plus the
 * native menu's commands in and the menu bar's state out. A sandboxed preload may require no file of ours, so the
 * channel names are spelled out here and the types tie them to ipc-channel.ts.
 */
import electron = require('electron');
import type { Result } from '../../shared/contract.js';
import type { CallChannel, MenuCommandChannel, MenuStateChannel } from './ipc-channel.js';

const channel: CallChannel = 'casecoder:call';
const menuCommand: MenuCommandChannel = 'casecoder:menu-command';
const menuState: MenuStateChannel = 'casecoder:menu-state';

electron.contextBridge.exposeInMainWorld('casecoder', {
  // A project or package the user chose is read where it lies (renderer/src/api.ts fileAt): the
  // page has only the File, whose path Electron alone can tell (empty for one not on the disk).
  pathOf: (file: File): string => electron.webUtils.getPathForFile(file),
  call: async (method: string, input: unknown, callId?: string): Promise<Result<unknown>> => {
    const reply: unknown = await electron.ipcRenderer.invoke(channel, method, input, callId);
    // A Result is never an array: an array is an answer's JSON in pieces, passed on unread (main.ts).
    if (!Array.isArray(reply)) return reply as Result<unknown>;
    const decoder = new TextDecoder();
    return JSON.parse(reply.map((part: Uint8Array) => decoder.decode(part, { stream: true })).join('') + decoder.decode()) as Result<unknown>;
  },
});

// The native menu's bridge, apart from the calls' so browser tests can stand in for it alone.
electron.contextBridge.exposeInMainWorld('casecoderMenu', {
  // Only the command's name crosses: the page never sees the IPC event.
  onCommand: (listener: (command: string) => void): void => {
    electron.ipcRenderer.on(menuCommand, (_event, command: unknown) => {
      if (typeof command === 'string') listener(command);
    });
  },
  // Parsed by the main process (shared/menu.ts MenuState).
  setState: (state: unknown): void => electron.ipcRenderer.send(menuState, state),
});
