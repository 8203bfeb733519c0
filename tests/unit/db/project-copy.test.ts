/**
 * Save a copy for a second coder: the material and the codebook go, the first coder's codings
 * (their segments, their memos) and the undo history stay behind; the open project is untouched,
 * and a copy that fails leaves nothing at its target.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyState } from '../../../main/db/history.js';
import { listAttributes } from '../../../main/db/repos/attributes.js';
import { listCases } from '../../../main/db/repos/cases.js';
import { findCodeByPath, getCodebook } from '../../../main/db/repos/codebook.js';
import { getDocumentText, listDocuments } from '../../../main/db/repos/documents.js';
import { insertSet, addSetMember } from '../../../main/db/repos/sets.js';
import { Store } from '../../../main/db/store.js';
import { AppError } from '../../../main/errors.js';
import { createAttribute, setAttributeValue } from '../../../main/services/attributes.js';
import { createCase, createGroup } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { createMemo } from '../../../main/services/memos.js';
import { importCaseTable, pasteText } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

// Passed through, unless a test makes opening the copy's private file fail.
const failOpening = vi.hoisted(() => ({ partial: false }));
vi.mock('../../../main/db/sqlite.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../main/db/sqlite.js')>();
  return {
    ...original,
    openSqlite: (path: string, options?: Parameters<typeof original.openSqlite>[1]) => {
      if (failOpening.partial && path.endsWith('.partial')) throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
      return original.openSqlite(path, options);
    },
  };
});

const TEXT = 'Slow internet, friendly neighbours, high rent.';
let t: TestSession;
let original: string;

const count = (store: Store, table: string) => store.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const memoNames = (store: Store) => store.prepare('SELECT name FROM memo ORDER BY name').pluck().all() as string[];

beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('study');
  const ctx = t.session.context();
  original = ctx.store.path;
  const group = createGroup(ctx, 'Programmers');
  const anna = createCase(ctx, 'Anna', group.id);
  pasteText(ctx, anna.id, 'Anna interview', TEXT);
  const city = createAttribute(ctx, 'City', 'text', []);
  setAttributeValue(ctx, anna.id, city.id, 'Almaty');
  const documentId = listDocuments(ctx.store)[0]!.id;
  const negative = findCodeByPath(ctx.store, 'Valence', 'Negative')!.id;
  const { segmentId: segment } = applyCode(ctx, { documentId, start: 0, end: 13, codeId: negative });
  applyCode(ctx, { documentId, start: 36, end: 45, codeId: findCodeByPath(ctx.store, 'STEEPL', 'Economic')!.id });
  createMemo(ctx, { kind: 'project', id: null }, 'Project memo', 'What the study asks.');
  createMemo(ctx, { kind: 'code', id: negative }, 'Code memo', 'When a fact is negative.');
  createMemo(ctx, { kind: 'document', id: documentId }, 'Document memo', 'Recorded in May.');
  createMemo(ctx, { kind: 'segment', id: segment }, 'Segment memo', 'Ada read this as a complaint.');
  // A memo on a coding and on the case as well (REFI-QDA brings such links), in a set with the document.
  ctx.store.transaction(() => {
    const coding = ctx.store.prepare('SELECT id FROM coding WHERE segment_id = ?').pluck().get(segment) as number;
    const memo = ctx.store.prepare("INSERT INTO memo (guid, name, text, created_at) VALUES ('m-coding', 'Coding memo', 'Ada was unsure.', '2026-01-01T00:00:00.000Z')").run().lastInsertRowid;
    ctx.store.prepare("INSERT INTO memo_link (memo_id, target_kind, target_id) VALUES (?, 'coding', ?), (?, 'case', ?)").run(memo, coding, memo, anna.id);
    const set = insertSet(ctx.store, { name: 'To read again', description: '' });
    addSetMember(ctx.store, set, 'memo', Number(memo));
    addSetMember(ctx.store, set, 'document', documentId);
  });
});
afterEach(() => {
  failOpening.partial = false;
  t.dispose();
});

describe('a copy for a second coder', () => {
  it('has the material and the codebook, but no segments, codings, their memos or undo history', () => {
    const ours = t.session.context().store;
    const before = { segments: count(ours, 'segment'), codings: count(ours, 'coding'), steps: count(ours, 'history_step'), undo: historyState(ours).undoLabel };
    const target = join(t.home, 'for-boris.casecoder');
    expect(t.session.saveCopy(target, { withoutCodings: true })).toBe(target);

    // It opens as any project (schema and pages checked).
    const copy = Store.open(target);
    try {
      // Cases with their group and attribute values, nothing coded in them.
      expect(listCases(copy)).toEqual(listCases(ours).map((c) => ({ ...c, segmentCount: 0 })));
      expect(listCases(copy)[0]).toMatchObject({ name: 'Anna', groupId: expect.any(Number) });
      expect(listAttributes(copy).map((a) => a.name)).toEqual(['City']);
      expect(count(copy, 'case_group')).toBe(1);
      expect(copy.meta('name')).toBe('for-boris');
      const [document] = listDocuments(copy);
      expect(getDocumentText(copy, document!.id)).toBe(TEXT);
      expect(JSON.stringify(getCodebook(copy))).toBe(JSON.stringify(getCodebook(ours)));
      expect(count(copy, 'segment')).toBe(0);
      expect(count(copy, 'coding')).toBe(0);
      expect(memoNames(copy)).toEqual(['Code memo', 'Document memo', 'Project memo']);
      expect(count(copy, "memo_link WHERE target_kind IN ('segment', 'coding')")).toBe(0);
      expect(copy.prepare('SELECT member_kind FROM set_member').pluck().all()).toEqual(['document']);
      expect(count(copy, 'history_step') + count(copy, 'history_change') + count(copy, 'history_row_image')).toBe(0);
      expect(historyState(copy).undoLabel).toBeNull();
      // Nothing deleted is left in the file's free pages for a curious second coder.
      expect(copy.prepare('PRAGMA freelist_count').pluck().get()).toBe(0);
    } finally {
      copy.close();
    }

    // The open project is as it was, and only the copy was written.
    expect(t.session.context().store.path).toBe(original);
    expect({ segments: count(ours, 'segment'), codings: count(ours, 'coding'), steps: count(ours, 'history_step'), undo: historyState(ours).undoLabel }).toEqual(before);
    expect(memoNames(ours)).toContain('Segment memo');
    expect(readdirSync(t.home).filter((name) => name.includes('for-boris'))).toEqual(['for-boris.casecoder']);
  });

  it("keeps a case table's valence, which the table gave, not the first coder; her coding on its cells goes", () => {
    const ctx = t.session.context();
    importCaseTable(ctx, 'table.csv', new TextEncoder().encode('Case,Positive facts,Negative facts\nP1,Low taxes.,Slow internet.\n'), 'Programmers');
    const cell = listDocuments(ctx.store).find((d) => d.name === 'P1 — Negative facts')!;
    // Ada codes the whole cell as well: one span, the table's segment, her coding on it.
    applyCode(ctx, { documentId: cell.id, start: 0, end: 14, codeId: findCodeByPath(ctx.store, 'STEEPL', 'Technological')!.id });
    const target = join(t.home, 'for-boris.casecoder');
    t.session.saveCopy(target, { withoutCodings: true });
    const copy = Store.open(target);
    try {
      const kept = copy.prepare(`
        SELECT d.name, s.quote, k.name AS code, c.name AS coder FROM coding g
        JOIN segment s ON s.id = g.segment_id JOIN document d ON d.id = s.document_id JOIN code k ON k.id = g.code_id JOIN coder c ON c.id = g.coder_id
        ORDER BY d.name`).all();
      expect(kept).toEqual([
        { name: 'P1 — Negative facts', quote: 'Slow internet.', code: 'Negative', coder: 'Case table' },
        { name: 'P1 — Positive facts', quote: 'Low taxes.', code: 'Positive', coder: 'Case table' },
      ]);
      expect(count(copy, 'segment')).toBe(2);
    } finally {
      copy.close();
    }
  });

  it('keeps the codings in an ordinary copy, named for its file', () => {
    const target = join(t.home, 'whole.casecoder');
    t.session.saveCopy(target);
    const copy = Store.open(target);
    try {
      expect(count(copy, 'coding')).toBe(2);
      expect(historyState(copy).undoLabel).not.toBeNull();
      // Opened, it says which file it is; the open project keeps its own name.
      expect(copy.meta('name')).toBe('whole');
      expect(t.session.context().store.meta('name')).not.toBe('whole');
    } finally {
      copy.close();
    }
  });

  it('leaves nothing at the target when it fails, and says why as a copy\'s failure', () => {
    const target = join(t.home, 'failed.casecoder');
    failOpening.partial = true;
    const error = (() => {
      try {
        t.session.saveCopy(target, { withoutCodings: true });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('copyFailed');
    expect((error as AppError).params).toMatchObject({ path: target });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(t.home).filter((name) => name.includes('failed'))).toEqual([]);
    expect(count(t.session.context().store, 'coding')).toBe(2);

    // A folder that is a file: said as such, not as an internal error.
    writeFileSync(join(t.home, 'not-a-folder'), '');
    expect(() => t.session.saveCopy(join(t.home, 'not-a-folder', 'copy.casecoder'), { withoutCodings: true })).toThrow(
      expect.objectContaining({ code: 'copyNoFolder', params: expect.objectContaining({ folder: join(t.home, 'not-a-folder') }) }),
    );
    // A target that exists is refused and left as it was.
    writeFileSync(join(t.home, 'taken.casecoder'), 'theirs');
    expect(() => t.session.saveCopy(join(t.home, 'taken.casecoder'), { withoutCodings: true })).toThrow(expect.objectContaining({ code: 'projectExists' }));
  });
});
