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
import { applyCode } from '../../../main/services/coding.js';
import { KEPT_UNITS, keptAfterCoding, spanOfDocument } from '../../../main/services/coding-texts.js';
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
          .prepare("INSERT INTO document (id, guid, case_id, name, text, origin, created_at) VALUES (?, ?, ?, 'D', ?, 'paste', '2026-12-01')")
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

  it(`keep at most ${KEPT_UNITS} UTF-16 units, the least recently coded text dropped first`, () => {
    const half = 'й'.repeat(KEPT_UNITS / 2 + 1);
    const [a, b] = [addDocument(`a${half}`), addDocument(`b${half}`)];
    for (const id of [a, b, b, a]) spanOfDocument(store, id, 0, 1);
    // a, b (a dropped when b came), b kept, a again.
    expect(textReads).toBe(3);
  });
});
