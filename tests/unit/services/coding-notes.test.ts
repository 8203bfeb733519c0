/**
 * Notes on single codings, as a REFI-QDA package carries them (a NoteRef inside <Coding>), are
 * where a researcher reads codings: the segment list's row names its codings that have notes
 * (code, coder, how many, the first one's beginning), the open document's codings count theirs,
 * the memo list has them on their segment's passage, and they are read, changed and added to as
 * any memo. Before, they were imported and exported but shown nowhere.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { importRefi } from '../../../main/refi/import.js';
import { getDocumentView } from '../../../main/services/documents.js';
import { createMemo, findMemos, listMemos, updateMemo } from '../../../main/services/memos.js';
import { querySegments } from '../../../main/services/segments.js';
import { qdpx } from '../refi/package.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
const TEXT = 'Аренда съедает половину зарплаты. Соседи помогли с документами.';
const NOTE = 'Кодировщик не уверен: речь скорее об экономике, чем о жилье.';

beforeEach(async () => {
  t = newTestSession('Ирина');
  t.session.createProject('notes');
  const package_ = qdpx({
    codes: [{ guid: '11111111-1111-4111-8111-111111111111', name: 'Негативное' }, { guid: '22222222-2222-4222-8222-222222222222', name: 'Социокультурные' }],
    sources: [{
      name: 'Интервью', text: TEXT, selections: [
        { start: 0, end: 33, codeGuid: '11111111-1111-4111-8111-111111111111', codingNote: NOTE },
        { start: 34, end: 63, codeGuid: '22222222-2222-4222-8222-222222222222' },
      ],
    }],
  });
  await importRefi(t.session.context(), 'notes.qdpx', package_);
});
afterEach(() => t.dispose());

describe('notes on single codings', () => {
  it('are named on the segment list\'s row, by code and coder, read off the indexes or sorted in a job, and for their coder alone', async () => {
    const ctx = t.session.context();
    for (const sort of ['position', 'quote'] as const) {
      const page = await querySegments(ctx, { sort, descending: false, offset: 0, limit: 10, countTotal: true });
      const byQuote = new Map(page.rows.map((r) => [r.quote, r.notedCodings]));
      expect(byQuote.get(TEXT.slice(0, 33))).toEqual([{ codingId: expect.any(Number), code: 'Негативное', coder: 'Tester', memoCount: 1, firstText: NOTE }]);
      expect(byQuote.get(TEXT.slice(34))).toEqual([]);
    }
    // Listed for another coder, that coder's codes alone, and no note of Tester's.
    const other = await querySegments(ctx, { sort: 'position', descending: false, offset: 0, limit: 10, countTotal: true, coder: 'Ирина' });
    expect(other.rows.flatMap((r) => r.notedCodings)).toEqual([]);
  });

  it('are counted on the open document\'s codings, and read, changed and added to as memos on the coding', () => {
    const ctx = t.session.context();
    const documentId = listDocuments(ctx.store)[0]!.id;
    const codings = getDocumentView(ctx, documentId).segments.flatMap((s) => s.codings);
    expect(codings.map((c) => c.memoCount).sort()).toEqual([0, 1]);
    const noted = codings.find((c) => c.memoCount === 1)!;
    const target = { kind: 'coding', id: noted.id } as const;
    const [memo] = listMemos(ctx, target);
    expect(memo!.text).toBe(NOTE);
    updateMemo(ctx, memo!.id, { text: 'Скорее экономика.' });
    createMemo(ctx, target, '', 'Второе мнение.');
    expect(listMemos(ctx, target).map((m) => m.text)).toEqual(['Скорее экономика.', 'Второе мнение.']);
    expect(getDocumentView(ctx, documentId).segments.flatMap((s) => s.codings).find((c) => c.id === noted.id)!.memoCount).toBe(2);
  });

  it('are in the memo list, on their code and passage, which they open', () => {
    const ctx = t.session.context();
    const [row] = findMemos(ctx, { kind: 'coding' });
    expect(row).toMatchObject({ targetKind: 'coding', text: NOTE, targetLabel: `Негативное · ${TEXT.slice(0, 33)}`, start: 0, end: 33 });
    expect(row!.documentId).toBe(listDocuments(ctx.store)[0]!.id);
    expect(findMemos(ctx, {}).map((m) => m.targetKind)).toContain('coding');
  });
});
