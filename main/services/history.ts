/** Undo and redo of the project's steps, which the project keeps (they survive reopening). */
import type { HistoryState } from '../../shared/entities.js';
import * as history from '../db/history.js';
import { runWriteJob } from '../jobs/run-write-job.js';
import type { ServiceContext } from './context.js';

/**
 * A step up to this many rows and bytes of text is undone on the caller's thread (a coding, a
 * renamed case: a few milliseconds). A larger one (an import, a merge, a long document) is
 * undone by a write job on a thread of its own, with progress and cancel: undoing the reference
 * corpus's import took 6 s, and redoing it 16 s, of the main thread.
 */
const INLINE_ROWS = 2_000;
const INLINE_BYTES = 100_000;

export function historyState({ store }: ServiceContext): HistoryState {
  return history.historyState(store);
}

export function undo(ctx: ServiceContext): HistoryState | Promise<HistoryState> {
  return runsInline(ctx, 'undo') ? history.undo(ctx.store) : runWriteJob(ctx, 'history.undo', {});
}

export function redo(ctx: ServiceContext): HistoryState | Promise<HistoryState> {
  return runsInline(ctx, 'redo') ? history.redo(ctx.store) : runWriteJob(ctx, 'history.redo', {});
}

function runsInline({ store }: ServiceContext, direction: 'undo' | 'redo'): boolean {
  const weight = history.stepWeight(store, direction);
  // Nothing to undo: the inline call says so with its usual refusal.
  return weight === null || (weight.rows <= INLINE_ROWS && weight.bytes <= INLINE_BYTES);
}
