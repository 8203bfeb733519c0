/**
 * A memo no longer attached (its case was deleted) is put on the project, a case, a document, a
 * code, a segment or a coding by memos.attach, through the contract as the app calls it: one
 * undoable step, undo leaving it on nothing again and redo putting it back. A memo that is not
 * there, one still on something, and a target that is not there are refused, the project
 * untouched. Before, such a memo stayed on nothing for good.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch.js';
import { historyState, redo, undo } from '../../../main/db/history.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { documentSegments } from '../../../main/db/repos/segments.js';
import { createCase, deleteCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import type { ServiceContext } from '../../../main/services/context.js';
import { createMemo, findMemos, listMemos } from '../../../main/services/memos.js';
import { pasteText } from '../../../main/services/text-import.js';
import type { MemoTarget } from '../../../shared/entities.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let ctx: ServiceContext;
let dispatch: Dispatch;
const VISIT = 'Говорили на кухне, соседка слушала.';

beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('attach');
  ctx = t.session.context();
  dispatch = createDispatch(t.session, () => {});
});
afterEach(() => t.dispose());

/** Anna's coded interview to attach to, and the id of Boris's memo, left on nothing by his case's deletion. */
async function detachedMemo() {
  const anna = createCase(ctx, 'Анна', null);
  pasteText(ctx, anna.id, 'Интервью', 'Аренда дорогая. Соседи помогли.');
  const documentId = listDocuments(ctx.store, anna.id)[0]!.id;
  const codeId = findCodeByPath(ctx.store, 'Valence', 'Positive')!.id;
  applyCode(ctx, { documentId, start: 0, end: 15, codeId });
  const [segment] = documentSegments(ctx.store, documentId);
  const boris = createCase(ctx, 'Борис', null);
  createMemo(ctx, { kind: 'case', id: boris.id }, 'Визит', VISIT);
  await deleteCase(ctx, boris.id);
  const [memo] = findMemos(ctx, { kind: 'detached' });
  const targets: MemoTarget[] = [
    { kind: 'project', id: null },
    { kind: 'case', id: anna.id },
    { kind: 'document', id: documentId },
    { kind: 'code', id: codeId },
    { kind: 'segment', id: segment!.id },
    { kind: 'coding', id: segment!.codings[0]!.id },
  ];
  return { memoId: memo!.id, annaId: anna.id, targets };
}

const detached = () => findMemos(ctx, { kind: 'detached' }).map((m) => m.text);
const attach = (id: number, target: MemoTarget) => dispatch('memos.attach', { id, target });
const refusal = async (id: number, target: MemoTarget) => {
  const result = await attach(id, target);
  return result.ok ? 'attached' : result.error.code;
};

describe('memos.attach', () => {
  it('puts a memo no longer attached on each kind of target, undone back to nothing and redone', async () => {
    const { memoId, targets } = await detachedMemo();
    for (const target of targets) {
      expect(await attach(memoId, target)).toEqual({ ok: true, value: { ok: true } });
      expect({ target, memos: listMemos(ctx, target).map((m) => m.text) }).toEqual({ target, memos: [VISIT] });
      expect(findMemos(ctx, {}).map((m) => [m.targetKind, m.targetId])).toEqual([[target.kind, target.id]]);
      expect(historyState(ctx.store).undoLabel).toBe('memos.attach');

      undo(ctx.store);
      expect(listMemos(ctx, target)).toEqual([]);
      expect(detached()).toEqual([VISIT]);
      redo(ctx.store);
      expect(listMemos(ctx, target).map((m) => m.text)).toEqual([VISIT]);
      undo(ctx.store);
    }
    // Each undone attachment left nothing behind: the case's deletion is the step before.
    expect(historyState(ctx.store).undoLabel).toBe('cases.delete');
  });

  it('refuses a memo not there, one still on something, and a target not there, changing nothing', async () => {
    const { memoId, annaId } = await detachedMemo();
    expect(await refusal(memoId + 100, { kind: 'case', id: annaId })).toBe('notFound');
    expect(await refusal(memoId, { kind: 'document', id: 999 })).toBe('notFound');
    expect(await refusal(memoId, { kind: 'project', id: annaId })).toBe('invalidMemoTarget');
    expect(await refusal(memoId, { kind: 'case', id: null })).toBe('invalidMemoTarget');
    // Parsed by the contract: a kind of target there is none of.
    expect(await refusal(memoId, { kind: 'group', id: 1 } as unknown as MemoTarget)).toBe('invalidInput');
    expect(detached()).toEqual([VISIT]);
    expect(historyState(ctx.store).undoLabel).toBe('cases.delete');

    await attach(memoId, { kind: 'case', id: annaId });
    expect(await refusal(memoId, { kind: 'project', id: null })).toBe('memoStillAttached');
    createMemo(ctx, { kind: 'project', id: null }, '', 'План.');
    const [plan] = listMemos(ctx, { kind: 'project', id: null });
    expect(await refusal(plan!.id, { kind: 'case', id: annaId })).toBe('memoStillAttached');
    expect(listMemos(ctx, { kind: 'project', id: null }).map((m) => m.text)).toEqual(['План.']);
    expect(listMemos(ctx, { kind: 'case', id: annaId }).map((m) => m.text)).toEqual([VISIT]);
  });
});
