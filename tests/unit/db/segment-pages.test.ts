/**
 * Pages of the segment list in position order (case, document, start, end), read straight off
 * the indexes (repos/segments.ts, POSITION_ORDER): the same rows in the same order as a sort of
 * every segment would give, forwards and backwards, filtered or not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentSortKeys, type SegmentQuery, type SegmentRow, type SegmentSortKey } from '../../../shared/entities.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { pageReadOffIndexes, querySegments } from '../../../main/db/repos/segments.js';
import { newGuid } from '../../../main/db/stamps.js';
import { quoteSortKey } from '../../../main/search/quote-key.js';
import type { Store } from '../../../main/db/store.js';
import { bulkProject } from '../../helpers/bulk-project.js';

let dir: string;
let store: Store;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-segment-pages-'));
  store = bulkProject(join(dir, 'project.casecoder'), 300, 20);
  // A document added later to the first case (its id is the highest, its case the lowest), with
  // spans sharing a start, inserted longest first: position order is not id order.
  const documentId = Number(store.db
    .prepare("INSERT INTO document (guid, case_id, name, text, origin, created_at) VALUES (?, 1, 'Late', ?, 'test', '2026-01-01T00:00:00.000Z')")
    .run(newGuid(), 'one two three four five six').lastInsertRowid);
  const insert = store.db.prepare('INSERT INTO segment (guid, document_id, start, "end", quote, quote_key, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)');
  const code = store.db.prepare("INSERT INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES (?, ?, 1, 1, '2026-01-01T00:00:00.000Z')");
  const late = [[8, 18], [8, 13], [0, 7], [0, 3]].map(([start, end]) => insert.run(newGuid(), documentId, start, end, 'quote', quoteSortKey('quote'), '2026-01-02T00:00:00.000Z').lastInsertRowid);
  for (const segmentId of late) code.run(newGuid(), segmentId);
  // The same code on two of them by the second coder too: each is still one segment of the code.
  const byBoris = store.db.prepare("INSERT INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES (?, ?, 1, 2, '2026-01-03T00:00:00.000Z')");
  for (const segmentId of late.slice(0, 2)) byBoris.run(newGuid(), segmentId);
  // A case in no group, which the group filter's null picks out.
  store.db.prepare('UPDATE case_ SET group_id = NULL WHERE id = 2').run();
});

afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every segment matching `filter`, sorted in JavaScript by case, document, start, end. */
function sortedByPosition(filter: Partial<SegmentQuery>): number[] {
  const caseOf = new Map(listDocuments(store).map((d) => [d.id, d.caseId]));
  const all: SegmentRow[] = [];
  for (let afterId = 0; ; ) {
    const { rows } = querySegments(store, { sort: 'position', descending: false, offset: 0, limit: 100, afterId, countTotal: false, ...filter });
    if (rows.length === 0) break;
    all.push(...rows);
    afterId = rows.at(-1)!.id;
  }
  // Each row names its case (the command line sorts by it), as the documents say.
  expect(all.filter((r) => r.caseId !== caseOf.get(r.documentId))).toEqual([]);
  const key = (r: SegmentRow) => [caseOf.get(r.documentId)!, r.documentId, r.start, r.end, r.id];
  return all.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const i = x.findIndex((v, n) => v !== y[n]);
    return i < 0 ? 0 : x[i]! - y[i]!;
  }).map((r) => r.id);
}

/** The same segments read by offset pages of 37, as the table fetches them (in position order unless `filter` sorts). */
function paged(filter: Partial<SegmentQuery>, descending: boolean): { ids: number[]; total: number } {
  const first = querySegments(store, { sort: 'position', ...filter, descending, offset: 0, limit: 37 });
  const ids = first.rows.map((r) => r.id);
  for (let offset = 37; offset < first.total; offset += 37) {
    ids.push(...querySegments(store, { sort: 'position', ...filter, descending, offset, limit: 37, countTotal: false }).rows.map((r) => r.id));
  }
  return { ids, total: first.total };
}

