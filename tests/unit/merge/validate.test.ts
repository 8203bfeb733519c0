/**
 * A teammate's file is checked row by row before a merge copies anything: crafted files whose
 * rows break the API's rules have those rows refused and listed, and the rest merged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { Store, type WriteStore } from '../../../main/db/store.js';
import { mergeProjects } from '../../../main/merge/merge.js';
import { applyMerge, openMergeSource, planMerge, type MergeSource } from '../../../main/merge/merge-file.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { MAX_CODE_DEPTH } from '../../../shared/code-tree.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { refusalExamples } from '../../../shared/i18n/merge-refusal-text.js';
import { translator } from '../../../shared/i18n/translator.js';

let t: TestSession;
let theirsPath: string;
let source: MergeSource | undefined;

beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('ours');
  const ctx = t.session.context();
  const anna = createCase(ctx, 'Anna', null);
  pasteText(ctx, anna.id, 'Anna interview', 'Slow internet, friendly neighbours, high rent.');
  theirsPath = join(t.home, 'theirs.casecoder');
  t.session.saveCopy(theirsPath);
});
afterEach(() => {
  source?.dispose();
  t.dispose();
});

/** Edits the teammate's file behind CaseCoder's back, as a hand-edited or foreign file would be. */
function tamper(sql: (store: Store) => void): void {
  const store = Store.open(theirsPath);
  // A crafted file need not keep its foreign keys either.
  store.db.pragma('foreign_keys = OFF');
  try {
    store.transaction(() => sql(store));
  } finally {
    store.close();
  }
}

