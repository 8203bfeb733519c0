/**
 * Whether CaseCoder behind browser mode's page answers, as the page's own calls find out (api.ts
 * notes each; the job bar's poll makes one every moment): `lost` when nothing answers (the
 * program stopped, was killed or crashed), `refused` when it answers but refuses the token this
 * page holds (started again with another), `keyless` when it answers a page that holds no token
 * (an address without its key), `up` once a call is answered again. The app says so in its
 * message bar and reloads what it shows when the connection is back.
 */
export type Connection = 'up' | 'lost' | 'refused' | 'keyless';

let state: Connection = 'up';
const listeners = new Set<(state: Connection) => void>();

export function connection(): Connection {
  return state;
}

/** What a call just found; listeners hear of a change only. */
export function noteConnection(next: Connection): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener(next);
}

export function onConnectionChange(listener: (state: Connection) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
