import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDocuments } from '../../../main/db/repos/documents.js';
import type { ReadStore } from '../../../main/db/store.js';
import { undo } from '../../../main/db/history.js';
import { createCase } from '../../../main/services/cases.js';
import { deleteDocument } from '../../../main/services/documents.js';
import { pasteText } from '../../../main/services/text-import.js';
import { listAllDocuments } from '../../../main/services/document-list.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let caseId: number;
/** The store, with the SQL of each statement run through it recorded. */
let store: ReadStore;
let prepared: string[];

beforeEach(() => {
  t = newTestSession();
  t.session.createProject('study');
  const ctx = t.session.context();
  caseId = createCase(ctx, 'P1', null).id;
  pasteText(ctx, caseId, 'Interview', 'Good internet 😀 here.');
  pasteText(ctx, caseId, 'Notes', 'Аренда дорогая.');
  prepared = [];
  const inner = ctx.store;
  store = { path: inner.path, meta: (key) => inner.meta(key), prepare: (sql) => (prepared.push(sql), inner.prepare(sql)) };
});
afterEach(() => t.dispose());

const countsText = () => prepared.filter((sql) => /\blength\(text\)/.test(sql)).length;

describe('the list of every document', () => {
  it('lists what listDocuments lists, lengths in code points included', () => {
    expect(listAllDocuments(store)).toEqual(listDocuments(t.session.context().store));
    expect(listAllDocuments(store).map((d) => d.length)).toEqual([21, 15]);
  });

  it('counts each text once: a later list reads only the texts added since', () => {
    listAllDocuments(store);
    expect(countsText()).toBe(1);
    listAllDocuments(store);
    expect(countsText()).toBe(1);
    pasteText(t.session.context(), caseId, 'Later', 'abc');
    expect(listAllDocuments(store).map((d) => d.length)).toEqual([21, 15, 3]);
    expect(countsText()).toBe(2);
  });

  it('measures a new text again under an id used before', () => {
    const ctx = t.session.context();
    expect(listAllDocuments(store).map((d) => d.length)).toEqual([21, 15]);
    const last = listDocuments(ctx.store).at(-1)!.id;
    deleteDocument(ctx, last);
    pasteText(ctx, caseId, 'Other', 'a longer text than the one before');
    const reused = listAllDocuments(store).at(-1)!;
    expect(reused.id).toBe(last);
    expect(reused.length).toBe(33);
    // Undo brings the same text back under its own guid, measured again.
    undo(ctx.store);
    undo(ctx.store);
    expect(listAllDocuments(store).map((d) => d.length)).toEqual([21, 15]);
  });
});
