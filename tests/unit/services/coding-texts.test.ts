/**
 * The texts kept between codings (main/services/coding-texts.ts): a span is the document's text
 * in code points, read from SQLite once while nothing else changes, and read again after any
 * other change, on this connection or another, even one that puts a new text under an old id.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCase } from '../../../main/db/repos/cases.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { deleteDocument, insertDocument } from '../../../main/db/repos/documents.js';
import type { Store } from '../../../main/db/store.js';
import { applyCode, removeCoding } from '../../../main/services/coding.js';
import { getDocumentView } from '../../../main/services/documents.js';
import { KEPT_UNITS, MAX_KEPT_TEXT_BYTES, keptAfterCoding, spanOfDocument } from '../../../main/services/coding-texts.js';
import { codePointLength } from '../../../shared/offsets.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

const TEXT = 'Good internet 😀 here.\nБюрократия — ҚАЗАҚ тілі 𝕏𝕐.\nCafe\u0301 ok 中文 🇰🇿 end';
const TEXT_READ = 'SELECT text FROM document WHERE id = ?';

let t: TestSession;
let store: Store;
let textReads: number;
beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('texts');
  store = t.session.context().store;
  textReads = 0;
  const prepare = store.prepare.bind(store);
  store.prepare = (sql: string) => {
    if (sql === TEXT_READ) textReads++;
    return prepare(sql);
  };
});
afterEach(() => t.dispose());

/** Code points start..end of a text, counted independently of the code under test. */
const codePoints = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

const addDocument = (text: string) => insertDocument(store, insertCase(store, `C${Math.random()}`, null), 'D', text, 'paste');

/** A coding through the service, as a coder makes it. */
function code(documentId: number, start: number, end: number): void {
  applyCode(t.session.context(), { documentId, start, end, codeId: getCodebook(store).codes[0]!.id });
}

