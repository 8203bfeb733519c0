import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdsOnlyLeftOut, MAX_SEARCH_FORMS, SearchRequest, spanForms } from '../../../shared/search.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { heldTerms, matchingDocumentIds } from '../../../main/db/repos/search.js';
import { querySegments } from '../../../main/db/repos/segments.js';
import { historyState, redo, undo } from '../../../main/db/history.js';
import { SEARCH_INDEX_META_KEY } from '../../../main/db/migrations/004-search-index.js';
import { rebuildSearchIndex } from '../../../main/db/search-index.js';
import { runMigrations } from '../../../main/db/migrations/index.js';
import { createCase, createGroup, deleteCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { autocodeApply } from '../../../main/services/autocode.js';
import { autocodePreview } from '../../../main/services/autocode-preview.js';
import { search } from '../../../main/services/search.js';
import { getStopWords, setStopWords, wordList } from '../../../main/services/words.js';
import { StopWordSettings } from '../../../shared/search.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { exportQdpx } from '../../../main/refi/write-package.js';
import { importRefi } from '../../../main/refi/import.js';
import { PendingMerges } from '../../../main/merge/pending-merges.js';
import { useFilesOnDisk } from '../../helpers/file-on-disk.js';

const onDisk = useFilesOnDisk();

let t: TestSession;
const ctx = () => t.session.context();
const run = (query: string, extra: Partial<Parameters<typeof SearchRequest.parse>[0]> = {}) =>
  search(ctx(), SearchRequest.parse({ query, ...extra }) as Parameters<typeof search>[1]);
/** Each hit's own text, cut from its context line (which may hold neighbouring hits too). */
const hitTexts = (query: string, extra = {}) =>
  run(query, extra).hits.map((h) => [...h.line.text].slice(h.start - h.line.start, h.end - h.line.start).join(''));
const code = (path: string) => {
  const [f, c] = path.split('/') as [string, string];
  return findCodeByPath(ctx().store, f, c)!.id;
};
/**
 * The documents the FTS5 index selects for a plain word, straight from SQL; the word offsets
 * search reads must place the word in the same documents, and every document, and no document
 * that is gone, must have its chunks.
 */
const indexedIn = (store: ReturnType<typeof ctx>['store'], word: string) => {
  const documents = matchingDocumentIds(store, `words : "${word}"`).sort();
  const located = store
    .prepare("SELECT DISTINCT doc FROM temp.document_search_instance WHERE term = ? AND col = 'words' ORDER BY 1")
    .pluck().all(word) as number[];
  expect(located).toEqual(documents);
  expect(store.prepare('SELECT count(*) FROM search_chunk WHERE document_id NOT IN (SELECT id FROM document)').pluck().get()).toBe(0);
  expect(store.prepare('SELECT count(*) FROM document WHERE id NOT IN (SELECT document_id FROM search_chunk)').pluck().get()).toBe(0);
  return documents;
};
const indexed = (word: string) => indexedIn(ctx().store, word);

let p1: number;
let p2: number;
beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('study');
  const g = createGroup(ctx(), 'Чиновники');
  p1 = createCase(ctx(), 'P1', g.id).id;
  p2 = createCase(ctx(), 'P2', null).id;
  pasteText(ctx(), p1, 'Интервью', 'Бюрократия мешает. Без бюрократии никак.\nЁлка в Қазақстане стоит.');
  pasteText(ctx(), p2, 'Заметки', 'Мы боремся с бюрократией. Елка и ЁЛКА.\nGovernment running; the government\'s runs.');
});
afterEach(() => t.dispose());

