/** What the REFI-QDA parsing thread (refi-parse-worker.ts) and the importing thread (refi-parse-ahead.ts) share. */
import type { RefiHead, RefiSourcePart, RefiTail, RefiTextSource } from '../refi/model.js';
import type { PackedSelections } from './packed-selections.js';

/** A source with its selections packed (packed-selections.ts) and left out of the source itself. */
export type RefiSourceMessage = { type: 'source'; source: Omit<RefiTextSource, 'selections'>; selections: PackedSelections } & Omit<RefiSourcePart, 'source'>;

export type RefiPartMessage =
  | { type: 'head'; head: RefiHead }
  | RefiSourceMessage
  | { type: 'tail'; tail: RefiTail }
  | { type: 'error'; code: string; message: string; params: Record<string, string | number> };

/**
 * Slots of the shared counts: messages posted by the parser, messages taken by the importer,
 * and 1 once the importer asks the parser to stop (it may be waiting on TAKEN, reading no message).
 */
export const POSTED = 0;
export const TAKEN = 1;
export const STOPPED = 2;
export const SLOTS = 3;

/**
 * Sources posted but not yet taken, at most: enough that the importer never waits while the
 * parser has parsed, few enough that the sources in flight stay a few megabytes.
 */
export const AHEAD = 8;
