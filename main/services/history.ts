/** Undo and redo of the project's steps, which the project keeps (they survive reopening). */
import type { HistoryState } from '../../shared/entities.js';
import * as history from '../db/history.js';
import type { ServiceContext } from './context.js';

export function historyState({ store }: ServiceContext): HistoryState {
  return history.historyState(store);
}

export function undo({ store }: ServiceContext): HistoryState {
  return history.undo(store);
}

export function redo({ store }: ServiceContext): HistoryState {
  return history.redo(store);
}