describe('spans of documents being coded', () => {
  it('are the text in code points; a span past the end comes back short; no document gives undefined', () => {
    const documentId = addDocument(TEXT);
    const length = codePointLength(TEXT);
    for (let start = 0; start < length; start += 3) {
      for (const end of [start + 1, start + 2, start + 7, length]) {
        if (end > length || end <= start) continue;
        expect(spanOfDocument(store, documentId, start, end)).toBe(codePoints(TEXT, start, end));
      }
      expect(spanOfDocument(store, documentId, start, length + 2)).toBe(codePoints(TEXT, start, length));
    }
    expect(spanOfDocument(store, documentId + 1, 0, 1)).toBeUndefined();
  });

  it('read the text once while only codings change the project', () => {
    const documentId = addDocument(TEXT);
    for (let start = 0; start < 20; start++) code(documentId, start, start + 5);
    expect(textReads).toBe(1);
    const quotes = store.prepare('SELECT quote FROM segment ORDER BY start').pluck().all();
    expect(quotes).toEqual(Array.from({ length: 20 }, (_, start) => codePoints(TEXT, start, start + 5)));
  });

  it('read the text once while codings are made and taken off', () => {
    const documentId = addDocument(TEXT);
    code(documentId, 0, 5);
    removeCoding(t.session.context(), store.prepare('SELECT id FROM coding').pluck().get() as number);
    code(documentId, 3, 8);
    expect(textReads).toBe(1);
    expect(store.prepare('SELECT quote FROM segment').pluck().all()).toEqual([codePoints(TEXT, 3, 8)]);
  });

  it("read it again after another change, even one a coding's removal followed", () => {
    const other = addDocument('Другой документ');
    code(other, 0, 6);
    const kept = addDocument('Первый текст документа');
    expect(spanOfDocument(store, kept, 0, 6)).toBe('Первый');
    deleteDocument(store, kept);
    expect(addDocument('Второй текст, другой')).toBe(kept);
    removeCoding(t.session.context(), store.prepare('SELECT id FROM coding').pluck().get() as number);
    expect(spanOfDocument(store, kept, 0, 6)).toBe('Второй');
  });

  it('read it again after another change on this connection: a new text under an old id is seen', () => {
    const first = addDocument('Первый текст документа');
    expect(spanOfDocument(store, first, 0, 6)).toBe('Первый');
    // The newest document deleted: SQLite gives its id to the next one.
    deleteDocument(store, first);
    expect(addDocument('Второй текст, другой')).toBe(first);
    expect(spanOfDocument(store, first, 0, 6)).toBe('Второй');
    expect(textReads).toBe(2);
  });

  it("read it again after another connection's commit, even one that landed before a coding here moved the counts", () => {
    const documentId = addDocument('Алғашқы мәтін');
    const other = new Database(store.path);
    let n = 0;
    /** Another connection's commit: the document deleted and a new text put under its id. */
    const replaceText = () =>
      other.transaction(() => {
        const { case_id: caseId } = other.prepare('SELECT case_id FROM document WHERE id = ?').get(documentId) as { case_id: number };
        other.prepare('DELETE FROM document WHERE id = ?').run(documentId);
        other
          .prepare("INSERT INTO document (id, guid, case_id, name, text, origin, created_at) VALUES (?, ?, ?, 'D', ?, 'paste', '2026-12-01T00:00:00.000Z')")
          .run(documentId, `replaced-${++n}`, caseId, `Жаңа${n} мәтін`);
      })();
    try {
      expect(spanOfDocument(store, documentId, 0, 7)).toBe('Алғашқы');
      replaceText();
      expect(spanOfDocument(store, documentId, 0, 5)).toBe('Жаңа1');
      replaceText();
      // Rows of our own written after their commit, then counted as a coding's.
      insertCase(store, 'Ours', null);
      keptAfterCoding(store);
      expect(spanOfDocument(store, documentId, 0, 5)).toBe('Жаңа2');
    } finally {
      other.close();
    }
  });

  it('keep the text the app just read to show, so its first coding reads nothing more', () => {
    const documentId = addDocument(TEXT);
    expect(getDocumentView(t.session.context(), documentId).text).toBe(TEXT);
    code(documentId, 14, 17);
    expect(textReads).toBe(0);
    expect(store.prepare('SELECT quote FROM segment').pluck().all()).toEqual([codePoints(TEXT, 14, 17)]);
  });

  it(`keep at most ${KEPT_UNITS} UTF-16 units, the least recently coded text dropped first`, () => {
    // Four fill the bound; a fifth drops whichever was coded longest ago.
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((letter) => addDocument(letter.repeat(KEPT_UNITS / 4 - 1000))) as [number, number, number, number, number];
    const readsOf = (id: number) => {
      const before = textReads;
      expect(spanOfDocument(store, id, 0, 2)).toBe(spanOfDocument(store, id, 1, 3));
      return textReads - before;
    };
    expect([a, b, c, d].map(readsOf)).toEqual([1, 1, 1, 1]);
    expect(readsOf(a)).toBe(0);
    expect(readsOf(e)).toBe(1);
    // b went (a was coded again since), not a, nor e, the newest.
    expect([a, e, b].map(readsOf)).toEqual([0, 0, 1]);
  });

  it(`cut a text of over ${MAX_KEPT_TEXT_BYTES} UTF-8 bytes in SQLite, keeping nothing`, () => {
    const long = `𝕏${'қ'.repeat(MAX_KEPT_TEXT_BYTES / 2)}end`;
    const documentId = addDocument(long);
    const length = codePointLength(long);
    expect(spanOfDocument(store, documentId, 0, 3)).toBe('𝕏ққ');
    expect(spanOfDocument(store, documentId, length - 4, length + 5)).toBe('қend');
    expect(textReads).toBe(0);
  });

  it("keep nothing inside a caller's transaction, which may roll back without moving the counts", () => {
    const documentId = addDocument('AAAAAAAAAA');
    /** The document deleted and another put under its id, then coded, in one transaction of the caller's. */
    const replaceAndCode = (text: string, rollBack: boolean) =>
      store.transaction(() => {
        deleteDocument(store, documentId);
        expect(addDocument(text)).toBe(documentId);
        if (!rollBack) return code(documentId, 0, 3);
        // A coding refused after its span was cut (no such code) writes nothing: the counts stay.
        expect(() => applyCode(t.session.context(), { documentId, start: 0, end: 3, codeId: -1 })).toThrow();
        throw new Error('rolled back');
      });
    expect(() => replaceAndCode('BBBBBBBBBB', true)).toThrow('rolled back');
    code(documentId, 2, 5);
    expect(store.prepare('SELECT quote FROM segment').pluck().all()).toEqual(['AAA']);
    // That coding kept the text, outside a transaction; a replacement committed in one is seen.
    replaceAndCode('CCCCCCCCCC', false);
    code(documentId, 4, 7);
    expect(store.prepare('SELECT quote FROM segment ORDER BY start').pluck().all()).toEqual(['CCC', 'CCC']);
  });
});
