import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import * as deferred from '../../../main/db/deferred-indexes.js';
import { historyState, redo, undo } from '../../../main/db/history.js';
import { listAttributes } from '../../../main/db/repos/attributes.js';
import { listCases } from '../../../main/db/repos/cases.js';
import { findCodeByPath, getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { querySegments } from '../../../main/db/repos/segments.js';
import { applyMerge, openMergeSource, planMerge, type MergeSource } from '../../../main/merge/merge-file.js';
import { mergedText } from '../../../shared/i18n/merge-counts-text.js';
import { translator } from '../../../shared/i18n/translator.js';
import { createAttribute, setAttributeValue } from '../../../main/services/attributes.js';
import { createCase, createGroup, renameCase, setCaseGroup } from '../../../main/services/cases.js';
import { listGroups } from '../../../main/db/repos/groups.js';
import { createPassageMemo } from '../../../main/services/memos.js';
import { Store } from '../../../main/db/store.js';
import { createCode, updateCode } from '../../../main/services/codebook.js';
import { applyCode } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import type { ServiceContext } from '../../../main/services/context.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

// Passed through; the test of bulk inserts reads what each merge said it would add.
vi.mock('../../../main/db/deferred-indexes.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../main/db/deferred-indexes.js')>();
  return { ...original, withIndexesDeferred: vi.fn(original.withIndexesDeferred) };
});

let t: TestSession;
let theirsPath: string;
let source: MergeSource | undefined;
const TEXT = 'Slow internet, friendly neighbours, high rent.';

beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('ours');
  const ctx = t.session.context();
  // In a group: a case table names every group's cases alike (1, 2, …), so a conflict must say which.
  const anna = createCase(ctx, 'Anna', 'Programmers');
  pasteText(ctx, anna.id, 'Anna interview', TEXT);
  const city = createAttribute(ctx, 'City', 'text', []);
  setAttributeValue(ctx, anna.id, city.id, 'Almaty');
  const documentId = listDocuments(ctx.store)[0]!.id;
  applyCode(ctx, { documentId, start: 0, end: 13, codeId: findCodeByPath(ctx.store, 'Valence', 'Negative')!.id });

  // Their project starts as a copy of ours, then diverges.
  theirsPath = join(t.home, 'theirs.casecoder');
  t.session.saveCopy(theirsPath);
  const oursPath = ctx.store.path;
  t.session.openProject(theirsPath);
  t.session.settings.setCoderName('Boris');
  const theirs = t.session.context();
  const theirDoc = listDocuments(theirs.store)[0]!.id;
  applyCode(theirs, { documentId: theirDoc, start: 0, end: 13, codeId: findCodeByPath(theirs.store, 'Valence', 'Positive')!.id });
  applyCode(theirs, { documentId: theirDoc, start: 15, end: 34, codeId: findCodeByPath(theirs.store, 'STEEPL', 'Sociocultural')!.id });
  updateCode(theirs, findCodeByPath(theirs.store, 'STEEPL', 'Economic')!.id, { name: 'Economy' });
  setAttributeValue(theirs, listCases(theirs.store)[0]!.id, listAttributes(theirs.store)[0]!.id, 'Astana');
  const boris = createCase(theirs, 'Boris', null);
  pasteText(theirs, boris.id, 'Boris interview', 'Visa runs every ninety days.');
  t.session.openProject(oursPath);
  t.session.settings.setCoderName('Ada');
});
afterEach(() => {
  source?.dispose();
  t.dispose();
});

