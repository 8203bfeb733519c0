import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { undo } from '../../../main/db/history.js';
import { memosOf } from '../../../main/db/repos/memos.js';
import { createCase, deleteCase } from '../../../main/services/cases.js';
import { createMemo, deleteMemo, updateMemo } from '../../../main/services/memos.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('memos');
});
afterEach(() => t.dispose());

describe('memos', () => {
  it('are written on a case or the project, edited and deleted undoably, with their author', () => {
    const ctx = t.session.context();
    const anna = createCase(ctx, 'Anna', null);
    createMemo(ctx, { kind: 'case', id: anna.id }, 'First visit', 'Talked in the kitchen.');
    createMemo(ctx, { kind: 'project', id: null }, 'Plan', 'Ten interviews by March.');
    const onCase = () => memosOf(ctx.store, { kind: 'case', id: anna.id });
    expect(onCase()).toMatchObject([{ name: 'First visit', text: 'Talked in the kitchen.', author: 'Ada' }]);
    expect(memosOf(ctx.store, { kind: 'project', id: null }).map((m) => m.name)).toEqual(['Plan']);

    updateMemo(ctx, onCase()[0]!.id, { text: 'Talked on the balcony.' });
    expect(onCase()[0]!.text).toBe('Talked on the balcony.');
    deleteMemo(ctx, onCase()[0]!.id);
    expect(onCase()).toEqual([]);
    undo(ctx.store);
    expect(onCase()[0]!.text).toBe('Talked on the balcony.');

    deleteCase(ctx, anna.id);
    expect(onCase()).toEqual([]);
    undo(ctx.store);
    expect(onCase()).toHaveLength(1);
  });

  it('refuses a target that does not exist, or a project memo with a target', () => {
    const ctx = t.session.context();
    expect(() => createMemo(ctx, { kind: 'document', id: 99 }, '', 'x')).toThrow(/No document with id 99/);
    expect(() => createMemo(ctx, { kind: 'project', id: 3 }, '', 'x')).toThrow(/project memo/);
  });
});
