import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { documentSegments, querySegments } from '../../../main/db/repos/segments.js';
import { historyState, redo, undo } from '../../../main/db/history.js';
import { createCase, deleteCase } from '../../../main/services/cases.js';
import { applyCode, changeCoding, removeCoding } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { listCases } from '../../../main/db/repos/cases.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let documentId: number;
const code = (path: string) => {
  const [f, c] = path.split('/') as [string, string];
  return findCodeByPath(t.session.context().store, f, c)!.id;
};

beforeEach(() => {
  t = newTestSession();
  t.session.createProject('study');
  const ctx = t.session.context();
  const item = createCase(ctx, 'P1', null);
  pasteText(ctx, item.id, 'Interview', 'Good internet 😀 here.\r\nBad rent prices.');
  documentId = listDocuments(ctx.store, item.id)[0]!.id;
});
afterEach(() => t.dispose());

describe('coding', () => {
  it('stores spans in code points of the normalised text, with the quote and coder', () => {
    const ctx = t.session.context();
    // "Bad rent" starts after 'Good internet 😀 here.\n' = 22 code points.
    applyCode(ctx, { documentId, start: 22, end: 30, codeId: code('Valence/Negative') });
    const [segment] = querySegments(ctx.store, { sort: 'position', descending: false, offset: 0, limit: 10 }).rows;
    expect(segment).toMatchObject({ start: 22, end: 30, quote: 'Bad rent', codes: ['Negative'], coders: ['Ada'], caseName: 'P1' });
  });

  it('lets overlapping spans and several codes on one span coexist', () => {
    const ctx = t.session.context();
    applyCode(ctx, { documentId, start: 0, end: 13, codeId: code('Valence/Positive') });
    applyCode(ctx, { documentId, start: 0, end: 13, codeId: code('STEEPL/Technological') });
    applyCode(ctx, { documentId, start: 5, end: 20, codeId: code('STEEPL/Economic') });
    const segments = documentSegments(ctx.store, documentId);
    expect(segments.map((s) => [s.start, s.end, s.codings.length])).toEqual([[0, 13, 2], [5, 20, 1]]);
  });

  it('replaces the code of an exclusive framework instead of adding a second one', () => {
    const ctx = t.session.context();
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('STEEPL/Technological') });
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Negative') });
    const [segment] = documentSegments(ctx.store, documentId);
    expect(segment!.codings.map((c) => c.codeId).sort()).toEqual([code('Valence/Negative'), code('STEEPL/Technological')].sort());
  });

  it('keeps each coder\'s coding of the same span', () => {
    applyCode(t.session.context(), { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    t.session.settings.setCoderName('Boris');
    applyCode(t.session.context(), { documentId, start: 0, end: 4, codeId: code('Valence/Negative') });
    const [segment] = documentSegments(t.session.context().store, documentId);
    expect(segment!.codings.map((c) => c.coder)).toEqual(['Ada', 'Boris']);
  });

  it('refuses spans outside the text and codings without a coder', () => {
    expect(() => applyCode(t.session.context(), { documentId, start: 30, end: 99, codeId: code('Valence/Positive') })).toThrow(/not inside/);
    t.session.settings.setCoderName('');
    expect(() => applyCode(t.session.context(), { documentId, start: 0, end: 4, codeId: code('Valence/Positive') })).toThrow(/coder name/);
  });

  it('codes a span up to the last code point, astral ones counted once, and refuses one past it with the length', () => {
    const ctx = t.session.context();
    // 'Good internet 😀 here.\nBad rent prices.' is 38 code points, 39 UTF-16 units.
    applyCode(ctx, { documentId, start: 5, end: 38, codeId: code('Valence/Positive') });
    expect(documentSegments(ctx.store, documentId).map((s) => [s.start, s.end])).toEqual([[5, 38]]);
    expect(querySegments(ctx.store, { sort: 'position', descending: false, offset: 0, limit: 1 }).rows[0]!.quote).toBe('internet 😀 here.\nBad rent prices.');
    for (const [start, end] of [[5, 39], [38, 39], [4, 4], [-1, 3]]) {
      expect(() => applyCode(ctx, { documentId, start: start!, end: end!, codeId: code('Valence/Positive') }))
        .toThrow(expect.objectContaining({ code: 'spanOutOfRange', params: { start, end, length: 38 } }));
    }
    expect(() => applyCode(ctx, { documentId: documentId + 1, start: 0, end: 1, codeId: code('Valence/Positive') })).toThrow(/No document/);
  });

  it('removes a coding, and the segment with its last coding', () => {
    const ctx = t.session.context();
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    const [segment] = documentSegments(ctx.store, documentId);
    removeCoding(ctx, segment!.codings[0]!.id);
    expect(documentSegments(ctx.store, documentId)).toEqual([]);
  });
});