describe('merging a teammate\'s project', () => {
  it('plans without writing: what is added, what matches, and each conflict', async () => {
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const plan = planMerge(store, source.store.reader);
    expect(plan.added).toMatchObject({ coders: 1, cases: 1, documents: 1, segments: 1, codings: 2 });
    expect(plan.matched).toMatchObject({ cases: 1, documents: 1, segments: 1, codings: 1, codes: 9 });
    expect(plan.conflicts.map((c) => c.kind).sort()).toEqual(['attributeValue', 'codeRenamed']);
    expect(listCases(store)).toHaveLength(1);
    expect(historyState(store).undoLabel).not.toBe('merge');
  });

  it('applies with the user\'s choices, keeps every coder\'s codings, and is one undoable step', async () => {
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const plan = planMerge(store, source.store.reader);
    const rename = plan.conflicts.find((c) => c.kind === 'codeRenamed')!;
    const value = plan.conflicts.find((c) => c.kind === 'attributeValue')!;
    expect(value.params.case).toBe('Programmers · Anna');
    applyMerge(store, source, { [rename.id]: 'theirs', [value.id]: 'ours' });

    expect(listCases(store).map((c) => c.name)).toEqual(['Anna', 'Boris']);
    expect(listCases(store)[0]!.attributes[String(listAttributes(store)[0]!.id)]).toBe('Almaty');
    expect(getCodebook(store).codes.map((c) => c.name)).toContain('Economy');
    const rows = querySegments(store, { sort: 'position', descending: false, offset: 0, limit: 50 }).rows;
    expect(rows.map((r) => [r.quote, r.codes.join('+'), r.coders.join('+')])).toEqual([
      ['Slow internet', 'Negative+Positive', 'Ada+Boris'],
      ['friendly neighbours', 'Sociocultural', 'Boris'],
    ]);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);

    // Their segments and codings are logged as id ranges (migration 009), not row by row.
    const logged = store.db
      .prepare("SELECT tbl, last_row_id IS NOT NULL AS range FROM history_change WHERE step_id = (SELECT max(id) FROM history_step) AND tbl IN ('segment', 'coding')")
      .all();
    expect(logged).toEqual([{ tbl: 'segment', range: 1 }, { tbl: 'coding', range: 1 }]);

    undo(store);
    expect(listCases(store).map((c) => c.name)).toEqual(['Anna']);
    expect(querySegments(store, { sort: 'position', descending: false, offset: 0, limit: 50 }).total).toBe(1);
    redo(store);
    expect(querySegments(store, { sort: 'position', descending: false, offset: 0, limit: 50 }).rows).toEqual(rows);
  });

  it('says what taking theirs replaced, beside what came in', async () => {
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const plan = planMerge(store, source.store.reader);
    expect(plan.conflicts.map((c) => c.chosen)).toEqual(['ours', 'ours']);
    const choices = Object.fromEntries(plan.conflicts.map((c) => [c.id, 'theirs' as const]));
    const outcome = { source: 'theirs.casecoder', ...applyMerge(store, source, choices) };
    expect(outcome.conflicts.map((c) => c.chosen)).toEqual(['theirs', 'theirs']);
    expect(mergedText(translator('en'), outcome))
      .toBe('Merged theirs.casecoder: added coders 1, cases 1, documents 1, segments 1, codings 2; replaced code names 1, attribute values 1.');
    expect(mergedText(translator('ru'), { ...outcome, added: { ...outcome.added, coders: 0, cases: 0, documents: 0, segments: 0, codings: 0 } }))
      .toBe('Файл «theirs.casecoder» объединён с проектом: заменено — названия кодов 1, значения атрибутов 1.');
    expect(mergedText(translator('kk'), { ...outcome, conflicts: [] })).toMatch(/^«theirs\.casecoder» файлы жобамен біріктірілді: қосылды — кодтаушылар 1, .*кодтаулар 2\.$/);
    // A teammate's whole corpus: its counts grouped by thousands as each language groups them.
    const corpus = { ...outcome, conflicts: [], added: { ...outcome.added, coders: 0, cases: 0, documents: 0, segments: 166_584, codings: 199_997 } };
    expect(mergedText(translator('ru'), corpus)).toBe('Файл «theirs.casecoder» объединён с проектом: добавлено — сегменты 166\u00a0584, кодирования 199\u00a0997.');
    expect(mergedText(translator('en'), corpus)).toBe('Merged theirs.casecoder: added segments 166,584, codings 199,997.');
  });

  it('counts as rows to add only those no row of ours matches (the bulk insert keeps our indexes for a few)', async () => {
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const said = vi.mocked(deferred.withIndexesDeferred);
    said.mockClear();
    applyMerge(store, source, {});
    // Theirs: our segment (0–13) with a second code on it, and one new segment (15–34) with its code.
    expect(said.mock.calls.map(([, tables, rows]) => [tables.join(), rows])).toEqual([['segment', 1], ['coding', 2]]);
  });

  it('merging the same project twice adds nothing the second time', async () => {
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    applyMerge(store, source, {});
    const again = planMerge(store, source.store.reader);
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
  });

  it('offers a case theirs renamed or moved to another group as a conflict, not dropped (review-cli-1208 #6)', async () => {
    const oursPath = t.session.context().store.path;
    t.session.openProject(theirsPath);
    const their = t.session.context();
    const anna = listCases(their.store).find((c) => c.name === 'Anna')!;
    renameCase(their, anna.id, 'Anya');
    setCaseGroup(their, anna.id, createGroup(their, 'Entrepreneurs').id);
    t.session.openProject(oursPath);
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    const plan = planMerge(store, source.store.reader);
    const renamed = plan.conflicts.find((c) => c.kind === 'caseRenamed')!;
    const moved = plan.conflicts.find((c) => c.kind === 'caseMoved')!;
    expect([renamed.params, renamed.chosen]).toEqual([{ ours: 'Programmers · Anna', theirs: 'Anya' }, 'ours']);
    expect([moved.params, moved.options]).toEqual([{ case: 'Anna', ours: 'Programmers', theirs: 'Entrepreneurs' }, ['ours', 'theirs']]);
    const outcome = applyMerge(store, source, { [renamed.id]: 'theirs', [moved.id]: 'theirs' });
    const groupOf = (id: number | null) => listGroups(store).find((g) => g.id === id)?.name;
    expect(listCases(store).map((c) => [c.name, groupOf(c.groupId)])).toEqual([['Anya', 'Entrepreneurs'], ['Boris', undefined]]);
    expect(mergedText(translator('ru'), { source: 'theirs.casecoder', ...outcome })).toContain('названия кейсов 1, группы кейсов 1');
    undo(store);
    expect(listCases(store).map((c) => [c.name, groupOf(c.groupId)])).toEqual([['Anna', 'Programmers']]);
  });

  it('offers only ours where a case of ours already has the name theirs gave', async () => {
    const oursPath = t.session.context().store.path;
    createCase(t.session.context(), 'Anya', 'Programmers');
    t.session.openProject(theirsPath);
    const their = t.session.context();
    renameCase(their, listCases(their.store).find((c) => c.name === 'Anna')!.id, 'Anya');
    t.session.openProject(oursPath);
    source = await openMergeSource(theirsPath);
    const renamed = planMerge(t.session.context().store, source.store.reader).conflicts.find((c) => c.kind === 'caseRenamed')!;
    expect(renamed.options).toEqual(['ours']);
  });

  it('refuses a file that is not a CaseCoder project and leaves ours untouched', async () => {
    await expect(openMergeSource(join(t.home, 'config', 'settings.json'))).rejects.toThrow(/not a CaseCoder project/);
  });
});

