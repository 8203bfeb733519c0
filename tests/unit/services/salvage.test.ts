/**
 * A project refused as altered outside CaseCoder can be imported into a fresh project: its
 * rows come across, nothing of its own schema does or runs, and the altered file is unchanged.
 */
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { alter, DESTRUCTIVE_TRIGGER, fileHash, RECURSIVE_CASE_GROUP, RECURSIVE_PROJECT_META, writeProject } from '../db/untrusted-helpers.js';

let t: TestSession;
let call: Dispatch;
beforeEach(() => {
  t = newTestSession();
  call = createDispatch(t.session, () => {});
});
afterEach(() => t.dispose());

async function value<T>(result: Promise<{ ok: true; value: unknown } | { ok: false; error: { code: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`refused: ${settled.error.code}`);
  return settled.value as T;
}

/** The salvaged project's cases, texts and codings, read through the contract. */
async function contents() {
  const cases = await value<{ id: number; name: string }[]>(call('cases.list', {}));
  const documents = await value<{ id: number }[]>(call('documents.list', {}));
  const views = await Promise.all(documents.map((d) => value<{ text: string; segments: { codings: unknown[] }[] }>(call('documents.get', { id: d.id }))));
  const codings = views.flatMap((v) => v.segments).reduce((n, segment) => n + segment.codings.length, 0);
  return { cases: cases.map((c) => c.name), texts: views.map((v) => v.text), codings };
}

describe('importing an altered project into a fresh one', () => {
  it.each([
    ['a trigger of its own', DESTRUCTIVE_TRIGGER],
    ['project_meta replaced by a recursive view', RECURSIVE_PROJECT_META],
    ['case_group replaced by a recursive view', RECURSIVE_CASE_GROUP],
    // Reading a virtual generated column evaluates it: here a string over SQLite's limit. (Made
    // harmless first, then rewritten in the schema table, as any SQLite tool can.)
    ['a table of ours with a computed column', `
      DROP TABLE case_group;
      CREATE TABLE case_group (id INTEGER PRIMARY KEY, sort INTEGER NOT NULL, name TEXT AS ('g'));
      INSERT INTO case_group (id, sort) VALUES (1, 0);
      PRAGMA writable_schema = ON;
      UPDATE sqlite_schema SET sql = replace(sql, '''g''', 'printf(''%.*c'', 900000000, ''x'')') WHERE name = 'case_group';`],
  ])('carries the data, not the schema: %s', async (_, attack) => {
    const path = writeProject(t.session, 'study');
    alter(path, attack);
    const before = fileHash(path);
    expect((await call('project.open', { path })).ok).toBe(false);

    const started = Date.now();
    const salvaged = await value<{ project: { path: string }; leftBehind: number }>(call('project.salvage', { path }));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(salvaged.project.path).toBe(join(dirname(path), 'study (imported).casecoder'));
    expect(fileHash(path)).toBe(before);

    expect(await contents()).toEqual({ cases: ['Anna'], texts: ['Low wages and long hours.'], codings: 1 });
    // The trigger did not come along: coding again leaves the earlier coding and the text alone.
    const [document] = await value<{ id: number }[]>(call('documents.list', {}));
    const codebook = await value<{ codes: { id: number; name: string }[] }>(call('codebook.get', {}));
    const code = codebook.codes.find((c) => c.name === 'Social') ?? codebook.codes[0]!;
    expect((await call('coding.apply', { documentId: document!.id, start: 10, end: 15, codeId: code.id })).ok).toBe(true);
    expect(await contents()).toEqual({ cases: ['Anna'], texts: ['Low wages and long hours.'], codings: 2 });
  });

  it('leaves behind rows that refer to what is not there, and says how many', async () => {
    const path = writeProject(t.session, 'study');
    alter(path, `${DESTRUCTIVE_TRIGGER} UPDATE coding SET code_id = 999999;`);
    const salvaged = await value<{ leftBehind: number }>(call('project.salvage', { path }));
    expect(salvaged.leftBehind).toBeGreaterThanOrEqual(1);
    expect((await contents()).codings).toBe(0);
  });

  it('picks a free name beside the file', async () => {
    const path = writeProject(t.session, 'study');
    alter(path, DESTRUCTIVE_TRIGGER);
    await value(call('project.salvage', { path }));
    const second = await value<{ project: { path: string } }>(call('project.salvage', { path }));
    expect(second.project.path).toBe(join(dirname(path), 'study (imported 2).casecoder'));
  });
});
