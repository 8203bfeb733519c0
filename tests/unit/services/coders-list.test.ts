/**
 * The coders a list or table is filtered by and agreement compares are those with a coding. In a
 * second coder's copy the coder who made it, with no coding there, was offered and ticked, and
 * the tables' note spoke of three coders where two had coded (review-en-1206b #2).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { createCase } from '../../../main/services/cases.js';
import { listCoders } from '../../../main/services/coders.js';
import { applyCode, removeCoding } from '../../../main/services/coding.js';
import { createMemo } from '../../../main/services/memos.js';
import { importCaseTable, pasteText } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
afterEach(() => t.dispose());

describe('the coders listed', () => {
  it('are those with a coding: not a copy\'s maker, nor a coder whose codings are gone or who only wrote a memo', () => {
    t = newTestSession('Emma');
    const ours = join(t.home, 'ours.casecoder');
    t.session.createProject(ours);
    const ctx = t.session.context();
    importCaseTable(ctx, 'table.csv', new TextEncoder().encode('Case,Positive facts\nP1,Low taxes.\n'), 'Programmers');
    const item = createCase(ctx, 'P2', null);
    pasteText(ctx, item.id, 'Interview', 'Renting was the hard part.');
    const documentId = listDocuments(ctx.store, item.id)[0]!.id;
    const positive = findCodeByPath(ctx.store, 'Valence', 'Positive')!.id;
    applyCode(ctx, { documentId, start: 0, end: 7, codeId: positive });
    expect(listCoders(ctx, true)).toEqual(['Emma']);

    const copy = join(t.home, 'copy.casecoder');
    t.session.saveCopy(copy, { withoutCodings: true });
    t.session.openProject(copy);
    t.session.setCoder('Ольга');
    const theirs = t.session.context();
    expect(listCoders(theirs)).toEqual(['Case table']);
    expect(listCoders(theirs, true)).toEqual([]);
    const { segmentId } = applyCode(theirs, { documentId, start: 0, end: 7, codeId: positive });
    expect(listCoders(theirs, true)).toEqual(['Ольга']);

    t.session.setCoder('Boris');
    const boris = t.session.context();
    createMemo(boris, { kind: 'segment', id: segmentId }, '', 'A memo, no coding.');
    const { segmentId: borisSegment } = applyCode(boris, { documentId, start: 8, end: 11, codeId: positive });
    expect(listCoders(boris, true)).toEqual(['Boris', 'Ольга']);
    removeCoding(boris, boris.store.prepare('SELECT id FROM coding WHERE segment_id = ?').pluck().get(borisSegment) as number);
    expect(listCoders(boris, true)).toEqual(['Ольга']);
    expect(listCoders(boris)).toEqual(['Case table', 'Ольга']);
  });
});
