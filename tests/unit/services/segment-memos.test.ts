/**
 * A segment's memos are found again: the open document's segments and the segment list's rows
 * say how many memos each has (their marks), a memo is changed rather than written again, and a
 * memo emptied of its text is deleted; each step undone as any other.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { memosOf } from '../../../main/db/repos/memos.js';
import { historyState, undo } from '../../../main/db/history.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { getDocumentView } from '../../../main/services/documents.js';
import { createMemo, updateMemo } from '../../../main/services/memos.js';
import { querySegments } from '../../../main/services/segments.js';
import { pasteText } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let documentId: number;

beforeEach(() => {
  t = newTestSession('Ирина');
  t.session.createProject('memos');
  const ctx = t.session.context();
  const item = createCase(ctx, 'P1', null);
  pasteText(ctx, item.id, 'Interview', 'Renting was the hard part. The flat is small.');
  documentId = listDocuments(ctx.store, item.id)[0]!.id;
  const negative = findCodeByPath(ctx.store, 'Valence', 'Negative')!.id;
  applyCode(ctx, { documentId, start: 0, end: 26, codeId: negative });
  applyCode(ctx, { documentId, start: 27, end: 45, codeId: negative });
});
afterEach(() => t.dispose());

const segmentIds = () => getDocumentView(t.session.context(), documentId).segments.map((s) => s.id);
const memoCounts = () => getDocumentView(t.session.context(), documentId).segments.map((s) => s.memoCount);

function memoOnFirstSegment(name: string, text: string) {
  const ctx = t.session.context();
  const target = { kind: 'segment', id: segmentIds()[0]! } as const;
  createMemo(ctx, target, name, text);
  return { target, memoId: memosOf(ctx.store, target)[0]!.id };
}

describe("a segment's memos", () => {
  it('are counted on the open document\'s segments and on the segment list\'s rows, read off the indexes or sorted in a job', async () => {
    const ctx = t.session.context();
    const [renting, flat] = segmentIds() as [number, number];
    createMemo(ctx, { kind: 'segment', id: renting }, '', 'Housing again.');
    createMemo(ctx, { kind: 'segment', id: renting }, 'Boris', 'From the second coder.');
    createMemo(ctx, { kind: 'document', id: documentId }, '', 'Not on a segment.');
    expect(memoCounts()).toEqual([2, 0]);
    for (const sort of ['position', 'quote'] as const) {
      const page = await querySegments(ctx, { sort, descending: false, offset: 0, limit: 10, countTotal: true });
      expect(new Map(page.rows.map((r) => [r.id, r.memoCount]))).toEqual(new Map([[renting, 2], [flat, 0]]));
    }
  });

  it('are changed in place, and an edit is undone', () => {
    const ctx = t.session.context();
    const { target, memoId } = memoOnFirstSegment('', 'Housing again.');
    updateMemo(ctx, memoId, { name: '', text: 'Housing again: compare with case 3.' });
    expect(memosOf(ctx.store, target).map((m) => m.text)).toEqual(['Housing again: compare with case 3.']);
    expect(historyState(ctx.store).undoLabel).toBe('memos.update');
    undo(ctx.store);
    expect(memosOf(ctx.store, target).map((m) => m.text)).toEqual(['Housing again.']);
  });

  it('is deleted when its text is emptied, and comes back with undo', () => {
    const ctx = t.session.context();
    const { target, memoId } = memoOnFirstSegment('Title kept', 'Housing again.');
    updateMemo(ctx, memoId, { text: '  \n' });
    expect(memosOf(ctx.store, target)).toEqual([]);
    expect(memoCounts()).toEqual([0, 0]);
    expect(historyState(ctx.store).undoLabel).toBe('memos.delete');
    undo(ctx.store);
    expect(memosOf(ctx.store, target)).toMatchObject([{ name: 'Title kept', text: 'Housing again.', author: 'Ирина' }]);
    expect(memoCounts()).toEqual([1, 0]);
  });
});