describe('merge matching', () => {
  it('keeps identical short texts of different cases apart, and cases of the same name in different groups', async () => {
    const other = newTestSession('Boris');
    try {
      other.session.createProject('theirs');
      const ctx = other.session.context();
      const doctors = createGroup(ctx, 'Doctors');
      for (const name of ['Carl', 'Dora']) {
        const item = createCase(ctx, name, null);
        pasteText(ctx, item.id, `${name} notes`, 'No complaints.');
        const documentId = listDocuments(ctx.store, item.id)[0]!.id;
        applyCode(ctx, { documentId, start: 0, end: 14, codeId: findCodeByPath(ctx.store, 'Valence', 'Positive')!.id });
      }
      const namesake = createCase(ctx, 'Anna', doctors.id);
      pasteText(ctx, namesake.id, 'Doctor Anna', 'A different Anna.');
      const path = ctx.store.path;
      other.session.closeProject();

      const { store } = t.session.context();
      source = await openMergeSource(path);
      applyMerge(store, source, {});
      const cases = listCases(store).map((c) => [c.name, c.documentCount, c.segmentCount]);
      expect(cases).toEqual([['Anna', 1, 1], ['Carl', 1, 1], ['Dora', 1, 1], ['Anna', 1, 0]]);
    } finally {
      other.dispose();
    }
  });

  it('adds a text theirs holds twice in one case once, in the plan as in the merge', async () => {
    const { store } = t.session.context();
    source = await openMergeSource(theirsPath);
    source.store.db.prepare(`INSERT INTO document (guid, case_id, name, text, origin, created_at, description)
      SELECT '0d0c0000-0000-4000-8000-000000000002', case_id, 'Boris again', text, origin, created_at, description FROM document WHERE name = 'Boris interview'`).run();
    const plan = planMerge(store, source.store.reader);
    // Anna's interview is ours already; Boris's comes in once, its copy matching it.
    expect([plan.added.documents, plan.matched.documents]).toEqual([1, 2]);
    const merged = applyMerge(store, source, {});
    expect([merged.added.documents, merged.matched.documents]).toEqual([1, 2]);
    expect(listDocuments(store).map((d) => d.name)).toEqual(['Anna interview', 'Boris interview']);
  });

  /**
   * Ours: Ada coded "Slow internet" Negative. Theirs, a copy, where Ada recodes it with the code
   * `code` gives (in the exclusive Valence framework); its exclusive-coding conflict planned,
   * then merged with theirs chosen. Returns the plan's conflict, the merge's, and the codes after.
   */
  async function recodedByAda(code: (theirs: ServiceContext) => number) {
    const { store } = t.session.context();
    const copy = join(t.home, 'ada-again.casecoder');
    t.session.saveCopy(copy);
    t.session.openProject(copy);
    const theirs = t.session.context();
    applyCode(theirs, { documentId: listDocuments(theirs.store)[0]!.id, start: 0, end: 13, codeId: code(theirs) });
    t.session.openProject(store.path);
    const ours = t.session.context().store;
    source = await openMergeSource(copy);
    const planned = planMerge(ours, source.store.reader).conflicts.find((c) => c.kind === 'exclusiveCoding')!;
    const merged = applyMerge(ours, source, { [planned.id]: 'theirs' }).conflicts;
    const [segment] = querySegments(ours, { sort: 'position', descending: false, offset: 0, limit: 5, coder: 'Ada' }).rows;
    return { planned, merged, codes: segment!.codes };
  }

  it('offers a choice when the same coder coded a span differently in an exclusive framework', async () => {
    const { planned, codes } = await recodedByAda((theirs) => findCodeByPath(theirs.store, 'Valence', 'Positive')!.id);
    expect(planned.description).toMatch(/"Negative" here and "Positive" in theirs/);
    expect(codes).toEqual(['Positive']);
  });

  it('shows in the plan the conflict of a code theirs added to an exclusive framework, and applies its choice', async () => {
    const { planned, merged, codes } = await recodedByAda((theirs) => {
      const valence = getCodebook(theirs.store).frameworks.find((f) => f.name === 'Valence')!;
      return createCode(theirs, { frameworkId: valence.id, parentId: null, name: 'Mixed', description: '' }).id;
    });
    expect(planned.params).toEqual({ ours: 'Negative', theirs: 'Mixed' });
    expect(merged).toEqual([{ ...planned, chosen: 'theirs' }]);
    expect(codes).toEqual(['Mixed']);
  });

  it('reads the teammate\'s latest work from the WAL beside their file', async () => {
    const { store } = t.session.context();
    const live = Store.open(theirsPath);
    try {
      live.db.pragma('wal_autocheckpoint = 0');
      createCase({ store: live, coderName: 'Boris' }, 'Only in the WAL', null);
      source = await openMergeSource(theirsPath);
      applyMerge(store, source, {});
      expect(listCases(store).map((c) => c.name)).toContain('Only in the WAL');
    } finally {
      live.close();
    }
  });
});