/** Their project: one new coded segment (12–20 unless given) by a coder of theirs, for the rules to bite on. */
function theirSegment(store: Store, { start = 12, end = 20, coderId }: { start?: number; end?: number; coderId?: number } = {}): void {
  const document = store.db.prepare('SELECT id, text FROM document').get() as { id: number; text: string };
  const coder = store.db.prepare('INSERT INTO coder (guid, name) VALUES (?, ?)').run(randomUUID(), `Boris ${randomUUID()}`).lastInsertRowid;
  const segment = store.db
    .prepare('INSERT INTO segment (guid, document_id, start, "end", quote, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(randomUUID(), document.id, start, end, document.text.slice(start, end), coderId ?? coder, new Date().toISOString()).lastInsertRowid;
  const code = store.db.prepare("SELECT id FROM code WHERE name = 'Positive'").get() as { id: number };
  store.db
    .prepare('INSERT INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(randomUUID(), segment, code.id, coderId ?? coder, new Date().toISOString());
}

describe('merge checks every row of a teammate\'s file', () => {
  it('refuses a segment ending at 1,000,000,000 and its coding, lists them, and merges the rest', async () => {
    tamper((store) => {
      theirSegment(store, { end: 1_000_000_000 });
      store.db.prepare("INSERT INTO case_ (guid, name, created_at, description) VALUES (?, 'Boris', '2026-01-01T00:00:00.000Z', '')").run(randomUUID());
    });
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const plan = planMerge(store, source.store.reader);
    expect(plan.refused).toEqual([
      expect.objectContaining({ table: 'segment', reason: 'spanOutside', count: 1 }),
      expect.objectContaining({ table: 'coding', reason: 'refusedParent', count: 1 }),
    ]);
    expect(plan.refused[0]!.examples).toEqual([expect.objectContaining({ row: expect.stringContaining('–1000000000'), field: 'documentLength' })]);
    const outcome = applyMerge(store, source, {});
    expect(outcome.added.segments).toBe(0);
    expect(outcome.added.cases).toBe(1);
    const segments = store.prepare('SELECT "end" FROM segment').all() as { end: number }[];
    expect(segments.every((s) => s.end <= 46)).toBe(true);
  });

  it('refuses a segment whose quote is not the text it spans, and one by a coder the file does not have', async () => {
    tamper((store) => {
      theirSegment(store);
      store.db.prepare("UPDATE segment SET quote = 'something else'").run();
      theirSegment(store, { start: 0, end: 4, coderId: 999 });
    });
    source = await openMergeSource(theirsPath);
    const plan = planMerge(t.session.context().store, source.store.reader);
    expect(plan.refused.map((r) => `${r.table}:${r.reason}`)).toEqual(['segment:quoteMismatch', 'segment:unknownCoder', 'coding:refusedParent']);
  });

  it('refuses attribute choices that are not JSON, and values that do not fit their type', async () => {
    tamper((store) => {
      store.db.prepare("INSERT INTO attribute (guid, name, type, choices, sort) VALUES (?, 'Region', 'choice', 'North, South', 1)").run(randomUUID());
      const age = store.db.prepare("INSERT INTO attribute (guid, name, type, choices, sort) VALUES (?, 'Age', 'number', '[]', 2)").run(randomUUID()).lastInsertRowid;
      const anna = (store.db.prepare('SELECT id FROM case_').get() as { id: number }).id;
      store.db.prepare("INSERT INTO case_attribute (case_id, attribute_id, value) VALUES (?, ?, 'forty')").run(anna, age);
    });
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const plan = planMerge(store, source.store.reader);
    expect(plan.refused.map((r) => `${r.table}:${r.reason}`)).toEqual(['attribute:badJson', 'case_attribute:badValue']);
    // Each example in the reader's language, the rows named as their file names them.
    const examples = (language: 'en' | 'ru' | 'kk') => plan.refused.map((r) => refusalExamples(translator(language), r));
    expect(examples('en')).toEqual(['Region: choices «North, South»', 'forty: type «Number»']);
    expect(examples('ru')).toEqual(['Region: варианты «North, South»', 'forty: тип «Число»']);
    expect(examples('kk')).toEqual(['Region: нұсқалар «North, South»', 'forty: түрі «Сан»']);
    applyMerge(store, source, {});
    const names = (store.prepare('SELECT name, choices FROM attribute').all() as { name: string; choices: string }[]);
    expect(names.map((a) => a.name)).toEqual(['Age']);
    for (const a of names) expect(() => JSON.parse(a.choices) as unknown).not.toThrow();
  });

  it('refuses a cycle of parent codes and their children instead of recursing forever', async () => {
    tamper((store) => {
      const framework = (store.db.prepare("SELECT id FROM framework WHERE name = 'Valence'").get() as { id: number }).id;
      const insert = store.db.prepare("INSERT INTO code (guid, framework_id, parent_id, name, color, description, sort) VALUES (?, ?, ?, ?, '#112233', '', 1)");
      const a = insert.run(randomUUID(), framework, null, 'Loop A').lastInsertRowid;
      const b = insert.run(randomUUID(), framework, a, 'Loop B').lastInsertRowid;
      insert.run(randomUUID(), framework, b, 'Under the loop');
      store.db.prepare('UPDATE code SET parent_id = ? WHERE id = ?').run(b, a);
    });
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const plan = planMerge(store, source.store.reader);
    expect(plan.refused).toEqual([
      expect.objectContaining({ table: 'code', reason: 'codeCycle', count: 2 }),
      expect.objectContaining({ table: 'code', reason: 'refusedParent', count: 1 }),
    ]);
    expect(plan.added.codes).toBe(0);
  });

  it(`refuses a code past ${MAX_CODE_DEPTH} levels and those under it, and merges the chain above (review-hostile-1207 #3)`, async () => {
    tamper((store) => {
      const framework = (store.db.prepare("SELECT id FROM framework WHERE name = 'Valence'").get() as { id: number }).id;
      const insert = store.db.prepare("INSERT INTO code (guid, framework_id, parent_id, name, color, description, sort) VALUES (?, ?, ?, ?, '#112233', '', 1)");
      let parent: number | bigint | null = null;
      for (let level = 1; level <= MAX_CODE_DEPTH + 3; level++) parent = insert.run(randomUUID(), framework, parent, `Level ${level}`).lastInsertRowid;
    });
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const plan = planMerge(store, source.store.reader);
    expect(plan.refused).toEqual([
      expect.objectContaining({ table: 'code', reason: 'codeTooDeep', count: 1, examples: [{ row: `Level ${MAX_CODE_DEPTH + 1}` }] }),
      expect.objectContaining({ table: 'code', reason: 'refusedParent', count: 2 }),
    ]);
    expect(plan.added.codes).toBe(MAX_CODE_DEPTH);
  });

  it('refuses rows whose date is none, which a REFI-QDA export would copy (review-hostile-1207 #6)', async () => {
    tamper((store) => {
      theirSegment(store);
      store.db.prepare("UPDATE coding SET created_at = 'not a date' WHERE segment_id = (SELECT max(id) FROM segment)").run();
      store.db.prepare("INSERT INTO case_ (guid, name, created_at, description) VALUES (?, 'Boris', X'00', '')").run(randomUUID());
    });
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const plan = planMerge(store, source.store.reader);
    expect(plan.refused).toEqual([
      expect.objectContaining({ table: 'case_', reason: 'badValue', count: 1, examples: [expect.objectContaining({ row: 'Boris', field: 'createdAt' })] }),
      expect.objectContaining({ table: 'coding', reason: 'badValue', count: 1, examples: [expect.objectContaining({ field: 'createdAt', value: 'not a date' })] }),
    ]);
    expect(plan.added.segments).toBe(1);
  });

  it('merges 5,000 new codes with a bounded number of statements (map lookups, not a scan per code)', async () => {
    tamper((store) => {
      const framework = (store.db.prepare("SELECT id FROM framework WHERE name = 'STEEPL'").get() as { id: number }).id;
      const insert = store.db.prepare("INSERT INTO code (guid, framework_id, parent_id, name, color, description, sort) VALUES (?, ?, ?, ?, '#112233', '', ?)");
      let parent: number | null = null;
      for (let i = 0; i < 5000; i++) {
        // Chains of 50, so depths are computed through long parent chains too.
        const id: number = Number(insert.run(randomUUID(), framework, i % 50 === 0 ? null : parent, `Code ${i}`, i).lastInsertRowid);
        parent = id;
      }
    });
    const { store } = t.session.context();
    let statements = 0;
    const counting: WriteStore = {
      path: store.path,
      prepare: (sql) => {
        statements++;
        return store.prepare(sql);
      },
      meta: (key) => store.meta(key),
      transaction: (fn) => store.transaction(fn),
    };
    source = await openMergeSource(theirsPath);
    const outcome = mergeProjects(counting, source.store.reader, { dryRun: true });
    expect(outcome.added.codes).toBe(5000);
    expect(statements).toBeLessThan(100);
  });

  it('keeps a sound teammate file whole: nothing refused', async () => {
    const ctx = t.session.context();
    applyCode(ctx, { documentId: listDocuments(ctx.store)[0]!.id, start: 0, end: 4, codeId: findCodeByPath(ctx.store, 'Valence', 'Negative')!.id });
    t.session.saveCopy(join(t.home, 'sound.casecoder'));
    source = await openMergeSource(join(t.home, 'sound.casecoder'));
    expect(planMerge(ctx.store, source.store.reader).refused).toEqual([]);
  });
});
