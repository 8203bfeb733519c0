/**
 * Pages sorted by day walked off the codings' date index (repos/segments-by-day.ts) list the
 * same rows, at the same days, in the same order, as the day each row shows (the latest of the
 * codings it stands for, or its own with none) sorted with the segment's id after it: computed
 * here in JavaScript from the rows put in. The project mixes what the walk must get right:
 * codings of one segment at the same second (the id breaks the tie), segments with no coding
 * (listed at their own day, merged in), a coder of few codings and a rare word (the walk's bound
 * stops it short and the page is sorted), a group large enough for its list of segments (pages
 * past the first thousand rows) and a case in no group. One code's pages, sorted with the days
 * read along, are held to the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SegmentQuery } from '../../../shared/entities.js';
import { querySegments } from '../../../main/db/repos/segments.js';
import { pageByCodingDay, walksCodingDays } from '../../../main/db/repos/segments-by-day.js';
import { newGuid } from '../../../main/db/stamps.js';
import { Store } from '../../../main/db/store.js';

interface Made { id: number; groupId: number | null; quote: string; createdAt: string }
interface Coded { id: number; segmentId: number; codeId: number; coder: string; createdAt: string }

let store: Store;
const segments: Made[] = [];
const codings: Coded[] = [];

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of 400 seconds over ten days of March: codings share them, so days tie. */
const second = (n: number) => `2026-03-${String(1 + Math.floor(n / 40)).padStart(2, '0')}T10:00:${String(n % 40).padStart(2, '0')}.000Z`;

beforeAll(() => {
  const random = generator(13);
  store = Store.memory();
  const { db } = store;
  db.prepare("INSERT INTO coder (guid, name) VALUES (?, 'Ada'), (?, 'Boris')").run(newGuid(), newGuid());
  db.prepare("INSERT INTO case_group (name, sort) VALUES ('Large', 1), ('Small', 2)").run();
  db.prepare("INSERT INTO framework (guid, name, sort) VALUES (?, 'F', 1)").run(newGuid());
  db.prepare("INSERT INTO code (guid, framework_id, name, color, sort) VALUES (?, 1, 'A', '#000000', 1), (?, 1, 'B', '#000000', 2)").run(newGuid(), newGuid());
  const insertCase = db.prepare("INSERT INTO case_ (guid, name, group_id, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z')");
  const insertDocument = db.prepare("INSERT INTO document (guid, case_id, name, text, origin, created_at) VALUES (?, ?, 'D', 'text', 'test', '2026-01-01T00:00:00.000Z')");
  const insertSegment = db.prepare('INSERT INTO segment (guid, document_id, start, "end", quote, quote_key, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)');
  const insertCoding = db.prepare('INSERT OR IGNORE INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES (?, ?, ?, ?, ?)');
  // Cases of the large group, of the small one, and in none; a document each, of segments.
  for (const [groupId, count] of [[1, 1300], [1, 500], [2, 300], [null, 200]] as const) {
    const caseId = Number(insertCase.run(newGuid(), `Case ${groupId}`, groupId).lastInsertRowid);
    const documentId = Number(insertDocument.run(newGuid(), caseId).lastInsertRowid);
    for (let start = 0; start < count; start++) {
      const quote = random() < 0.01 ? 'a rare word' : random() < 0.5 ? 'rent went up' : 'the bank closed';
      const createdAt = second(Math.floor(random() * 400));
      const id = Number(insertSegment.run(newGuid(), documentId, start, start + 1, quote, quote, createdAt).lastInsertRowid);
      segments.push({ id, groupId, quote, createdAt });
      // One in fifty has no coding; most one, some two or three (one of each code and coder at most), mostly Ada's.
      const made = random() < 0.02 ? 0 : 1 + Math.floor(random() * random() * 3);
      for (let n = 0; n < made; n++) {
        const coder = random() < 0.03 ? 'Boris' : 'Ada';
        // A second coding of the segment often at the first's second: the coding's id breaks the tie.
        const at = n > 0 && random() < 0.4 ? codings.at(-1)!.createdAt : second(Math.floor(random() * 400));
        const info = insertCoding.run(newGuid(), id, 1 + (n % 2), coder === 'Ada' ? 1 : 2, at);
        if (info.changes) codings.push({ id: Number(info.lastInsertRowid), segmentId: id, codeId: 1 + (n % 2), coder, createdAt: at });
      }
    }
  }
});
afterAll(() => store?.close());

type Filter = Pick<SegmentQuery, 'groupId' | 'codeId' | 'coder' | 'dateFrom' | 'dateTo' | 'quote'>;

