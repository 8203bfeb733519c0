/**
 * The segment list's days are its codings' days, not its segments': a code added in March to a
 * segment made in January (by its coder later, or by a teammate whose codings were merged in,
 * keeping their dates) was coded in March. "Coded between" lists a segment one of whose codings,
 * of the code and coder asked for where asked, was made in those days; the row's day, on screen
 * and in the export, is the latest of those codings, and the sort by day goes by it, on every
 * path the list is read by (position order, the code's own page, every sort, keyed pages, the
 * export's reading).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SegmentQuery, SegmentRow } from '../../../shared/entities.js';
import { ensureCoder } from '../../../main/db/repos/coders.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { segmentListNames } from '../../../main/db/repos/segment-list-names.js';
import { insertCoding, insertSegment, querySegments, segmentPagesInOrder } from '../../../main/db/repos/segments.js';
import { newGuid } from '../../../main/db/stamps.js';
import { Store } from '../../../main/db/store.js';
import { writeSegmentList } from '../../../main/export/segment-list.js';
import { seedDefaultCodebook } from '../../../main/services/codebook.js';

let store: Store;
const ids: Record<'made' | 'march' | 'january' | 'uncoded', number> = { made: 0, march: 0, january: 0, uncoded: 0 };
const code: Record<'Political' | 'Economic' | 'Negative', number> = { Political: 0, Economic: 0, Negative: 0 };

beforeAll(() => {
  store = Store.memory();
  seedDefaultCodebook(store);
  for (const name of ['Political', 'Economic'] as const) code[name] = findCodeByPath(store, 'STEEPL', name)!.id;
  code.Negative = findCodeByPath(store, 'Valence', 'Negative')!.id;
  const anna = ensureCoder(store, 'Анна');
  const boris = ensureCoder(store, 'Борис');
  const caseId = Number(store.db.prepare("INSERT INTO case_ (guid, name, created_at) VALUES (?, 'P1', '2026-01-01T00:00:00.000Z')").run(newGuid()).lastInsertRowid);
  const text = 'Аренда выросла. Интернет провели. Поезда опаздывают. Банк закрыли.';
  const documentId = Number(store.db.prepare("INSERT INTO document (guid, case_id, name, text, origin, created_at) VALUES (?, ?, 'Интервью', ?, 'test', '2026-01-01T00:00:00.000Z')")
    .run(newGuid(), caseId, text).lastInsertRowid);
  const segment = (start: number, end: number, coderId: number, createdAt: string) =>
    insertSegment(store, { documentId, start, end, quote: text.slice(start, end), coderId, createdAt });
  // Made and coded Political by Anna in January; Boris's Negative on it merged in, made in March.
  ids.made = segment(0, 15, anna, '2026-01-05T09:00:00.000Z');
  insertCoding(store, ids.made, code.Political, anna, { createdAt: '2026-01-05T09:00:00.000Z' });
  insertCoding(store, ids.made, code.Negative, boris, { createdAt: '2026-03-10T15:30:00.000Z' });
  // Made and coded in March, on the last day of the range.
  ids.march = segment(16, 33, anna, '2026-03-31T23:59:59.000Z');
  insertCoding(store, ids.march, code.Economic, anna, { createdAt: '2026-03-31T23:59:59.000Z' });
  // Made in January, coded Political by Anna in January alone.
  ids.january = segment(34, 52, anna, '2026-01-20T12:00:00.000Z');
  insertCoding(store, ids.january, code.Political, anna, { createdAt: '2026-01-20T12:00:00.000Z' });
  // Made in March and never coded (an import can leave a segment holding a memo alone).
  ids.uncoded = segment(53, 66, boris, '2026-03-05T08:00:00.000Z');
});
afterAll(() => store?.close());

const MARCH = { dateFrom: '2026-03-01', dateTo: '2026-03-31' } as const;
const JANUARY = { dateFrom: '2026-01-01', dateTo: '2026-01-31' } as const;

/** The list's rows by every path it is read by, which must agree: [id, day shown] in the sort's order. */
function listed(query: Partial<SegmentQuery>): [number, string][] {
  const shown = (rows: readonly SegmentRow[]) => rows.map((r): [number, string] => [r.id, r.codedAt.slice(0, 10)]);
  const sort = query.sort ?? 'position';
  const paged: SegmentRow[] = [];
  const first = querySegments(store, { sort, descending: false, ...query, offset: 0, limit: 2 });
  paged.push(...first.rows);
  for (let offset = 2; offset < first.total; offset += 2) paged.push(...querySegments(store, { sort, descending: false, ...query, offset, limit: 2, countTotal: false }).rows);
  const exported = [...segmentPagesInOrder(store, { sort, descending: false, ...query })].flatMap((page) => page.rows);
  const keyed = querySegments(store, { sort: 'position', descending: false, offset: 0, limit: 50, afterId: 0, countTotal: false, ...query }).rows;
  expect(shown(exported)).toEqual(shown(paged));
  expect(first.total).toBe(paged.length);
  expect(keyed.map((r) => r.id)).toEqual(paged.map((r) => r.id).sort((a, b) => a - b));
  return shown(paged);
}

