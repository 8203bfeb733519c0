/**
 * The page's only door to the main process: one function on one channel, nothing else. A
 * sandboxed preload may require no file of ours, so the channel name is spelled out here and
 * the type ties it to ipc-channel.ts.
 */
import electron = require('electron');
import type { Result } from '../../shared/contract.js';
import type { CallChannel } from './ipc-channel.js';

const channel: CallChannel = 'casecoder:call';

electron.contextBridge.exposeInMainWorld('casecoder', {
  call: (method: string, input: unknown): Promise<Result<unknown>> => electron.ipcRenderer.invoke(channel, method, input),
});