/** The list as the walk must give it: [id, day shown], sorted by that day and the id. */
function expected(filter: Filter, descending: boolean): [number, string][] {
  const to = filter.dateTo && `${filter.dateTo}\uffff`;
  const counts = (c: Coded) => (filter.codeId === undefined || c.codeId === filter.codeId) && (!filter.coder || c.coder === filter.coder)
    && (!filter.dateFrom || c.createdAt >= filter.dateFrom) && (!to || c.createdAt < to);
  const filtersCodings = filter.codeId !== undefined || Boolean(filter.coder || filter.dateFrom || filter.dateTo);
  const rows: [number, string][] = [];
  for (const s of segments) {
    if (filter.groupId !== undefined && s.groupId !== filter.groupId) continue;
    if (filter.quote && !s.quote.includes(filter.quote)) continue;
    const days = codings.filter((c) => c.segmentId === s.id && counts(c)).map((c) => c.createdAt).sort();
    if (days.length === 0 && (filtersCodings || codings.some((c) => c.segmentId === s.id))) continue;
    rows.push([s.id, days.at(-1) ?? s.createdAt]);
  }
  const order = (a: [number, string], b: [number, string]) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] - b[0]);
  return rows.sort((a, b) => (descending ? order(b, a) : order(a, b)));
}

const filters: [string, Filter][] = [
  ['every segment', {}], ['the large group', { groupId: 1 }], ['the small group', { groupId: 2 }], ['no group', { groupId: null }],
  ['Ada', { coder: 'Ada' }], ['Boris, of few codings', { coder: 'Boris' }], ['three days', { dateFrom: '2026-03-04', dateTo: '2026-03-06' }],
  ['Ada in three days', { coder: 'Ada', dateFrom: '2026-03-04', dateTo: '2026-03-06' }], ['a word', { quote: 'bank' }],
  ['a rare word', { quote: 'rare' }], ['the large group and a word', { groupId: 1, quote: 'rent' }], ['the small group by Ada', { groupId: 2, coder: 'Ada' }],
  // Sorted, not walked: one code's segments, read with their days.
  ['a code', { codeId: 1 }], ['a code by Ada in three days', { codeId: 2, coder: 'Ada', dateFrom: '2026-03-04', dateTo: '2026-03-06' }],
];

describe('pages sorted by day, walked off the codings\' date index', () => {
  for (const [name, filter] of filters) {
    it(`lists ${name} as the days sorted, at any page, forwards and backwards`, () => {
      for (const descending of [true, false]) {
        const all = expected(filter, descending);
        expect(all.length).toBeGreaterThan(0);
        for (const [offset, limit] of [[0, 7], [0, 200], [180, 50], [1020, 100], [all.length - 30, 200]] as const) {
          if (offset < 0 || offset >= all.length) continue;
          const page = querySegments(store, { sort: 'date', descending, offset, limit, countTotal: false, ...filter });
          expect(page.rows.map((r) => [r.id, r.codedAt]), `${descending ? 'newest' : 'oldest'} first, ${offset}+${limit}`).toEqual(all.slice(offset, offset + limit));
        }
      }
    });
  }

  it('walks the days for the lists it keeps a segment of most codings in, and leaves a sparse list to the sort', () => {
    const walked = (filter: Filter, offset = 0) => {
      const query = { sort: 'date' as const, descending: true, offset, limit: 50, ...filter };
      expect(walksCodingDays(query)).toBe(true);
      return pageByCodingDay(store, query);
    };
    // The project has what the walk must get right in its first pages: a segment of no coding, codings of one segment at one second.
    expect(expected({}, true).slice(0, 200).some(([id]) => !codings.some((c) => c.segmentId === id))).toBe(true);
    expect(codings.some((c, i) => codings.some((d, j) => j > i && d.segmentId === c.segmentId && d.createdAt === c.createdAt))).toBe(true);
    // Walked: the whole list (with its segments of no coding), a group read by row and by its list, a coder, days.
    for (const [filter, offset] of [[{}, 0], [{ groupId: 1 }, 0], [{ groupId: 1 }, 1000], [{ coder: 'Ada' }, 0], [{ dateFrom: '2026-03-04', dateTo: '2026-03-06' }, 0]] as const) {
      expect(walked(filter, offset), JSON.stringify(filter)).toEqual(expected(filter, true).slice(offset, offset + 50).map(([id]) => id));
    }
    // Few of the walked codings are Boris's, or on a rare word: the walk's bound stops it short of a page.
    expect(walked({ coder: 'Boris' })).toBeUndefined();
    expect(walked({ quote: 'rare' })).toBeUndefined();
    // One code's, case's or document's few segments are sorted.
    for (const filter of [{ codeId: 1 }, { caseId: 1 }, { documentId: 1 }]) expect(walksCodingDays({ sort: 'date', descending: true, offset: 0, limit: 50, ...filter })).toBe(false);
  });
});