describe('segment pages in position order', () => {
  for (const [name, filter] of [
    ['every segment', {}], ['one group', { groupId: 1 }], ['no group', { groupId: null }], ['one case', { caseId: 1 }], ['one document', { documentId: 3 }], ['a quote', { quote: 'visa' }],
  ] as const) {
    it(`reads ${name} in case, document, start and end order, forwards and backwards`, () => {
      const expected = sortedByPosition(filter);
      expect(expected.length).toBeGreaterThan(3);
      expect(paged(filter, false)).toEqual({ ids: expected, total: expected.length });
      expect(paged(filter, true).ids).toEqual([...expected].reverse());
    });
  }

  it('puts the late document of the first case before the second case, its spans by start then end', () => {
    const rows = querySegments(store, { sort: 'position', descending: false, offset: 0, limit: 40, caseId: 1 }).rows;
    const late = rows.filter((r) => r.documentName === 'Late').map((r) => [r.start, r.end]);
    expect(late).toEqual([[0, 3], [0, 7], [8, 13], [8, 18]]);
  });
});

const sortKeyOf: Record<Exclude<SegmentSortKey, 'position'>, (row: SegmentRow) => string | null> = {
  case: (r) => r.caseName, group: (r) => r.groupName, document: (r) => r.documentName, quote: (r) => quoteSortKey(r.quote),
  codes: (r) => r.codes.join(', '), coder: (r) => r.coders.join(', '), date: (r) => r.codedAt,
};
/** Names go by English's alphabet when the query names no language (shared/name-order.ts), digits by their value. */
const byName = new Set<SegmentSortKey>(['case', 'group', 'document']);
const english = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Every segment, read by id, filtered and sorted here: what a page of each sort must show. Listed
 * for a coder, rows show (and sort by) that coder's codes alone, so they are read so here too.
 * Rows of one key keep the list's reading order (document, start, end) both ways; by date, whose
 * days come off the codings' index, they go by id with the days.
 */
function sortedHere(sort: Exclude<SegmentSortKey, 'position'>, keep: (row: SegmentRow) => boolean, coder?: string, descending = false): number[] {
  const all: SegmentRow[] = [];
  for (let afterId = 0; ; afterId = all.at(-1)!.id) {
    const { rows } = querySegments(store, { sort: 'position', descending: false, offset: 0, limit: 100, afterId, countTotal: false, coder });
    if (rows.length === 0) break;
    all.push(...rows);
  }
  const key = sortKeyOf[sort];
  // NULL first, as SQLite orders it; ties by id.
  const compare = (a: string | null, b: string | null) =>
    (a === b ? 0 : a === null ? -1 : b === null ? 1 : byName.has(sort) ? english(a, b) : a < b ? -1 : 1);
  const sign = descending ? -1 : 1;
  const ties = (a: SegmentRow, b: SegmentRow) =>
    (sort === 'date' ? sign * (a.id - b.id) : a.documentId - b.documentId || a.start - b.start || a.end - b.end || a.id - b.id);
  return all.filter(keep).sort((a, b) => sign * compare(key(a), key(b)) || ties(a, b)).map((r) => r.id);
}

