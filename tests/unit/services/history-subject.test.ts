/**
 * Undo and redo name what a step acted on: the coding's code, the case, the code, the
 * document, read from the step's log whether the step is done or undone (its rows then gone).
 * A case in a group is named with it, as lists name a case outside its group.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { documentSegments } from '../../../main/db/repos/segments.js';
import { historyState, redo, undo } from '../../../main/db/history.js';
import { createCase, createGroup, deleteCase, renameCase } from '../../../main/services/cases.js';
import { createCode, deleteCode, mergeCode } from '../../../main/services/codebook.js';
import { applyCode, changeCoding, removeCoding } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let documentId: number;
let caseId: number;
const code = (path: string) => findCodeByPath(t.session.context().store, ...(path.split('/') as [string, string]))!.id;
const subjects = () => {
  const { undoLabel, undoSubject, redoLabel, redoSubject } = historyState(t.session.context().store);
  return { undo: [undoLabel, undoSubject], redo: [redoLabel, redoSubject] };
};

beforeEach(() => {
  t = newTestSession();
  t.session.createProject('study');
  const ctx = t.session.context();
  caseId = createCase(ctx, 'P1', null).id;
  pasteText(ctx, caseId, 'Interview', 'Good internet here. Bad rent prices.');
  documentId = listDocuments(ctx.store, caseId)[0]!.id;
});
afterEach(() => t.dispose());

describe('the subject of an undo or redo', () => {
  it("is a coding's code, done and undone, the new code of a changed coding, the removed coding's", () => {
    const ctx = t.session.context();
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    expect(subjects().undo).toEqual(['coding.apply', 'Positive']);
    undo(ctx.store);
    expect(subjects().redo).toEqual(['coding.apply', 'Positive']);
    redo(ctx.store);
    const [coding] = documentSegments(ctx.store, documentId)[0]!.codings;
    changeCoding(ctx, coding!.id, code('Valence/Negative'));
    expect(subjects().undo).toEqual(['coding.change', 'Negative']);
    const [changed] = documentSegments(ctx.store, documentId)[0]!.codings;
    removeCoding(ctx, changed!.id);
    expect(subjects().undo).toEqual(['coding.remove', 'Negative']);
  });

  it("places a coding step in its document, done and undone (its new segment then gone), and no other step", () => {
    const ctx = t.session.context();
    const place = () => {
      const { undoPlace, redoPlace } = historyState(ctx.store);
      return { undo: undoPlace, redo: redoPlace };
    };
    const group = createGroup(ctx, 'Предприниматели');
    const other = createCase(ctx, '3', group.id);
    pasteText(ctx, other.id, 'Сұхбат Алматы', 'Жұмыс бар. Үй қымбат.');
    const otherDocument = listDocuments(ctx.store, other.id)[0]!.id;
    expect(place().undo).toBeNull();
    applyCode(ctx, { documentId: otherDocument, start: 0, end: 10, codeId: code('STEEPL/Sociocultural') });
    const there = { documentId: otherDocument, documentName: 'Сұхбат Алматы', caseName: '3', groupName: 'Предприниматели' };
    expect(place().undo).toEqual(there);
    undo(ctx.store);
    expect(documentSegments(ctx.store, otherDocument)).toEqual([]);
    expect(place().redo).toEqual(there);
    // A second code on a segment already there, and its removal.
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('Valence/Positive') });
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('STEEPL/Technological') });
    const here = { documentId, documentName: 'Interview', caseName: 'P1', groupName: null };
    expect(place().undo).toEqual(here);
    removeCoding(ctx, documentSegments(ctx.store, documentId)[0]!.codings[0]!.id);
    expect(place().undo).toEqual(here);
    renameCase(ctx, caseId, 'P2');
    expect(place().undo).toBeNull();
  });

  it("is a case's name after its renaming, and a deleted code's", async () => {
    const ctx = t.session.context();
    renameCase(ctx, caseId, 'Айгерим');
    expect(subjects().undo).toEqual(['cases.rename', 'Айгерим']);
    await deleteCode(ctx, code('STEEPL/Legal'));
    expect(subjects().undo).toEqual(['codes.delete', 'Legal']);
    undo(ctx.store);
    expect(subjects().redo).toEqual(['codes.delete', 'Legal']);
    // A step with no one subject names none.
    pasteText(ctx, caseId, 'Notes', 'More.');
    expect(subjects().undo[1]).toBeNull();
  });

  it('is both codes of a merge, the merged one with sub-codes and the one merged into, even when nothing moved', async () => {
    const ctx = t.session.context();
    const merged = () => {
      const { undoLabel, undoSubject, undoTarget, redoLabel, redoSubject, redoTarget } = historyState(ctx.store);
      return { undo: [undoLabel, undoSubject, undoTarget], redo: [redoLabel, redoSubject, redoTarget] };
    };
    applyCode(ctx, { documentId, start: 0, end: 4, codeId: code('STEEPL/Technological') });
    const economic = code('STEEPL/Economic');
    createCode(ctx, { frameworkId: findCodeByPath(ctx.store, 'STEEPL', 'Economic')!.frameworkId, parentId: economic, name: 'Rent', color: '#123456', description: '' });
    await mergeCode(ctx, economic, code('STEEPL/Technological'));
    expect(merged().undo).toEqual(['codes.merge', 'Economic', 'Technological']);
    undo(ctx.store);
    expect(merged().redo).toEqual(['codes.merge', 'Economic', 'Technological']);
    // Legal has no codings and no memos: the merge moves nothing, and still says where it went.
    await mergeCode(ctx, code('STEEPL/Legal'), code('STEEPL/Political'));
    expect(merged().undo).toEqual(['codes.merge', 'Legal', 'Political']);
    undo(ctx.store);
    expect(findCodeByPath(ctx.store, 'STEEPL', 'Political')?.name).toBe('Political');
    // No other step has a target.
    renameCase(ctx, caseId, 'P2');
    expect(merged().undo).toEqual(['cases.rename', 'P2', null]);
  });

  it("is a case's name with its group's, deleted and undeleted", async () => {
    const ctx = t.session.context();
    const group = createGroup(ctx, 'Предприниматели');
    const fourth = createCase(ctx, '4', group.id);
    expect(subjects().undo).toEqual(['cases.create', 'Предприниматели · 4']);
    await deleteCase(ctx, fourth.id);
    expect(subjects().undo).toEqual(['cases.delete', 'Предприниматели · 4']);
    undo(ctx.store);
    expect(subjects().redo).toEqual(['cases.delete', 'Предприниматели · 4']);
    // A case in no group is named alone, as before.
    renameCase(ctx, caseId, 'P2');
    expect(subjects().undo).toEqual(['cases.rename', 'P2']);
  });
});