describe('a segment theirs holds at another span', () => {
  const positions = (store: Store) => querySegments(store, { sort: 'position', descending: false, offset: 0, limit: 50 }).rows
    .map((r) => [r.start, r.end, r.quote, r.codes.join('+')]);

  /** Their copy of our segment 0–13 (same GUID, their Positive on it too) moved to 1–13, as a tool off by one would. */
  async function moveTheirs(): Promise<MergeSource> {
    const theirs = await openMergeSource(theirsPath);
    theirs.store.db.prepare('UPDATE segment SET start = 1, quote = ? WHERE start = 0').run(TEXT.slice(1, 13));
    return (source = theirs);
  }

  it('is one conflict, not a second segment: ours keeps our span, their codings join it', async () => {
    const { store } = t.session.context();
    const theirs = await moveTheirs();
    const plan = planMerge(store, theirs.store.reader);
    const moved = plan.conflicts.filter((c) => c.kind === 'segmentMoved');
    expect(moved).toEqual([expect.objectContaining({
      options: ['ours', 'theirs'], params: { document: 'Anna interview', quote: 'Slow internet', ours: '0–13', theirs: '1–13' },
    })]);
    // Only their other segment (15–34) is new.
    expect(plan.added.segments).toBe(1);
    expect(plan.matched.segments).toBe(1);
    applyMerge(store, theirs, { [moved[0]!.id]: 'ours' });
    expect(positions(store)).toEqual([[0, 13, 'Slow internet', 'Negative+Positive'], [15, 34, 'friendly neighbours', 'Sociocultural']]);
  });

  it('theirs moves our segment with its codings and memo, as one undoable step with the rest', async () => {
    const ctx = t.session.context();
    const { store } = ctx;
    createPassageMemo(ctx, { documentId: listDocuments(store)[0]!.id, start: 0, end: 13 }, 'Why', 'Rent and internet');
    const theirs = await moveTheirs();
    const moved = planMerge(store, theirs.store.reader).conflicts.find((c) => c.kind === 'segmentMoved')!;
    applyMerge(store, theirs, { [moved.id]: 'theirs' });
    const after = [[1, 13, 'low internet', 'Negative+Positive'], [15, 34, 'friendly neighbours', 'Sociocultural']];
    expect(positions(store)).toEqual(after);
    const memoOn = () => store.db.prepare("SELECT s.start FROM memo_link l JOIN segment s ON s.id = l.target_id WHERE l.target_kind = 'segment'").pluck().all();
    expect(memoOn()).toEqual([1]);
    expect(planMerge(store, theirs.store.reader).conflicts.filter((c) => c.kind === 'segmentMoved')).toEqual([]);

    undo(store);
    expect(positions(store)).toEqual([[0, 13, 'Slow internet', 'Negative']]);
    expect(memoOn()).toEqual([0]);
    redo(store);
    expect(positions(store)).toEqual(after);
    expect(memoOn()).toEqual([1]);
  });

  it('offers only ours when another segment of ours holds their span', async () => {
    const ctx = t.session.context();
    applyCode(ctx, { documentId: listDocuments(ctx.store)[0]!.id, start: 1, end: 13, codeId: findCodeByPath(ctx.store, 'Valence', 'Positive')!.id });
    const theirs = await moveTheirs();
    const plan = planMerge(ctx.store, theirs.store.reader);
    expect(plan.conflicts.find((c) => c.kind === 'segmentMoved')!.options).toEqual(['ours']);
    expect(plan.added.segments).toBe(1);
  });
});

