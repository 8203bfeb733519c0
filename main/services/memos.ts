import type { Memo, MemoListRow, MemoTarget } from '../../shared/entities.js';
import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import type { ReadStore } from '../db/store.js';
import { ensureCoder } from '../db/repos/coders.js';
import * as memos from '../db/repos/memos.js';
import * as memoList from '../db/repos/memo-list.js';
import { targetExists } from '../db/repos/targets.js';
import { notFound, type ServiceContext } from './context.js';

/** Memos: the researcher's notes on the project or on a case, document, code, segment or coding. */
export function listMemos({ store }: ServiceContext, target: MemoTarget): Memo[] {
  return memos.memosOf(store, target);
}

export function createMemo(ctx: ServiceContext, target: MemoTarget, name: string, text: string): void {
  const { store } = ctx;
  checkTarget(store, target);
  recordStep(store, 'memos.create', () =>
    memos.insertMemo(store, target, { name, text, coderId: ctx.coderName ? ensureCoder(store, ctx.coderName) : null }),
  );
}

/**
 * A memo emptied of its text is deleted (one undoable step), as a researcher clears a note to be
 * rid of it: a memo without text is refused when written, so none is kept.
 */
export function updateMemo(ctx: ServiceContext, id: number, changes: { name?: string; text?: string }): void {
  const { store } = ctx;
  if (!memos.memoExists(store, id)) throw notFound('memo', id);
  if (changes.text !== undefined && changes.text.trim() === '') return deleteMemo(ctx, id);
  recordStep(store, 'memos.update', () => memos.updateMemo(store, id, changes));
}

export function deleteMemo({ store }: ServiceContext, id: number): void {
  if (!memos.memoExists(store, id)) throw notFound('memo', id);
  recordStep(store, 'memos.delete', () => memos.deleteMemo(store, id));
}

/**
 * A memo whose target was deleted put on another (one undoable step: undo leaves it on nothing
 * again). Only such a memo: one still on something is moved nowhere by this, as it would keep
 * its link and gain a second.
 */
export function attachMemo({ store }: ServiceContext, id: number, target: MemoTarget): void {
  if (!memos.memoExists(store, id)) throw notFound('memo', id);
  if (memos.memoIsLinked(store, id)) throw new AppError('memoStillAttached', `Memo ${id} is still attached; only a memo attached to nothing can be attached`);
  checkTarget(store, target);
  recordStep(store, 'memos.attach', () => memos.linkMemo(store, id, target));
}

/** A project memo has no target id, any other one the id of a case, document, code, segment or coding that exists. */
function checkTarget(store: ReadStore, { kind, id }: MemoTarget): void {
  if ((kind === 'project') !== (id === null)) {
    throw new AppError('invalidMemoTarget', 'A project memo has no target id; any other memo needs one');
  }
  if (kind !== 'project' && !targetExists(store, kind, id!)) throw notFound(kind, id!);
}

/**
 * The memo list: every memo (of one kind of target, or detached from what it was on, if given;
 * on one document's segments and their codings, if given) whose name or text holds `text`,
 * compared as search compares words (any case, ё as е), which SQLite's lower() cannot do for Cyrillic.
 */
export function findMemos(
  { store }: ServiceContext, filter: { kind?: MemoListRow['targetKind'] | undefined; text?: string | undefined; documentId?: number | undefined },
): MemoListRow[] {
  const all = memoList.allMemos(store, filter.kind ?? null);
  // The memos on a document's passages, its segments' and their codings', for its Memos tab: few beside the list's reading.
  const onPassage = (m: MemoListRow) => m.targetKind === 'segment' || m.targetKind === 'coding';
  const rows = filter.documentId === undefined ? all : all.filter((m) => onPassage(m) && m.documentId === filter.documentId);
  const needle = filter.text ? fold(filter.text.trim()) : '';
  return needle ? rows.filter((m) => fold(`${m.name}\n${m.text}`).includes(needle)) : rows;
}

function fold(text: string): string {
  return text.toLocaleLowerCase('ru').replace(/ё/g, 'е');
}
