/**
 * Nothing a researcher wrote is lost with what it was on. A coding changed to another code keeps
 * its notes on the coding in its place, in the same undoable step. A memo whose case, document,
 * segment, code or coding was deleted (migration 003 takes its links) is listed as detached,
 * changed and deleted there (undoably), and back on its target when the deletion is undone; a
 * REFI-QDA package carries it as the project's note. Before, such a memo was in the file and
 * shown nowhere, and a package held it as a Note nothing referred to.
 */
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redo, undo } from '../../../main/db/history.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { documentSegments } from '../../../main/db/repos/segments.js';
import { Store } from '../../../main/db/store.js';
import { importRefi } from '../../../main/refi/import.js';
import { exportQdpx } from '../../../main/refi/write-package.js';
import { createCase, deleteCase } from '../../../main/services/cases.js';
import { applyCode, changeCoding, removeCoding } from '../../../main/services/coding.js';
import type { ServiceContext } from '../../../main/services/context.js';
import { createMemo, deleteMemo, findMemos, listMemos, updateMemo } from '../../../main/services/memos.js';
import { pasteText } from '../../../main/services/text-import.js';
import { hasShared, validate } from '../refi/helpers.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
const NOTE = 'Почему этот код: соседи помогли с документами.';

beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('detached');
});
afterEach(() => t.dispose());

/** A case with one document, its first 19 code points coded Positive by the session's coder. */
function coded(ctx: ServiceContext) {
  const item = createCase(ctx, 'Анна', null);
  pasteText(ctx, item.id, 'Интервью', 'Good internet here. Bad rent prices.');
  const documentId = listDocuments(ctx.store, item.id)[0]!.id;
  const code = (path: string) => findCodeByPath(ctx.store, ...(path.split('/') as [string, string]))!.id;
  applyCode(ctx, { documentId, start: 0, end: 19, codeId: code('Valence/Positive') });
  const codingOf = (codeId: number) => documentSegments(ctx.store, documentId).flatMap((s) => s.codings).find((c) => c.codeId === codeId)?.id;
  return { caseId: item.id, documentId, code, codingOf };
}

const onCoding = (ctx: ServiceContext, id: number | undefined) => (id === undefined ? [] : listMemos(ctx, { kind: 'coding', id }).map((m) => m.text));

describe('a coding changed to another code', () => {
  it('keeps its notes on the coding in its place, and undo and redo put them back exactly', () => {
    const ctx = t.session.context();
    const { code, codingOf } = coded(ctx);
    const positive = codingOf(code('Valence/Positive'))!;
    createMemo(ctx, { kind: 'coding', id: positive }, '', NOTE);

    changeCoding(ctx, positive, code('STEEPL/Economic'));
    const economic = codingOf(code('STEEPL/Economic'));
    expect(onCoding(ctx, economic)).toEqual([NOTE]);
    expect(findMemos(ctx, { kind: 'detached' })).toEqual([]);

    undo(ctx.store);
    expect(codingOf(code('STEEPL/Economic'))).toBeUndefined();
    expect(onCoding(ctx, codingOf(code('Valence/Positive')))).toEqual([NOTE]);
    redo(ctx.store);
    expect(onCoding(ctx, codingOf(code('STEEPL/Economic')))).toEqual([NOTE]);
    expect(findMemos(ctx, {}).map((m) => [m.targetKind, m.text])).toEqual([['coding', NOTE]]);
  });

  it("keeps them on the coder's coding it falls onto, when the coder already had the code there", () => {
    const ctx = t.session.context();
    const { documentId, code, codingOf } = coded(ctx);
    const boris = { ...ctx, coderName: 'Boris' };
    applyCode(boris, { documentId, start: 0, end: 19, codeId: code('STEEPL/Economic') });
    const borisCoding = codingOf(code('STEEPL/Economic'))!;
    createMemo(boris, { kind: 'coding', id: borisCoding }, '', NOTE);
    // Ada changes Boris's coding to Positive, which she already has on the segment.
    changeCoding(ctx, borisCoding, code('Valence/Positive'));
    expect(onCoding(ctx, codingOf(code('Valence/Positive')))).toEqual([NOTE]);
  });
});