describe('search through the real index', () => {
  it('finds Russian word forms, ё as е, Kazakh letters in any case, English stems', () => {
    expect(hitTexts('бюрократии')).toEqual(['Бюрократия', 'бюрократии', 'бюрократией']);
    expect(hitTexts('елка')).toEqual(['Ёлка', 'Елка', 'ЁЛКА']);
    expect(hitTexts('ҚАЗАҚСТАНЕ')).toEqual(['Қазақстане']);
    expect(hitTexts('run')).toEqual(['running', 'runs']);
  });

  it('tells its progress of each document read, and stops at the next one when told to (review-scale-1207 #5)', () => {
    const request = SearchRequest.parse({ query: 'бюрократии', counts: true }) as Parameters<typeof search>[1];
    const heard: number[] = [];
    expect(search(ctx(), request, (done) => heard.push(done)).totalHits).toBe(3);
    expect(heard).toEqual([1, 2]);
    // The job's Stop: its progress throws at the next report, and the search ends there.
    let reports = 0;
    expect(() => search(ctx(), request, () => {
      if (++reports === 2) throw new Error('Cancelled');
    })).toThrow('Cancelled');
    expect(reports).toBe(2);
  });

  it("finds a place's other cases where Snowball cuts them apart (Астана → аста, Астане → астан)", () => {
    pasteText(ctx(), p2, 'Переезд', 'Мы переехали в Астану. Астана холоднее. В Астане ветрено. Из Казахстана, в Казахстане, Казахстан.');
    const inAstana = ['Астану', 'Астана', 'Астане'];
    for (const word of ['Астана', 'Астане', 'астаны']) expect(hitTexts(word), word).toEqual(inAstana);
    for (const word of ['Казахстан', 'Казахстане']) expect(hitTexts(word), word).toEqual(['Казахстана', 'Казахстане', 'Казахстан']);
    // The written form still asks for that form alone.
    expect(hitTexts('"Астане"')).toEqual(['Астане']);
  });

  it("finds an -овать verb's present forms from its infinitive or past, and the other way round", () => {
    pasteText(ctx(), p2, 'Планы', 'Планирую переезд. Мы планировали его давно, а они не планируют. Пользуюсь картой; он пользовался ею.');
    const planned = ['Планирую', 'планировали', 'планируют'];
    for (const word of ['планировать', 'планировал', 'планирую', 'планируем']) expect(hitTexts(word), word).toEqual(planned);
    expect(hitTexts('пользоваться')).toEqual(['Пользуюсь', 'пользовался']);
    // Quotes ask for the form written.
    expect(hitTexts('"планирую"')).toEqual(['Планирую']);
  });

  it('finds the forms of a word whose root changes, which Snowball stems apart (жить → живём, дорогой → дороже)', () => {
    // The second review of 6 December: «жить» found no «живём», «дорогой» no «дороже».
    pasteText(ctx(), p2, 'Сербия', 'Сейчас мы живём в Сербии, раньше жили в Москве. Зерно здесь дороже, а вести бизнес дорого. Живой человек.');
    const living = ['живём', 'жили'];
    for (const word of ['жить', 'жили']) expect(hitTexts(word), word).toEqual(living);
    // «живём» by its own stem as well, which Snowball gives «живой» too.
    expect(hitTexts('живём')).toEqual([...living, 'Живой']);
    for (const word of ['дорогой', 'дороже', 'дорого']) expect(hitTexts(word), word).toEqual(['дороже', 'дорого']);
    // As written only: «живой» is no listed form, and finds what its stem does.
    expect(hitTexts('живой')).toEqual(['живём', 'Живой']);
  });

  it("finds a word's Kazakh case forms, highlighted where they stand, and no longer word", () => {
    const text = 'Мы живём в Алматыда. Алматы қымбат. Жұмыстан шаршадым, жұмысқа бардым, жұмыста отырмын; жұмысшы емеспін.';
    pasteText(ctx(), p2, 'Сұхбат', text);
    expect(hitTexts('Алматы')).toEqual(['Алматыда', 'Алматы']);
    expect(hitTexts('жұмыс')).toEqual(['Жұмыстан', 'жұмысқа', 'жұмыста']);
    const hit = run('жұмыс').hits[0]!;
    expect(hit.start).toBe([...text].indexOf('Ж'));
    expect(hit.end - hit.start).toBe('Жұмыстан'.length);
    // A prefix or quotes still ask for what was written.
    expect(hitTexts('"Алматы"')).toEqual(['Алматы']);
  });

  it("finds a word's possessive forms, and from an inflected query the word and its other forms", () => {
    const text = 'Жұмысым жақсы. Жұмыс көп, жұмыста отырмын. Жұмысымыздың бағасы. Мектеп жаңа, мектебінде оқыдым. Алматыда тұрдым, Алматысы әдемі.';
    pasteText(ctx(), p2, 'Сұхбат', text);
    const work = ['Жұмысым', 'Жұмыс', 'жұмыста', 'Жұмысымыздың'];
    for (const query of ['жұмыс', 'жұмысының', 'жұмыста', 'Жұмысым']) expect(hitTexts(query), query).toEqual(work);
    expect(hitTexts('мектеп')).toEqual(['Мектеп', 'мектебінде']);
    expect(hitTexts('мектебі')).toEqual(['Мектеп', 'мектебінде']);
    expect(hitTexts('Алматыда')).toEqual(['Алматыда', 'Алматысы']);
    // Autocoding finds what search finds.
    const codeId = code('Valence/Negative');
    const preview = autocodePreview(ctx(), { query: 'жұмысының', scope: {}, codingScope: 'sentence', codeId });
    expect(preview.spans.map(spanForms)).toEqual([['жұмысым'], ['жұмыс', 'жұмыста'], ['жұмысымыздың']]);
    // The forms the index does not hold are left out before FTS5 and the offsets see them; the index
    // is asked by term (fts5vocab's equality, idxNum bit 1), not by a scan of all its terms.
    expect(heldTerms(ctx().store, ['жұмыста', 'жұмысқа', 'мектебінде'])).toEqual(new Set(['жұмыста', 'мектебінде']));
    const [plan] = ctx().store.db.prepare('EXPLAIN QUERY PLAN SELECT term FROM temp.document_search_terms WHERE term IN (SELECT value FROM json_each(?))').all('[]') as { detail: string }[];
    expect(Number(/VIRTUAL TABLE INDEX (\d+)/.exec(plan!.detail)?.[1]) & 1).toBe(1);
  });

  it('reads phrases, prefixes, И/ИЛИ/НЕ and NEAR', () => {
    expect(hitTexts('"без бюрократии"')).toEqual(['Без бюрократии']);
    expect(hitTexts('"бюрократия"')).toEqual(['Бюрократия']);
    expect(hitTexts('бюрок*')).toEqual(['Бюрократия', 'бюрократии', 'бюрократией']);
    expect(run('бюрократия И government').hits.map((h) => h.documentName)).toEqual(['Заметки', 'Заметки', 'Заметки']);
    expect(run('бюрократия НЕ government').hits.map((h) => h.documentName)).toEqual(['Интервью', 'Интервью']);
    expect(run('мешает ИЛИ боремся').hits).toHaveLength(2);
    // Both forms lie within one word of мешает; overlapping NEAR hits merge into one.
    expect(hitTexts('бюрократия NEAR/1 мешает')).toEqual(['Бюрократия мешает. Без бюрократии']);
    expect(hitTexts('government NEAR/0 running')).toEqual(['Government running', "government's runs"]);
    expect(run('мешает NEAR/1 никак').hits).toHaveLength(0);
    expect(run('мешает NEAR/2 никак').hits).toHaveLength(1);
  });

  it('gives the hit in code points with a context line, and counts per case and group', () => {
    const result = run('елка');
    expect(result.hits[0]).toMatchObject({ caseName: 'P1', groupName: 'Чиновники', documentName: 'Интервью' });
    const text = 'Бюрократия мешает. Без бюрократии никак.\nЁлка';
    expect(result.hits[0]!.start).toBe([...text].length - 4);
    expect(result.hits[0]!.line.text).not.toMatch(/\n/);
    expect(result.totalHits).toBe(3);
    expect(result.cases.map((c) => [c.caseName, c.hits])).toEqual([['P1', 1], ['P2', 2]]);
    expect(result.groups.map((g) => [g.groupName, g.hits])).toEqual([['Чиновники', 1], [null, 2]]);
    expect(run('елка', { limit: 1 })).toMatchObject({ complete: false, totalHits: 3 });
  });

  it('keeps to the scope: cases, groups (or no group), documents, and the text coded with a code', () => {
    expect(run('бюрократия', { scope: { caseIds: [p2] } }).hits).toHaveLength(1);
    const group = run('бюрократия', { scope: { groupIds: [run('елка').groups.length > 0 ? findGroupId() : 0] } });
    expect(group.hits.map((h) => h.caseName)).toEqual(['P1', 'P1']);
    // null: the cases in no group, alone or beside a group.
    expect(run('бюрократия', { scope: { groupIds: [null] } }).hits.map((h) => h.caseName)).toEqual(['P2']);
    expect(run('бюрократия', { scope: { groupIds: [findGroupId(), null] } }).hits).toHaveLength(3);
    const [doc2] = listDocuments(ctx().store, p2);
    expect(run('елка', { scope: { documentIds: [doc2!.id] } }).hits).toHaveLength(2);
    // Coded: "Бюрократия мешает." (not the next sentence's бюрократии) and "Мы боремся с бюрократией.".
    const [doc1] = listDocuments(ctx().store, p1);
    applyCode(ctx(), { documentId: doc1!.id, start: 0, end: 18, codeId: code('Valence/Negative') });
    applyCode(ctx(), { documentId: doc2!.id, start: 0, end: 25, codeId: code('Valence/Negative') });
    expect(hitTexts('бюрократия', { scope: { codeIds: [code('Valence/Negative')] } })).toEqual(['Бюрократия', 'бюрократией']);
  });

  it('lists the forms found over every hit, and leaves out the hits, counts and documents of a form left out', () => {
    const p3 = createCase(ctx(), 'P3', null).id;
    pasteText(ctx(), p2, 'English', 'Troops need mobilization. The Mobile app is slow; mobile\ninternet too. MOBILIZATION again.');
    pasteText(ctx(), p3, 'Phones', 'A mobile phone, another mobile.');
    const all = run('mobilization', { limit: 1 });
    expect(all.forms).toEqual([{ form: 'mobile', hits: 4 }, { form: 'mobilization', hits: 2 }]);
    expect(all).toMatchObject({ totalHits: 6, moreForms: 0 });
    expect(all.cases.map((c) => [c.caseName, c.hits])).toEqual([['P2', 4], ['P3', 2]]);
    // A phrase is one form, its line break one space.
    expect(run('"mobile internet"').forms).toEqual([{ form: 'mobile internet', hits: 1 }]);

    const kept = run('mobilization', { leaveOut: ['mobile'] });
    expect(hitTexts('mobilization', { leaveOut: ['mobile'] })).toEqual(['mobilization', 'MOBILIZATION']);
    expect(kept).toMatchObject({ totalHits: 2, complete: true, moreForms: 0 });
    // P3 held «mobile» alone: it is gone from the counts, its group with it.
    expect(kept.cases.map((c) => [c.caseName, c.hits])).toEqual([['P2', 2]]);
    expect(kept.groups.map((g) => [g.groupName, g.hits])).toEqual([[null, 2]]);
    // The form left out stays listed with its hits, so it can be ticked again.
    expect(kept.forms).toEqual(all.forms);
    // The first page, without counts, leaves it out too.
    expect(run('mobilization', { leaveOut: ['mobile'], counts: false })).toMatchObject({ forms: null, totalHits: null, complete: true });
    expect(run('mobilization', { leaveOut: ['mobile'], counts: false }).hits).toHaveLength(2);
  });

  it("lists a NEAR hit's words, not the text between them, and leaves out a hit found by a form left out", () => {
    // Nine words between: within NEAR's ten. Twelve between the sentences: each NEAR hit its own.
    const between = 'и ещё много разных слов про очереди, печати, подписи';
    const apart = 'а дальше идёт длинный рассказ совсем о другом, о жилье и работе в городе';
    pasteText(ctx(), p2, 'Справки', `Бюрократия ${between} справку. ${apart}. Бюрократии нет, есть справочник. ${apart}. Про справки ни слова.`);
    for (const query of ['бюрократия NEAR справ*', 'бюрократия РЯДОМ справ*']) {
      const result = run(query);
      expect(hitTexts(query)).toEqual([`Бюрократия ${between} справку`, 'Бюрократии нет, есть справочник']);
      expect(result.forms, query).toEqual([
        { form: 'бюрократии', hits: 1 }, { form: 'бюрократия', hits: 1 }, { form: 'справку', hits: 1 }, { form: 'справочник', hits: 1 },
      ]);
    }
    // «справочник» is a stray of справ*: its NEAR hit goes, though its other word is kept.
    expect(hitTexts('бюрократия NEAR справ*', { leaveOut: ['справочник'] })).toEqual([`Бюрократия ${between} справку`]);
    const preview = autocodePreview(ctx(), { query: 'бюрократия NEAR справ*', scope: {}, codingScope: 'sentence', codeId: code('Valence/Negative') });
    expect(preview.spans.map((s) => s.found)).toEqual([[['бюрократия', 'справку']], [['бюрократии', 'справочник']]]);
    expect(preview.spans.map((s) => holdsOnlyLeftOut(s, new Set(['справочник'])))).toEqual([false, true]);
  });

  it('lists the most frequent forms and says how many more, but always those left out', () => {
    const words = Array.from({ length: MAX_SEARCH_FORMS + 5 }, (_, i) => `tab${String(i).padStart(3, '0')}`);
    pasteText(ctx(), p2, 'Tabs', `${words.join(' ')} tab000 tab001`);
    const result = run('tab*');
    expect(result.forms).toHaveLength(MAX_SEARCH_FORMS);
    expect(result.forms!.slice(0, 3)).toEqual([{ form: 'tab000', hits: 2 }, { form: 'tab001', hits: 2 }, { form: 'tab002', hits: 1 }]);
    expect(result.moreForms).toBe(5);
    const last = words[words.length - 1]!;
    const leaving = run('tab*', { leaveOut: [last] });
    expect(leaving.forms!.map((f) => f.form)).toContain(last);
    expect(leaving).toMatchObject({ moreForms: 4, totalHits: words.length + 1 });
  });

  it('answers a malformed query with a query error code, never SQL', () => {
    for (const [query, errorCode] of [['"бюрократия', 'queryUnclosedQuote'], ['НЕ елка', 'queryNotWithoutWord'], ['а*', 'queryShortPrefix'], ['', 'queryEmpty']]) {
      expect(() => run(query!)).toThrow(expect.objectContaining({ code: errorCode }));
    }
  });
});