describe('segment pages in every other sort, filtered by a code, a case, a group (or none) or a coder', () => {
  const codeName = () => store.db.prepare('SELECT name FROM code WHERE id = 1').pluck().get() as string;
  const caseOf = () => new Map(listDocuments(store).map((d) => [d.id, d.caseId]));
  const filters: [string, Partial<SegmentQuery>, (row: SegmentRow) => boolean][] = [
    ['every segment', {}, () => true],
    ['one code', { codeId: 1 }, (r) => r.codes.includes(codeName())],
    ['one code in one group', { codeId: 1, groupId: 1 }, (r) => r.codes.includes(codeName()) && r.groupName === 'Programmers'],
    ['one code in no group', { codeId: 1, groupId: null }, (r) => r.codes.includes(codeName()) && r.groupName === null],
    ['one code in one case', { codeId: 1, caseId: 1 }, (r) => r.codes.includes(codeName()) && caseOf().get(r.documentId) === 1],
    ['one coder', { coder: 'Boris' }, (r) => r.coders.includes('Boris')],
  ];
  for (const sort of segmentSortKeys.filter((key) => key !== 'position')) {
    it(`by ${sort}: the same segments and total as a sort here, ties in reading order, forwards and backwards`, () => {
      for (const [, filter, keep] of filters) {
        const expected = sortedHere(sort, keep, filter.coder);
        expect(expected.length).toBeGreaterThan(3);
        expect({ filter, ...paged({ sort, ...filter }, false) }).toEqual({ filter, ids: expected, total: expected.length });
        expect({ filter, ids: paged({ sort, ...filter }, true).ids }).toEqual({ filter, ids: sortedHere(sort, keep, filter.coder, true) });
      }
    });
  }

  it('counts a segment of the code once though two coders coded it with the code, on any page, past the end too', () => {
    const expected = sortedHere('quote', (r) => r.codes.includes(codeName())).length;
    const codings = store.db.prepare('SELECT count(*) FROM coding WHERE code_id = 1').pluck().get() as number;
    expect(codings).toBe(expected + 2);
    for (const offset of [0, expected - 1, expected, expected + 50]) {
      const page = querySegments(store, { sort: 'quote', descending: false, offset, limit: 1, codeId: 1 });
      expect({ offset, total: page.total, rows: page.rows.length }).toEqual({ offset, total: expected, rows: offset < expected ? 1 : 0 });
    }
  });
});

describe('which pages are read off the indexes (answered on the app connection, the others in a worker)', () => {
  const page = { sort: 'position', descending: false, offset: 5000, limit: 200 } as const;

  it('keyed pages, position order unfiltered or by case, group, document or one code', () => {
    for (const filter of [{}, { caseId: 1 }, { groupId: 1 }, { documentId: 2 }, { codeId: 3 }, { descending: true }]) {
      expect(pageReadOffIndexes({ ...page, ...filter })).toBe(true);
    }
    expect(pageReadOffIndexes({ ...page, sort: 'quote', afterId: 10 })).toBe(true);
  });

  it('not a sort by anything else, a search of the quotes, a coder or a date range', () => {
    for (const filter of [{ sort: 'quote' }, { sort: 'case' }, { quote: 'visa' }, { coder: 'Ada' }, { dateFrom: '2026-01-01' }, { codeId: 3, sort: 'date' }] as const) {
      expect(pageReadOffIndexes({ ...page, ...filter })).toBe(false);
    }
  });
});