describe('merging memos and sets', () => {
  it('brings a teammate\'s memo on a code and their set of documents, once', async () => {
    const other = await openMergeSource(theirsPath);
    const theirs = other.store;
    const economy = theirs.db.prepare("SELECT id FROM code WHERE name = 'Economy'").pluck().get() as number;
    const documentId = theirs.db.prepare('SELECT id FROM document ORDER BY id LIMIT 1').pluck().get() as number;
    theirs.db.exec(`
      INSERT INTO memo (guid, name, text, created_at) VALUES ('7d0c1f5e-0000-4000-8000-000000000001', 'Note', 'Rent is the theme', '2026-01-01T00:00:00.000Z');
      INSERT INTO memo_link (memo_id, target_kind, target_id) VALUES (last_insert_rowid(), 'code', ${economy});
      INSERT INTO code_set (guid, name) VALUES ('7d0c1f5e-0000-4000-8000-000000000002', 'Key interviews');
      INSERT INTO set_member (set_id, member_kind, member_id) VALUES (last_insert_rowid(), 'document', ${documentId});`);
    source = other;
    const { store } = t.session.context();
    const outcome = applyMerge(store, other, {});
    expect(outcome.added).toMatchObject({ memos: 1, sets: 1 });
    const memo = store.db.prepare("SELECT k.name FROM memo_link l JOIN code k ON k.id = l.target_id WHERE l.target_kind = 'code'").pluck().all();
    expect(memo).toEqual(['Economic']);
    const member = store.db.prepare("SELECT d.name FROM set_member m JOIN document d ON d.id = m.member_id WHERE m.member_kind = 'document'").pluck().all();
    expect(member).toEqual(['Anna interview']);
    expect(planMerge(store, other.store.reader).added).toMatchObject({ memos: 0, sets: 0 });
  });
});