function findGroupId(): number {
  return (ctx().store.prepare("SELECT id FROM case_group WHERE name = 'Чиновники'").get() as { id: number }).id;
}

describe('the index kept in step', () => {
  it('through import, case deletion, undo and redo', () => {
    const [doc1] = listDocuments(ctx().store, p1);
    expect(indexed('мешает')).toEqual([doc1!.id]);
    deleteCase(ctx(), p1);
    expect(indexed('мешает')).toEqual([]);
    undo(ctx().store);
    expect(indexed('мешает')).toEqual([doc1!.id]);
    expect(hitTexts('мешает')).toEqual(['мешает']);
    redo(ctx().store);
    expect(indexed('мешает')).toEqual([]);
    undo(ctx().store);
    undo(ctx().store); // the paste of P2's document
    expect(indexed('боремся')).toEqual([]);
    redo(ctx().store);
    expect(indexed('боремся')).toHaveLength(1);
  });

  it('through REFI-QDA import, which inserts through the documents repository', async () => {
    const qdpx = await exportQdpx(ctx().store);
    const other = newTestSession('Boris');
    try {
      other.session.createProject('copy');
      await importRefi(other.session.context(), 'study.qdpx', qdpx);
      expect(indexedIn(other.session.context().store, 'мешает')).toHaveLength(1);
    } finally {
      other.dispose();
    }
  });

  // Needs merge's generic insertRow (main/db/repos/rows.ts) to index the documents it adds.
  it('through merge, and its undo', async () => {
    const qdpx = await exportQdpx(ctx().store);
    const third = newTestSession('Vera');
    try {
      third.session.createProject('merged');
      const store = third.session.context().store;
      const merges = new PendingMerges();
      const plan = await merges.plan(store, onDisk('study.qdpx', qdpx), 'study.qdpx');
      await merges.apply(store, plan.planId, {});
      expect(indexedIn(store, 'боремся')).toHaveLength(1);
      undo(store);
      expect(indexedIn(store, 'боремся')).toEqual([]);
    } finally {
      third.dispose();
    }
  });

  const wipeIndex = (store: ReturnType<typeof ctx>['store']) => {
    store.db.prepare("INSERT INTO document_search (document_search) VALUES ('delete-all')").run();
    store.db.prepare('DELETE FROM search_chunk').run();
  };

  it('is rebuilt by the migration from the documents, and again when the stem rules change', () => {
    const store = ctx().store;
    wipeIndex(store);
    expect(matchingDocumentIds(store, 'words : "мешает"')).toEqual([]);
    rebuildSearchIndex(store.db);
    expect(indexed('мешает')).toHaveLength(1);
    wipeIndex(store);
    store.db.prepare('UPDATE project_meta SET value = ? WHERE key = ?').run('0', SEARCH_INDEX_META_KEY);
    runMigrations(store.db);
    expect(indexed('мешает')).toHaveLength(1);
  });
});