describe('undo and redo', () => {
  it("changes a coding to another code in one undoable step, another coder's becoming this coder's", () => {
    const ctx = t.session.context();
    const codings = () => documentSegments(t.session.context().store, documentId).flatMap((s) => s.codings.map((c) => [s.start, c.codeId, c.coder]));
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('STEEPL/Technological') });
    t.session.settings.setCoderName('Boris');
    const boris = t.session.context();
    const [adas] = documentSegments(boris.store, documentId)[0]!.codings;
    changeCoding(boris, adas!.id, code('STEEPL/Economic'));
    expect(codings()).toEqual([[0, code('STEEPL/Economic'), 'Boris']]);
    expect(historyState(boris.store)).toMatchObject({ undoLabel: 'coding.change' });
    // One undo brings Ada's coding back and takes Boris's away: never both, never neither.
    undo(boris.store);
    expect(codings()).toEqual([[0, code('STEEPL/Technological'), 'Ada']]);
    redo(boris.store);
    expect(codings()).toEqual([[0, code('STEEPL/Economic'), 'Boris']]);

    // In an exclusive framework the coder's other code of it goes, as applying the code would do.
    applyCode(boris, { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    const positive = documentSegments(boris.store, documentId)[0]!.codings.find((c) => c.codeId === code('Valence/Positive'))!;
    changeCoding(boris, positive.id, code('Valence/Negative'));
    expect(codings()).toEqual([[0, code('STEEPL/Economic'), 'Boris'], [0, code('Valence/Negative'), 'Boris']]);
    // To its own code: nothing changes, and no step is recorded.
    const negative = documentSegments(boris.store, documentId)[0]!.codings.find((c) => c.codeId === code('Valence/Negative'))!;
    changeCoding(boris, negative.id, code('Valence/Negative'));
    expect(historyState(boris.store)).toMatchObject({ undoLabel: 'coding.change', canRedo: false });
    expect(() => changeCoding(boris, 999_999, code('Valence/Negative'))).toThrow(/coding/);
  });

  it('undoes and redoes any number of steps, and the history survives reopening the project', () => {
    const ctx = t.session.context();
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    applyCode(ctx, { documentId, start: 5, end: 13, codeId: code('STEEPL/Technological') });
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Negative') });
    const count = () => documentSegments(t.session.context().store, documentId).flatMap((s) => s.codings).length;
    expect(count()).toBe(2);

    undo(ctx.store);
    expect(documentSegments(ctx.store, documentId)[0]!.codings[0]!.codeId).toBe(code('Valence/Positive'));
    undo(ctx.store);
    expect(count()).toBe(1);

    const path = ctx.store.path;
    t.session.closeProject();
    t.session.openProject(path);
    const reopened = t.session.context().store;
    expect(historyState(reopened)).toMatchObject({ canUndo: true, canRedo: true, redoLabel: 'coding.apply' });
    redo(reopened);
    redo(reopened);
    expect(count()).toBe(2);
    expect(historyState(reopened).canRedo).toBe(false);
    undo(reopened);
    undo(reopened);
    undo(reopened);
    expect(count()).toBe(0);
  });

  it('brings back a deleted case with its documents and codings', () => {
    const ctx = t.session.context();
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    const caseId = listCases(ctx.store)[0]!.id;
    deleteCase(ctx, caseId);
    expect(listCases(ctx.store)).toEqual([]);
    undo(ctx.store);
    expect(listCases(ctx.store)).toMatchObject([{ name: 'P1', documentCount: 1, segmentCount: 1 }]);
    expect(ctx.store.db.pragma('foreign_key_check')).toEqual([]);
    redo(ctx.store);
    expect(listCases(ctx.store)).toEqual([]);
  });

  it('drops the redo branch when a new action is taken', () => {
    const ctx = t.session.context();
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    undo(ctx.store);
    applyCode(ctx, { documentId, start: 5, end: 8, codeId: code('Valence/Positive') });
    expect(historyState(ctx.store).canRedo).toBe(false);
  });
});