describe('merging projects begun in different UI languages', () => {
  /** A project of its own session: one case, its interview, and the coder's codings of "Slow internet" by FRAMEWORK/CODE. */
  function project(coder: string, name: string, language: 'en' | 'ru' | 'kk', codes: [string, string][]): string {
    const other = newTestSession(coder);
    try {
      other.session.createProject(name, undefined, language);
      const ctx = other.session.context();
      const anna = createCase(ctx, 'Anna', null);
      pasteText(ctx, anna.id, 'Anna interview', TEXT);
      const documentId = listDocuments(ctx.store)[0]!.id;
      for (const [framework, code] of codes) applyCode(ctx, { documentId, start: 0, end: 13, codeId: findCodeByPath(ctx.store, framework, code)!.id });
      const path = join(t.home, `${name}.casecoder`);
      other.session.saveCopy(path);
      return path;
    } finally {
      other.dispose();
    }
  }

  it("lands an English project's Valence and STEEPL on a Russian project's, so both coders' codings share codes", async () => {
    const ours = project('Ada', 'ours-ru', 'ru', [['Валентность', 'Негативное'], ['STEEPL', 'Технологические']]);
    const theirs = project('Boris', 'theirs-en', 'en', [['Valence', 'Negative'], ['STEEPL', 'Technological'], ['STEEPL', 'Economic']]);
    t.session.openProject(ours);
    const { store } = t.session.context();
    source = await openMergeSource(theirs);
    const plan = planMerge(store, source.store.reader);
    expect(plan.added).toMatchObject({ frameworks: 0, codes: 0 });
    expect(plan.matched).toMatchObject({ frameworks: 2, codes: 9 });
    applyMerge(store, source, {});
    const book = getCodebook(store);
    expect(book.frameworks.map((f) => f.name)).toEqual(['Валентность', 'STEEPL']);
    expect(book.codes).toHaveLength(9);
    const codings = store.db
      .prepare('SELECT c.name AS coder, k.name AS code FROM coding g JOIN coder c ON c.id = g.coder_id JOIN code k ON k.id = g.code_id ORDER BY c.name, k.id')
      .all();
    expect(codings).toEqual([
      { coder: 'Ada', code: 'Негативное' }, { coder: 'Ada', code: 'Технологические' },
      { coder: 'Boris', code: 'Негативное' }, { coder: 'Boris', code: 'Технологические' }, { coder: 'Boris', code: 'Экономические' },
    ]);
  });

  it('adds a default code theirs renamed beside ours: it is no longer the default code; the rest still match', async () => {
    const ours = project('Ada', 'ours-kk', 'kk', []);
    const renamed = project('Boris', 'theirs-en2', 'en', []);
    const their = Store.open(renamed);
    try {
      their.db.prepare("UPDATE code SET name = 'Good news' WHERE name = 'Positive'").run();
    } finally {
      their.close();
    }
    t.session.openProject(ours);
    const { store } = t.session.context();
    source = await openMergeSource(renamed);
    applyMerge(store, source, {});
    const book = getCodebook(store);
    expect(book.frameworks.map((f) => f.name)).toEqual(['Валенттілік', 'STEEPL']);
    expect(book.codes.filter((c) => c.frameworkId === book.frameworks[0]!.id).map((c) => c.name)).toEqual(['Оң', 'Теріс', 'Болжам', 'Good news']);
  });
});
