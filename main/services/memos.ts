import type { MemoTarget } from '../../shared/entities.js';
import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import { ensureCoder } from '../db/repos/coders.js';
import * as memos from '../db/repos/memos.js';
import { notFound, type ServiceContext } from './context.js';

const targetTables: Record<MemoTarget['kind'], string | null> = {
  project: null, case: 'case_', document: 'document', code: 'code', segment: 'segment',
};

/** Memos: the researcher's notes on the project or on a case, document, code or segment. */
export function createMemo(ctx: ServiceContext, target: MemoTarget, name: string, text: string): void {
  const { store } = ctx;
  const table = targetTables[target.kind];
  if ((table === null) !== (target.id === null)) {
    throw new AppError('invalidMemoTarget', 'A project memo has no target id; any other memo needs one');
  }
  if (table !== null && !store.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(target.id)) throw notFound(target.kind, target.id!);
  recordStep(store, 'memos.create', () =>
    memos.insertMemo(store, target, { name, text, coderId: ctx.coderName ? ensureCoder(store, ctx.coderName) : null }),
  );
}

export function updateMemo({ store }: ServiceContext, id: number, changes: { name?: string; text?: string }): void {
  if (!memos.memoExists(store, id)) throw notFound('memo', id);
  recordStep(store, 'memos.update', () => memos.updateMemo(store, id, changes));
}

export function deleteMemo({ store }: ServiceContext, id: number): void {
  if (!memos.memoExists(store, id)) throw notFound('memo', id);
  recordStep(store, 'memos.delete', () => memos.deleteMemo(store, id));
}