describe('segment list queries', () => {
  it('filters by quote text (literal % and _), code, coder and coding date, and sorts by each key', () => {
    const ctx = t.session.context();
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    applyCode(ctx, { documentId, start: 22, end: 30, codeId: code('Valence/Negative') });
    t.session.settings.setCoderName('Boris');
    applyCode(t.session.context(), { documentId, start: 5, end: 13, codeId: code('STEEPL/Technological') });
    const q = (extra: object) =>
      querySegments(ctx.store, { sort: 'position', descending: false, offset: 0, limit: 50, ...extra }).rows.map((r) => r.quote);
    expect(q({})).toEqual(['Good', 'internet', 'Bad rent']);
    expect(q({ quote: 'RENT' })).toEqual(['Bad rent']);
    expect(q({ quote: '%' })).toEqual([]);
    expect(q({ codeId: code('STEEPL/Technological') })).toEqual(['internet']);
    expect(q({ coder: 'Ada' })).toEqual(['Good', 'Bad rent']);
    const today = new Date().toISOString().slice(0, 10);
    expect(q({ dateFrom: today, dateTo: today })).toHaveLength(3);
    expect(q({ dateTo: '2000-01-01' })).toEqual([]);
    expect(q({ sort: 'quote' })).toEqual(['Bad rent', 'Good', 'internet']);
    expect(q({ sort: 'quote', descending: true })).toEqual(['internet', 'Good', 'Bad rent']);
    expect(q({ sort: 'codes' })).toEqual(['Bad rent', 'Good', 'internet']);
    expect(q({ sort: 'coder', descending: true })[0]).toBe('internet');
    const page = querySegments(ctx.store, { sort: 'position', descending: false, offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, rows: [{ quote: 'internet' }] });
    expect(querySegments(ctx.store, { sort: 'position', descending: false, offset: 0, limit: 1, countTotal: false }).total).toBe(-1);
    // Filtered by a quote's letters, a page and the number of matching segments come from one read:
    // the number is of every match, on any page, past the last one too.
    const matching = (sort: 'quote' | 'case' | 'position', offset: number) => querySegments(ctx.store, { sort, descending: false, offset, limit: 1, quote: 'N' });
    expect(matching('quote', 0)).toMatchObject({ total: 2, rows: [{ quote: 'Bad rent' }] });
    expect(matching('quote', 1)).toMatchObject({ total: 2, rows: [{ quote: 'internet' }] });
    expect(matching('case', 1)).toMatchObject({ total: 2, rows: [{ quote: 'Bad rent' }] });
    expect(matching('quote', 2)).toEqual({ total: 2, rows: [] });
  });

  it("lists a segment both coders coded, for one of them, with that coder's codes alone", () => {
    const ctx = t.session.context();
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    t.session.settings.setCoderName('Boris');
    applyCode(t.session.context(), { documentId, start: 0, end: 4, codeId: code('STEEPL/Technological') });
    const row = (extra: object) => querySegments(ctx.store, { sort: 'position', descending: false, offset: 0, limit: 50, ...extra }).rows[0];
    expect(row({})).toMatchObject({ codes: ['Positive', 'Technological'], coders: ['Ada', 'Boris'] });
    expect(row({ coder: 'Ada' })).toMatchObject({ codes: ['Positive'], coders: ['Ada'] });
    expect(row({ coder: 'Boris', codeId: code('STEEPL/Technological') })).toMatchObject({ codes: ['Technological'], coders: ['Boris'] });
  });
});

describe('history edge cases', () => {
  it('keeps the redo stack when an action changes nothing (coding a span again with its code)', () => {
    const ctx = t.session.context();
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    applyCode(ctx, { documentId, start: 5, end: 13, codeId: code('Valence/Positive') });
    undo(ctx.store);
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    expect(historyState(ctx.store).canRedo).toBe(true);
  });
});
