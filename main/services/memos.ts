import type { Memo, MemoListRow, MemoTarget } from '../../shared/entities.js';
import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import type { ReadStore } from '../db/store.js';
import { ensureCoder } from '../db/repos/coders.js';
import * as memos from '../db/repos/memos.js';
import * as memoList from '../db/repos/memo-list.js';
import * as segments from '../db/repos/segments.js';
import { targetExists } from '../db/repos/targets.js';
import { refuseSpanOutside } from './coding.js';
import { spanOfDocument } from './coding-texts.js';
import { notFound, requireCoder, type ServiceContext } from './context.js';
import { compileMatcher, type Matcher } from '../search/query-match.js';
import { parseQuery } from '../search/query-parse.js';
import { QuerySyntaxError } from '../search/query-error.js';
import { tokenize } from '../search/tokenize.js';

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
 * A memo on a passage of a document with no segment yet (uncoded text): the passage becomes a
 * segment with no coding, holding the memo, in one undoable step. So the memo keeps its
 * passage whatever its title, is marked in the text and listed with its quote, is found again
 * when the passage is chosen, is coded with it when the passage is coded, and is left out of a
 * copy for a second coder with the first coder's other notes on passages (db/project-copy.ts).
 * Where the passage is a segment already, its memo goes on that segment, as memos.create puts it.
 */
export function createPassageMemo(ctx: ServiceContext, span: { documentId: number; start: number; end: number }, name: string, text: string): void {
  const { store } = ctx;
  const coderName = requireCoder(ctx);
  const quote = spanOfDocument(store, span.documentId, Math.max(0, span.start), span.end);
  if (quote === undefined) throw notFound('document', span.documentId);
  refuseSpanOutside(store, span, quote);
  recordStep(store, 'memos.create', () => {
    const coderId = ensureCoder(store, coderName);
    const segmentId = segments.findSegment(store, span.documentId, span.start, span.end) ?? segments.insertSegment(store, { ...span, quote, coderId });
    memos.insertMemo(store, { kind: 'segment', id: segmentId }, { name, text, coderId });
  });
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

/** A passage that held nothing but this memo goes with it, in the same step. */
export function deleteMemo({ store }: ServiceContext, id: number): void {
  if (!memos.memoExists(store, id)) throw notFound('memo', id);
  recordStep(store, 'memos.delete', () => {
    const passages = memos.segmentsOfMemo(store, id);
    memos.deleteMemo(store, id);
    for (const segmentId of passages) segments.deleteSegmentIfBare(store, segmentId);
  });
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
 * on one document's segments and their codings, if given) that `text` finds in its name, its text
 * or what it is on (a case with its group, a document, a code, a passage's quote). Found as the
 * document search finds words (query-parse.ts: a word's forms, «ожидание» finding «ожидания»,
 * and its operators), or as written inside a word (any case, ё as е, which SQLite's lower()
 * cannot do for Cyrillic), so a part of a word still finds it.
 */
export function findMemos(
  { store }: ServiceContext, filter: { kind?: MemoListRow['targetKind'] | undefined; text?: string | undefined; documentId?: number | undefined },
): MemoListRow[] {
  const all = memoList.allMemos(store, filter.kind ?? null);
  // The memos on a document's passages, its segments' and their codings', for its Memos tab: few beside the list's reading.
  const onPassage = (m: MemoListRow) => m.targetKind === 'segment' || m.targetKind === 'coding';
  const rows = filter.documentId === undefined ? all : all.filter((m) => onPassage(m) && m.documentId === filter.documentId);
  const query = filter.text?.trim() ?? '';
  if (!query) return rows;
  const needle = fold(query);
  const words = wordMatcher(query);
  return rows.filter((m) => {
    const memo = [m.name, m.text, m.targetLabel, m.groupName, m.caseName, m.documentName].filter((part) => part !== null).join('\n');
    return fold(memo).includes(needle) || (words !== null && words(tokenize(memo)).length > 0);
  });
}

/** The query as the document search reads it; null for one it cannot read (a quote left open as it is typed), then found as written only. */
function wordMatcher(query: string): Matcher | null {
  try {
    return compileMatcher(parseQuery(query));
  } catch (error) {
    if (error instanceof QuerySyntaxError) return null;
    throw error;
  }
}

function fold(text: string): string {
  return text.toLocaleLowerCase('ru').replace(/ё/g, 'е');
}