describe('a memo whose target was deleted', () => {
  it('is listed as detached, its own kind, changed and deleted there undoably, and reattached by undoing the deletion', async () => {
    const ctx = t.session.context();
    const { caseId, codingOf, code } = coded(ctx);
    createMemo(ctx, { kind: 'case', id: caseId }, 'Визит', 'Говорили на кухне.');
    createMemo(ctx, { kind: 'coding', id: codingOf(code('Valence/Positive'))! }, '', NOTE);
    createMemo(ctx, { kind: 'project', id: null }, '', 'План.');

    removeCoding(ctx, codingOf(code('Valence/Positive'))!);
    expect(findMemos(ctx, { kind: 'detached' }).map((m) => m.text)).toEqual([NOTE]);
    await deleteCase(ctx, caseId);
    // Newest first, as the list is.
    const detached = findMemos(ctx, {}).filter((m) => m.targetKind === 'detached');
    expect(detached.map((m) => [m.name, m.text, m.targetId, m.targetLabel, m.author])).toEqual([
      ['', NOTE, null, null, 'Ada'], ['Визит', 'Говорили на кухне.', null, null, 'Ada'],
    ]);
    expect(findMemos(ctx, { kind: 'detached', text: 'КУХНЕ' }).map((m) => m.name)).toEqual(['Визит']);
    expect(findMemos(ctx, { kind: 'project' }).map((m) => m.text)).toEqual(['План.']);

    const visit = detached[1]!.id;
    updateMemo(ctx, visit, { text: 'Говорили на балконе.' });
    expect(findMemos(ctx, { kind: 'detached' }).map((m) => m.text)).toEqual([NOTE, 'Говорили на балконе.']);
    deleteMemo(ctx, visit);
    expect(findMemos(ctx, { kind: 'detached' }).map((m) => m.text)).toEqual([NOTE]);
    undo(ctx.store);
    undo(ctx.store);
    expect(findMemos(ctx, { kind: 'detached' }).map((m) => m.text)).toEqual([NOTE, 'Говорили на кухне.']);

    // Undoing the case's deletion brings its memo back onto it.
    undo(ctx.store);
    expect(listMemos(ctx, { kind: 'case', id: caseId }).map((m) => m.name)).toEqual(['Визит']);
    expect(findMemos(ctx, { kind: 'detached' }).map((m) => m.text)).toEqual([NOTE]);
  });

  it.skipIf(!hasShared)('is carried by a REFI-QDA package as the project\'s note, which validates, and read back as one', async () => {
    const ctx = t.session.context();
    const { caseId } = coded(ctx);
    createMemo(ctx, { kind: 'case', id: caseId }, 'Визит', 'Говорили на кухне.');
    await deleteCase(ctx, caseId);
    const bytes = await exportQdpx(ctx.store);
    const qde = unzipSync(new Uint8Array(bytes))['project.qde']!;
    expect(validate(qde, 'Project-mrt2019.xsd', 'detached-memos.qde')).toBe('');
    const xml = Buffer.from(qde).toString('utf8');
    const noteGuid = /<Note guid="([^"]+)"[^>]*>(?:(?!<\/Note>).)*Говорили на кухне/s.exec(xml)?.[1];
    expect(noteGuid).toBeDefined();
    // The Project's own NoteRefs close it, after its Sets.
    expect(xml).toMatch(new RegExp(`<NoteRef targetGUID="${noteGuid}"/>\\s*</Project>`));

    const copy = { store: Store.memory(), coderName: 'Zed' };
    await importRefi(copy, 'round-trip.qdpx', bytes);
    expect(findMemos(copy, {}).map((m) => [m.targetKind, m.name, m.text])).toEqual([['project', 'Визит', 'Говорили на кухне.']]);
    copy.store.close();
  });
});
