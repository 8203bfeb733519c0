/**
 * A memo on uncoded text is a memo on its passage: the passage becomes a segment with no coding,
 * holding the memo (memos.createOnPassage), in one undoable step. It was a document memo titled
 * with the passage, which lost the passage when retitled and went into a copy for a second coder.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { getCase, listCases } from '../../../main/db/repos/cases.js';
import { getDocumentWithText, listDocuments } from '../../../main/db/repos/documents.js';
import { memosOf } from '../../../main/db/repos/memos.js';
import { historyState, redo, undo } from '../../../main/db/history.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode, removeCoding } from '../../../main/services/coding.js';
import { getDocumentView } from '../../../main/services/documents.js';
import { createPassageMemo, deleteMemo, findMemos, updateMemo } from '../../../main/services/memos.js';
import { querySegments } from '../../../main/services/segments.js';
import { pasteText } from '../../../main/services/text-import.js';
import { createDispatch } from '../../../main/api/dispatch.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let documentId: number;
// «Renting was the hard part.» is [0, 26); «The flat is small.» [27, 45).
const renting = { start: 0, end: 26 };

beforeEach(() => {
  t = newTestSession('Ирина');
  t.session.createProject(join(t.home, 'memos.casecoder'));
  const ctx = t.session.context();
  const item = createCase(ctx, 'P1', null);
  pasteText(ctx, item.id, 'Interview', 'Renting was the hard part. The flat is small.');
  documentId = listDocuments(ctx.store, item.id)[0]!.id;
});
afterEach(() => t.dispose());

const view = () => getDocumentView(t.session.context(), documentId).segments;
const negative = () => findCodeByPath(t.session.context().store, 'Valence', 'Negative')!.id;

describe('a memo on a passage', () => {
  it('makes the passage a segment with no coding that holds it, marked in the document and listed with its quote; one step undone and redone', async () => {
    const ctx = t.session.context();
    createPassageMemo(ctx, { documentId, ...renting }, 'Banking friction', 'Same complaint as in Table 3.');
    expect(view()).toMatchObject([{ ...renting, codings: [], memoCount: 1 }]);
    const segmentId = view()[0]!.id;
    expect(memosOf(ctx.store, { kind: 'segment', id: segmentId })).toMatchObject([{ name: 'Banking friction', author: 'Ирина' }]);
    // Listed with its case and document, as a case's or a document's memo is with its case.
    expect(findMemos(ctx, {})).toMatchObject([
      { targetKind: 'segment', documentId, name: 'Banking friction', targetLabel: 'Renting was the hard part.', caseName: 'P1', groupName: null, documentName: 'Interview' },
    ]);
    const page = await querySegments(ctx, { sort: 'position', descending: false, offset: 0, limit: 10, countTotal: true });
    expect(page.rows).toMatchObject([{ id: segmentId, quote: 'Renting was the hard part.', memoCount: 1 }]);

    expect(historyState(ctx.store).undoLabel).toBe('memos.create');
    undo(ctx.store);
    expect(view()).toEqual([]);
    expect(findMemos(ctx, {})).toEqual([]);
    redo(ctx.store);
    expect(view()).toMatchObject([{ id: segmentId, codings: [], memoCount: 1 }]);
  });

  it('is not counted among the coded segments of its case and document until the passage is coded', () => {
    const ctx = t.session.context();
    createPassageMemo(ctx, { documentId, ...renting }, '', 'Housing again.');
    const counts = () => [listCases(ctx.store)[0]!.segmentCount, getCase(ctx.store, listCases(ctx.store)[0]!.id)!.segmentCount, listDocuments(ctx.store)[0]!.segmentCount, getDocumentWithText(ctx.store, documentId)!.document.segmentCount, listDocuments(ctx.store, listCases(ctx.store)[0]!.id)[0]!.segmentCount];
    expect(counts()).toEqual([0, 0, 0, 0, 0]);
    applyCode(ctx, { documentId, ...renting, codeId: negative() });
    expect(counts()).toEqual([1, 1, 1, 1, 1]);
  });

  it('goes on the segment the passage already is', () => {
    const ctx = t.session.context();
    const { segmentId } = applyCode(ctx, { documentId, ...renting, codeId: negative() });
    createPassageMemo(ctx, { documentId, ...renting }, '', 'Why negative.');
    expect(view()).toMatchObject([{ id: segmentId, memoCount: 1, codings: [{ codeId: negative() }] }]);
  });

  it('is coded with its passage, stays when the code is taken off, and takes the passage with it when deleted or emptied', () => {
    const ctx = t.session.context();
    createPassageMemo(ctx, { documentId, ...renting }, '', 'Housing again.');
    const segmentId = view()[0]!.id;
    expect(applyCode(ctx, { documentId, ...renting, codeId: negative() }).segmentId).toBe(segmentId);
    removeCoding(ctx, view()[0]!.codings[0]!.id);
    expect(view()).toMatchObject([{ id: segmentId, codings: [], memoCount: 1 }]);

    const memoId = memosOf(ctx.store, { kind: 'segment', id: segmentId })[0]!.id;
    deleteMemo(ctx, memoId);
    expect(view()).toEqual([]);
    undo(ctx.store);
    expect(view()).toMatchObject([{ id: segmentId, memoCount: 1 }]);
    updateMemo(ctx, memoId, { text: ' ' });
    expect(view()).toEqual([]);
  });

  it("leaves a coded passage's segment in place when its memo is deleted", () => {
    const ctx = t.session.context();
    const { segmentId } = applyCode(ctx, { documentId, ...renting, codeId: negative() });
    createPassageMemo(ctx, { documentId, ...renting }, '', 'Why negative.');
    deleteMemo(ctx, memosOf(ctx.store, { kind: 'segment', id: segmentId })[0]!.id);
    expect(view()).toMatchObject([{ id: segmentId, memoCount: 0, codings: [{ codeId: negative() }] }]);
  });

  it('is left out of a copy for a second coder, with its passage', () => {
    const ctx = t.session.context();
    createPassageMemo(ctx, { documentId, ...renting }, 'Banking friction', 'A first reading.');
    const copy = join(t.home, 'second-coder.casecoder');
    t.session.saveCopy(copy, { withoutCodings: true });
    t.session.openProject(copy);
    expect(findMemos(t.session.context(), {})).toEqual([]);
    expect(view()).toEqual([]);
  });

  it('is refused outside its document or without a coder, leaving the project as it was', async () => {
    const dispatch = createDispatch(t.session, () => {});
    const before = historyState(t.session.context().store);
    const outside = await dispatch('memos.createOnPassage', { documentId, start: 40, end: 90, text: 'x' });
    expect(outside).toMatchObject({ ok: false, error: { code: 'spanOutOfRange', params: { length: 45 } } });
    const missing = await dispatch('memos.createOnPassage', { documentId: documentId + 99, start: 0, end: 5, text: 'x' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'notFound' } });
    const empty = await dispatch('memos.createOnPassage', { documentId, ...renting, text: '' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    t.session.settings.setCoderName('');
    const nobody = await dispatch('memos.createOnPassage', { documentId, ...renting, text: 'x' });
    expect(nobody).toMatchObject({ ok: false, error: { code: 'coderRequired' } });
    expect(historyState(t.session.context().store)).toEqual(before);
    expect(view()).toEqual([]);
  });
});
