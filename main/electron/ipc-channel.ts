/** The one IPC channel from the preload to the main process. */
export const CALL_CHANNEL = 'casecoder:call';
export type CallChannel = typeof CALL_CHANNEL;
