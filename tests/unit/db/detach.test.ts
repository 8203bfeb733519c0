import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { undo } from '../../../main/db/history.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { createCode, deleteCode } from '../../../main/services/codebook.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('memos');
});
afterEach(() => t.dispose());

describe('memos and set members of deleted rows', () => {
  it('go with the row, come back with undo, and never attach to a later row that reuses its id', () => {
    const ctx = t.session.context();
    const economic = findCodeByPath(ctx.store, 'STEEPL', 'Economic')!;
    const housing = createCode(ctx, { frameworkId: economic.frameworkId, parentId: null, name: 'Housing', description: '' });
    ctx.store.db.exec(`
      INSERT INTO memo (guid, name, text, created_at) VALUES ('m1', 'Why', 'Rents doubled', '2026-01-01T00:00:00.000Z');
      INSERT INTO memo_link (memo_id, target_kind, target_id) VALUES (1, 'code', ${housing.id});
      INSERT INTO code_set (guid, name) VALUES ('s1', 'Money');
      INSERT INTO set_member (set_id, member_kind, member_id) VALUES (1, 'code', ${housing.id});`);
    const links = () => ctx.store.db.prepare('SELECT target_id FROM memo_link').pluck().all();
    const members = () => ctx.store.db.prepare('SELECT member_id FROM set_member').pluck().all();

    deleteCode(ctx, housing.id);
    expect(links()).toEqual([]);
    expect(members()).toEqual([]);
    undo(ctx.store);
    expect(links()).toEqual([housing.id]);
    expect(members()).toEqual([housing.id]);

    deleteCode(ctx, housing.id);
    const transport = createCode(ctx, { frameworkId: economic.frameworkId, parentId: null, name: 'Transport', description: '' });
    expect(transport.id).toBe(housing.id);
    expect(links()).toEqual([]);
  });
});