describe('autocode', () => {
  it('says which words each span was found by, so a stem matching other words shows', () => {
    pasteText(ctx(), p2, 'English', 'Troops need mobilization. The mobile app is slow; Mobile internet too.');
    const codeId = code('Valence/Negative');
    const preview = autocodePreview(ctx(), { query: 'mobilization', scope: {}, codingScope: 'sentence', codeId });
    expect(preview.spans.map(spanForms)).toEqual([['mobilization'], ['mobile']]);
  });

  it('previews every span, codes the kept ones as one undo step', () => {
    const codeId = code('Valence/Negative');
    const preview = autocodePreview(ctx(), { query: 'бюрократия', scope: {}, codingScope: 'sentence', codeId });
    expect(preview.spans.map((s) => s.text)).toEqual(['Бюрократия мешает.', 'Без бюрократии никак.', 'Мы боремся с бюрократией.']);
    const kept = preview.spans.filter((s) => s.text !== 'Без бюрократии никак.');
    const before = historyState(ctx().store);
    expect(autocodeApply(ctx(), { codeId, spans: kept })).toEqual({ coded: 2, unchanged: 0 });
    const quotes = () => querySegments(ctx().store, { sort: 'position', descending: false, offset: 0, limit: 10 }).rows.map((r) => r.quote);
    expect(quotes()).toEqual(['Бюрократия мешает.', 'Мы боремся с бюрократией.']);
    expect(historyState(ctx().store).undoLabel).toBe('search.autocode');
    const marks = (coderName: string | null) =>
      autocodePreview({ ...ctx(), coderName }, { query: 'бюрократия', scope: {}, codingScope: 'sentence', codeId }).spans.map((s) => s.alreadyCoded);
    expect(marks(ctx().coderName)).toEqual([true, false, true]);
    // Coded by another coder, a span is one to code again: the agreement report compares the two.
    expect(marks('Another coder')).toEqual([false, false, false]);
    expect(marks(null)).toEqual([false, false, false]);
    undo(ctx().store);
    expect(quotes()).toEqual([]);
    expect(historyState(ctx().store)).toEqual({ ...before, canRedo: true, redoLabel: 'search.autocode' });
  });

  it('codes paragraphs, and refuses a span outside the document', () => {
    const codeId = code('Valence/Positive');
    const preview = autocodePreview(ctx(), { query: 'елка', scope: {}, codingScope: 'paragraph', codeId });
    expect(preview.spans.map((s) => s.text)).toEqual(['Ёлка в Қазақстане стоит.', 'Мы боремся с бюрократией. Елка и ЁЛКА.']);
    expect(() => autocodeApply(ctx(), { codeId, spans: [{ documentId: preview.spans[0]!.documentId, start: 0, end: 10_000 }] })).toThrow(/not inside/);
    expect(querySegments(ctx().store, { sort: 'position', descending: false, offset: 0, limit: 10 }).total).toBe(0);
  });
});

