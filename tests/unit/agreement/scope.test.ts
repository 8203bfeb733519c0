import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeScope } from '../../../main/agreement/scope.js';
import { createCode, createFramework } from '../../../main/services/codebook.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
const store = () => t.session.context().store;
const ids: Record<string, number> = {};

beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('scope');
  const ctx = t.session.context();
  const f = createFramework(ctx, 'F', false).id;
  const g = createFramework(ctx, 'G', false).id;
  ids.A = createCode(ctx, { frameworkId: f, parentId: null, name: 'A', description: '' }).id;
  ids.B = createCode(ctx, { frameworkId: f, parentId: ids.A, name: 'B', description: '' }).id;
  ids.C = createCode(ctx, { frameworkId: f, parentId: ids.B, name: 'C', description: '' }).id;
  ids.X = createCode(ctx, { frameworkId: g, parentId: null, name: 'X', description: '' }).id;
});
afterEach(() => t.dispose());

const paths = (request: Parameters<typeof codeScope>[1] = {}) =>
  codeScope(store(), request).filter((f) => ['F', 'G'].includes(f.name)).map((f) => f.codes.map((c) => c.path));

describe('code scope', () => {
  it('lists codes in codebook order with their paths, by framework or by id', () => {
    expect(paths()).toEqual([['F/A', 'F/A/B', 'F/A/B/C'], ['G/X']]);
    expect(paths({ codeIds: [ids.C!, ids.X!] })).toEqual([['F/A/B/C'], ['G/X']]);
  });

  // A teammate's file can carry a damaged tree: every code must still be counted, exactly once.
  it('keeps a code whose parent lies in another framework, in its own framework', () => {
    store().db.prepare('UPDATE code SET parent_id = ? WHERE id = ?').run(ids.X, ids.B);
    expect(paths()).toEqual([['F/A', 'F/B', 'F/B/C'], ['G/X']]);
  });

  it('keeps codes whose parents form a cycle', () => {
    store().db.prepare('UPDATE code SET parent_id = ? WHERE id = ?').run(ids.C, ids.A);
    expect(paths()).toEqual([['F/A', 'F/A/B', 'F/A/B/C'], ['G/X']]);
  });
});
