/**
 * Notes on single codings, as a REFI-QDA package carries them (a NoteRef inside <Coding>), are
 * where a researcher reads codings: the segment list's row names its codings that have notes
 * (code, coder, how many, the first one's beginning), the open document's codings count theirs,
 * the memo list has them on their segment's passage, and they are read, changed and added to as
 * any memo. Before, they were imported and exported but shown nowhere. A researcher writes the
 * first on a coding that has none (why this code here): one undoable step, listed in its
 * document's Memos tab, and carried by a REFI-QDA package (NoteRef in <Coding>) and a merge.
 */
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyState, redo, undo } from '../../../main/db/history.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { Store } from '../../../main/db/store.js';
import { applyMerge, openMergeSource, planMerge } from '../../../main/merge/merge-file.js';
import { importRefi } from '../../../main/refi/import.js';
import { exportQdpx } from '../../../main/refi/write-package.js';
import { getDocumentView } from '../../../main/services/documents.js';
import { createMemo, findMemos, listMemos, updateMemo } from '../../../main/services/memos.js';
import { querySegments, segmentCodings } from '../../../main/services/segments.js';
import type { ServiceContext } from '../../../main/services/context.js';
import { hasShared, validate } from '../refi/helpers.js';
import { qdpx } from '../refi/package.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
const TEXT = 'Аренда съедает половину зарплаты. Соседи помогли с документами.';
const NOTE = 'Кодировщик не уверен: речь скорее об экономике, чем о жилье.';
const WHY = 'Соседи здесь — социальный капитал, поэтому этот код.';

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

/** The document's two segments, in order: the first's coding has the imported note, the second's none. */
function segmentsOf(ctx: ServiceContext) {
  const [noted, plain] = getDocumentView(ctx, listDocuments(ctx.store)[0]!.id).segments;
  return { noted: noted!, plain: plain!, plainCoding: { kind: 'coding', id: plain!.codings[0]!.id } as const };
}

describe('a note written on a coding that has none', () => {
  it("is offered on each of the segment's codings, written as one undoable step, and counted", () => {
    const ctx = t.session.context();
    const { noted, plain, plainCoding } = segmentsOf(ctx);
    expect(segmentCodings(ctx, plain.id)).toEqual([{ codingId: plainCoding.id, code: 'Социокультурные', coder: 'Tester', memoCount: 0 }]);
    expect(segmentCodings(ctx, noted.id)).toEqual([{ codingId: noted.codings[0]!.id, code: 'Негативное', coder: 'Tester', memoCount: 1 }]);

    createMemo(ctx, plainCoding, '', WHY);
    expect(listMemos(ctx, plainCoding).map((m) => [m.text, m.author])).toEqual([[WHY, 'Ирина']]);
    expect(segmentCodings(ctx, plain.id)[0]!.memoCount).toBe(1);
    expect(historyState(ctx.store).undoLabel).toBe('memos.create');
    undo(ctx.store);
    expect(listMemos(ctx, plainCoding)).toEqual([]);
    expect(segmentCodings(ctx, plain.id)[0]!.memoCount).toBe(0);
    redo(ctx.store);
    expect(listMemos(ctx, plainCoding).map((m) => m.text)).toEqual([WHY]);
    expect(() => segmentCodings(ctx, plain.id + 100)).toThrow(/No segment/);
  });

  it("is in its document's Memos tab beside the segments' memos, not the document's own", () => {
    const ctx = t.session.context();
    const { plain, plainCoding } = segmentsOf(ctx);
    createMemo(ctx, plainCoding, '', WHY);
    createMemo(ctx, { kind: 'segment', id: plain.id }, '', 'На сегменте.');
    createMemo(ctx, { kind: 'document', id: plain.documentId }, '', 'О документе.');
    const tab = findMemos(ctx, { documentId: plain.documentId });
    expect(tab.map((m) => [m.targetKind, m.text]).sort()).toEqual([['coding', NOTE], ['coding', WHY], ['segment', 'На сегменте.']]);
    expect(tab.find((m) => m.text === WHY)).toMatchObject({ targetId: plainCoding.id, start: 34, end: 63 });
  });

  it.skipIf(!hasShared)('is carried by a REFI-QDA package as a NoteRef in its Coding, which validates, and back onto its coding', async () => {
    const ctx = t.session.context();
    const { plainCoding } = segmentsOf(ctx);
    createMemo(ctx, plainCoding, '', WHY);
    const bytes = await exportQdpx(ctx.store);
    const qde = unzipSync(new Uint8Array(bytes))['project.qde']!;
    expect(validate(qde, 'Project-mrt2019.xsd', 'coding-notes.qde')).toBe('');
    const xml = Buffer.from(qde).toString('utf8');
    const noteGuid = /<Note guid="([^"]+)"[^>]*>(?:(?!<\/Note>).)*Соседи здесь/s.exec(xml)?.[1];
    const codingGuid = ctx.store.prepare('SELECT guid FROM coding WHERE id = ?').pluck().get(plainCoding.id) as string;
    expect(xml).toMatch(new RegExp(`<Coding guid="${codingGuid}"[^>]*>(?:(?!</Coding>).)*<NoteRef targetGUID="${noteGuid}"/>`, 's'));

    const copy = { store: Store.memory(), coderName: 'Zed' };
    await importRefi(copy, 'round-trip.qdpx', bytes);
    expect(findMemos(copy, { kind: 'coding' }).map((m) => [m.targetLabel, m.text]).sort()).toEqual([
      [`Негативное · ${TEXT.slice(0, 33)}`, NOTE], [`Социокультурные · ${TEXT.slice(34)}`, WHY],
    ]);
    copy.store.close();
  });

  it("comes with a teammate's project merged in, onto the same coding", async () => {
    const ours = t.session.context();
    const { plainCoding } = segmentsOf(ours);
    const oursPath = ours.store.path;
    const theirsPath = join(t.home, 'theirs.casecoder');
    t.session.saveCopy(theirsPath);
    t.session.openProject(theirsPath);
    createMemo(t.session.context(), plainCoding, '', WHY);
    t.session.openProject(oursPath);
    const { store } = t.session.context();
    const source = await openMergeSource(theirsPath);
    try {
      expect(planMerge(store, source.store.reader).added).toMatchObject({ memos: 1, codings: 0 });
      applyMerge(store, source, {});
    } finally {
      source.dispose();
    }
    expect(listMemos(t.session.context(), plainCoding).map((m) => m.text)).toEqual([WHY]);
  });
});