describe('word frequencies', () => {
  it('counts words with stop words left out, by stem on request, per project stop words', () => {
    const list = wordList(ctx(), { byStem: false, limit: 100 });
    // Ёлка, Елка and ЁЛКА are one word, shown as most often written.
    expect(list.words.find((w) => w.word === 'ёлка')).toMatchObject({ count: 3, documents: 2, cases: 2 });
    expect(list.words.some((w) => w.word === 'и')).toBe(false);
    const stems = wordList(ctx(), { byStem: true, limit: 100 });
    expect(stems.words.find((w) => w.forms?.includes('бюрократией'))).toMatchObject({ count: 3, cases: 2 });
    setStopWords(ctx(), StopWordSettings.parse({ add: ['Елка'], remove: ['и'] }));
    expect(getStopWords(ctx())).toMatchObject({ add: ['Елка'], remove: ['и'] });
    const changed = wordList(ctx(), { byStem: false, limit: 100 });
    expect(changed.words.some((w) => w.word === 'ёлка' || w.word === 'елка')).toBe(false);
    expect(changed.words.find((w) => w.word === 'и')).toMatchObject({ count: 1 });
    expect(wordList(ctx(), { byStem: false, limit: 100, caseId: p1 }).words.every((w) => w.cases === 1)).toBe(true);
  });

  it('counts a group\'s cases, or (null) those in no group, and reads as many documents as it says', () => {
    const read = (groupId: number | null) => {
      const totals: number[] = [];
      const words = wordList(ctx(), { byStem: false, limit: 100, groupId }, (_done, total) => totals.push(total)).words.map((w) => w.word);
      return { words, total: totals.at(-1) };
    };
    // P2 alone holds «government»; P1 alone «мешает».
    expect(read(null)).toMatchObject({ total: 1 });
    expect(read(null).words).toContain('government');
    expect(read(null).words).not.toContain('мешает');
    expect(read(findGroupId()).words).toContain('мешает');
    expect(read(findGroupId()).words).not.toContain('government');
  });
});