describe('a sort by name, in the reader\'s alphabet', () => {
  let named: Store;
  const names = ['Яна', 'Әлия', 'Анна', 'Қайрат', 'Kate', 'Ілияс', 'Ёлка', 'Елена', 'анна'];
  beforeAll(() => {
    named = bulkProject(join(dir, 'named.casecoder'), 90, 10);
    const rename = named.db.prepare('UPDATE case_ SET name = ? WHERE id = ?');
    names.forEach((name, i) => rename.run(name, i + 1));
    named.db.prepare("UPDATE document SET name = 'Интервью ' || (id * 7 % 11)").run();
    // One case in no group: it comes first, as a missing name does.
    named.db.prepare('UPDATE case_ SET group_id = NULL WHERE id = 5').run();
  });
  afterAll(() => named?.close());

  /** The names in the order the page's rows show them, each once. */
  const shown = (query: Partial<SegmentQuery>, name: (row: SegmentRow) => string | null) => {
    const { rows } = querySegments(named, { sort: 'position', descending: false, offset: 0, limit: 1000, ...query });
    return rows.map(name).filter((value, i, all) => i === 0 || value !== all[i - 1]);
  };

  it('puts the Kazakh letters where Kazakh puts them, and folds the case of Cyrillic ones', () => {
    expect(shown({ sort: 'case', language: 'kk' }, (r) => r.caseName)).toEqual(['анна', 'Анна', 'Әлия', 'Елена', 'Ёлка', 'Қайрат', 'Ілияс', 'Яна', 'Kate']);
    expect(shown({ sort: 'case', language: 'ru' }, (r) => r.caseName)).toEqual(['анна', 'Анна', 'Әлия', 'Елена', 'Ёлка', 'Ілияс', 'Қайрат', 'Яна', 'Kate']);
    expect(shown({ sort: 'case', language: 'en', descending: true }, (r) => r.caseName)).toEqual(['Яна', 'Қайрат', 'Ілияс', 'Ёлка', 'Елена', 'Әлия', 'Анна', 'анна', 'Kate']);
  });

  it('orders numbered documents by their number, and a case in no group before the groups', () => {
    const documents = shown({ sort: 'document', language: 'ru' }, (r) => r.documentName);
    expect(documents).toEqual([...new Set(documents)].sort((a, b) => Number(a!.split(' ')[1]) - Number(b!.split(' ')[1])));
    expect(documents).toContain('Интервью 10');
    expect(shown({ sort: 'group', language: 'kk' }, (r) => r.groupName)).toEqual([null, 'Entrepreneurs', 'Programmers']);
  });

  it("sorts by codes and by coder as the language does, each row's codes in that order too", () => {
    const renameCode = named.db.prepare('UPDATE code SET name = ? WHERE id = ?');
    const codeIds = named.db.prepare('SELECT id FROM code ORDER BY id').pluck().all() as number[];
    // Each segment has one of the first three codes and one of the next six.
    ['прогноз', 'Әсер', 'Яркое', 'Экономика', 'әлеумет', 'Қоғам', 'Ілім', 'Ёлка', 'Ара'].forEach((name, i) => renameCode.run(name, codeIds[i]));
    named.db.prepare("UPDATE coder SET name = CASE name WHEN 'Ada' THEN 'Яна' ELSE 'әлия' END").run();
    const compare = new Intl.Collator('kk', { numeric: true }).compare;
    const compareLists = (a: string[], b: string[]) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (compare(a[i]!, b[i]!) !== 0) return compare(a[i]!, b[i]!);
      return a.length - b.length;
    };
    const { rows } = querySegments(named, { sort: 'codes', descending: false, offset: 0, limit: 1000, language: 'kk' });
    expect(rows.length).toBe(90);
    for (const row of rows) expect(row.codes).toEqual([...row.codes].sort(compare));
    expect(rows.map((r) => r.codes)).toEqual(rows.map((r) => r.codes).sort(compareLists));
    expect(rows[0]!.codes).toEqual(['Ара', 'Яркое']);
    // Ә before Я in Kazakh; in SQLite's order of code points every Я came first.
    expect(shown({ sort: 'coder', language: 'kk' }, (r) => r.coders.join())).toEqual(['әлия', 'Яна']);
  });

  it('finds a one-code page, and counts it, in the same order', () => {
    const codeId = named.db.prepare('SELECT code_id FROM coding ORDER BY id LIMIT 1').pluck().get() as number;
    const page = querySegments(named, { sort: 'case', descending: false, offset: 0, limit: 1000, codeId, language: 'kk' });
    const order = ['анна', 'Анна', 'Әлия', 'Елена', 'Ёлка', 'Қайрат', 'Ілияс', 'Яна', 'Kate'];
    expect(page.total).toBe(page.rows.length);
    expect(page.rows.map((r) => order.indexOf(r.caseName))).toEqual(page.rows.map((r) => order.indexOf(r.caseName)).sort((a, b) => a - b));
  });
});