describe('the segment list by its codings\' days', () => {
  it('lists a segment made in January for a coding of March, and none made in March but coded in none of its days', () => {
    expect(listed(MARCH)).toEqual([[ids.made, '2026-03-10'], [ids.march, '2026-03-31']]);
    expect(listed(JANUARY)).toEqual([[ids.made, '2026-01-05'], [ids.january, '2026-01-20']]);
    expect(listed({ dateFrom: '2026-03-11' })).toEqual([[ids.march, '2026-03-31']]);
    expect(listed({ dateTo: '2026-01-05' })).toEqual([[ids.made, '2026-01-05']]);
  });

  it('shows the latest of a segment\'s codings, and its own day where it has none', () => {
    expect(listed({})).toEqual([[ids.made, '2026-03-10'], [ids.march, '2026-03-31'], [ids.january, '2026-01-20'], [ids.uncoded, '2026-03-05']]);
  });

  it('asks the days of the one coding that has the code and the coder, and shows that coding\'s day', () => {
    expect(listed({ coder: 'Анна' })).toEqual([[ids.made, '2026-01-05'], [ids.march, '2026-03-31'], [ids.january, '2026-01-20']]);
    expect(listed({ coder: 'Анна', ...MARCH })).toEqual([[ids.march, '2026-03-31']]);
    expect(listed({ coder: 'Борис', ...JANUARY })).toEqual([]);
    // Political was coded in January only: Boris's March coding is of another code.
    expect(listed({ codeId: code.Political, ...MARCH })).toEqual([]);
    expect(listed({ codeId: code.Political })).toEqual([[ids.made, '2026-01-05'], [ids.january, '2026-01-20']]);
    expect(listed({ codeId: code.Negative, coder: 'Борис', ...MARCH })).toEqual([[ids.made, '2026-03-10']]);
    expect(listed({ codeId: code.Negative, coder: 'Анна', ...MARCH })).toEqual([]);
  });

  it('sorts by the day shown, on every path', () => {
    const byDay = [[ids.january, '2026-01-20'], [ids.uncoded, '2026-03-05'], [ids.made, '2026-03-10'], [ids.march, '2026-03-31']];
    expect(listed({ sort: 'date' })).toEqual(byDay);
    expect(listed({ sort: 'date', descending: true })).toEqual([...byDay].reverse());
    expect(listed({ sort: 'date', coder: 'Анна' })).toEqual([[ids.made, '2026-01-05'], [ids.january, '2026-01-20'], [ids.march, '2026-03-31']]);
    expect(listed({ sort: 'date', descending: true, codeId: code.Political })).toEqual([[ids.january, '2026-01-20'], [ids.made, '2026-01-05']]);
    expect(listed({ sort: 'date', ...MARCH })).toEqual([[ids.made, '2026-03-10'], [ids.march, '2026-03-31']]);
  });

  it('writes the codings\' day in the exported list\'s date column', () => {
    const pages = (query: Partial<SegmentQuery>) =>
      [...segmentPagesInOrder(store, { sort: 'position', descending: false, ...query })].map((page) => page.rows.map((row) => ({ ...row, memos: [] })));
    const csv = writeSegmentList(pages(JANUARY), 'csv', 'ru', segmentListNames(store), { heading: '', text: '' });
    const lines = csv.toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/,Дата кодирования,Мемо$/);
    expect(lines.slice(1, -1).map((line) => line.split(',').at(-2))).toEqual(['2026-01-05', '2026-01-20']);
    const all = writeSegmentList(pages({}), 'csv', 'en', segmentListNames(store), { heading: '', text: '' });
    expect(all.toString('utf8').split('\r\n')[1]).toMatch(/,2026-03-10,$/);
  });
});
