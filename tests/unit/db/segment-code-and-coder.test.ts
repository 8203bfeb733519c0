/**
 * The segment list filtered by a code and a coder together lists the segments where that coder
 * applied that code, never one where the coder applied another code and someone else this one
 * (a user trial: Boris + STEEPL/Political listed a passage Anna coded Political and Boris only
 * Negative). Two coders and two codes give four (coder, code) codings a segment can have; a
 * segment for each of the fifteen non-empty sets of them, and every filter of code and coder,
 * read by every path the list has (one code's page with its count, the count apart, position
 * order, every sort, keyed pages, the export's reading), must give the same segments, counted
 * as many as the pages hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentSortKeys, type SegmentQuery, type SegmentRow } from '../../../shared/entities.js';
import { codesWithCoders } from '../../../shared/codes-by-coder.js';
import { ensureCoder } from '../../../main/db/repos/coders.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { insertCoding, insertSegment, querySegments, segmentPagesInOrder } from '../../../main/db/repos/segments.js';
import { newGuid } from '../../../main/db/stamps.js';
import { Store } from '../../../main/db/store.js';
import { seedDefaultCodebook } from '../../../main/services/codebook.js';

const CODERS = ['Анна', 'Борис'] as const;
const CODES = ['Political', 'Negative'] as const;
type Pair = readonly [coder: (typeof CODERS)[number], code: (typeof CODES)[number]];
const PAIRS: Pair[] = CODERS.flatMap((coder) => CODES.map((code) => [coder, code] as const));
/** Each non-empty set of the four pairs, by the bits of 1…15. */
const SETS: Pair[][] = Array.from({ length: 15 }, (_, i) => PAIRS.filter((_, bit) => ((i + 1) >> bit) & 1));

let store: Store;
const codeIds = new Map<string, number>();
/** Each segment's id and the codings it has. */
const segments: { id: number; pairs: Pair[] }[] = [];

beforeAll(() => {
  store = Store.memory();
  seedDefaultCodebook(store);
  for (const code of CODES) codeIds.set(code, findCodeByPath(store, code === 'Political' ? 'STEEPL' : 'Valence', code)!.id);
  const coderIds = new Map(CODERS.map((name) => [name, ensureCoder(store, name)]));
  const group = Number(store.db.prepare("INSERT INTO case_group (name, sort) VALUES ('Предприниматели', 1)").run().lastInsertRowid);
  const text = Array.from({ length: 8 }, (_, i) => `Sentence ${String.fromCharCode(97 + i)}.`).join(' ');
  // Two cases, the later one made first, so id order is not position order.
  const documents = [2, 1].map((n) => {
    const caseId = Number(store.db.prepare("INSERT INTO case_ (guid, name, group_id, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z')").run(newGuid(), `P${n}`, group).lastInsertRowid);
    return Number(store.db.prepare("INSERT INTO document (guid, case_id, name, text, origin, created_at) VALUES (?, ?, ?, ?, 'test', '2026-01-01T00:00:00.000Z')")
      .run(newGuid(), caseId, `Interview ${n}`, text).lastInsertRowid);
  });
  SETS.forEach((pairs, i) => {
    const start = Math.floor(i / 2) * 12;
    const quote = text.slice(start, start + 11);
    const id = insertSegment(store, { documentId: documents[i % 2]!, start, end: start + 11, quote, coderId: coderIds.get(pairs[0]![0])!, createdAt: `2026-01-${String(10 + i)}` });
    for (const [coder, code] of pairs) insertCoding(store, id, codeIds.get(code)!, coderIds.get(coder)!);
    segments.push({ id, pairs });
  });
});
afterAll(() => store?.close());

/** The filters: none, each code, each coder, each code with each coder. */
const filters: { code?: (typeof CODES)[number]; coder?: (typeof CODERS)[number] }[] = [
  {}, ...CODES.map((code) => ({ code })), ...CODERS.map((coder) => ({ coder })), ...CODES.flatMap((code) => CODERS.map((coder) => ({ code, coder }))),
];
const queryOf = (filter: (typeof filters)[number]): Partial<SegmentQuery> => ({
  ...(filter.code && { codeId: codeIds.get(filter.code)! }), ...(filter.coder && { coder: filter.coder }),
});
/** The segments one of whose codings has the filter's code and coder. */
const expectedIds = (filter: (typeof filters)[number]) =>
  segments.filter((s) => s.pairs.some(([coder, code]) => (!filter.code || code === filter.code) && (!filter.coder || coder === filter.coder))).map((s) => s.id).sort((a, b) => a - b);

/** Every page of a query by offset, pages of `limit`, with the total the first one counts. */
function pagesOf(query: Partial<SegmentQuery>, limit: number): { total: number; rows: SegmentRow[] } {
  const page = (offset: number, countTotal: boolean) =>
    querySegments(store, { sort: 'position', descending: false, ...query, offset, limit, countTotal });
  const first = page(0, true);
  const rows = [...first.rows];
  for (let offset = limit; offset < first.total + limit; offset += limit) rows.push(...page(offset, false).rows);
  return { total: first.total, rows };
}

const sortedIds = (rows: readonly SegmentRow[]) => rows.map((r) => r.id).sort((a, b) => a - b);

describe('segments filtered by a code and a coder: the one coding must have both', () => {
  it("lists the passage Anna coded Political and Boris Negative for Anna's Political, not for Boris's", () => {
    const passage = segments.find((s) => s.pairs.length === 3 && !s.pairs.some(([coder, code]) => coder === 'Борис' && code === 'Political'))!;
    const ids = (coder: string) => pagesOf({ codeId: codeIds.get('Political')!, coder }, 50).rows.map((r) => r.id);
    expect(ids('Анна')).toContain(passage.id);
    expect(ids('Борис')).not.toContain(passage.id);
  });

  for (const filter of filters) {
    const name = [filter.code ?? 'any code', filter.coder ?? 'any coder'].join(', ');
    it(`${name}: the same segments by every sort and path, counted as the pages hold them`, () => {
      const expected = expectedIds(filter);
      expect(expected.length).toBeGreaterThan(0);
      const query = queryOf(filter);
      for (const sort of segmentSortKeys) {
        for (const descending of [false, true]) {
          for (const limit of [4, 50]) {
            const { total, rows } = pagesOf({ ...query, sort, descending }, limit);
            expect({ name, sort, descending, limit, total, ids: sortedIds(rows) }).toEqual({ name, sort, descending, limit, total: expected.length, ids: expected });
          }
        }
      }
      // A page past the end still says how many there are.
      expect(querySegments(store, { sort: 'quote', descending: false, ...query, offset: 40, limit: 5 }).total).toBe(expected.length);
      // Keyed pages, as the command line reads them.
      const keyed: SegmentRow[] = [];
      for (let afterId = 0; ; afterId = keyed.at(-1)!.id) {
        const { rows } = querySegments(store, { sort: 'position', descending: false, offset: 0, limit: 4, countTotal: false, afterId, ...query });
        if (rows.length === 0) break;
        keyed.push(...rows);
      }
      expect(keyed.map((r) => r.id)).toEqual(expected);
      // The export's reading.
      const exported = [...segmentPagesInOrder(store, { sort: 'codes', descending: false, ...query })].flatMap((page) => page.rows);
      expect(sortedIds(exported)).toEqual(expected);
    });
  }

  it('counts them in a case, the filters counted together rather than by the one code\'s path', () => {
    const firstCase = store.db.prepare("SELECT id FROM case_ WHERE name = 'P1'").pluck().get() as number;
    const inFirstCase = new Set(store.db.prepare('SELECT s.id FROM segment s JOIN document d ON d.id = s.document_id WHERE d.case_id = ?').pluck().all(firstCase) as number[]);
    for (const filter of filters) {
      const expected = expectedIds(filter).filter((id) => inFirstCase.has(id));
      for (const sort of ['position', 'quote'] as const) {
        const { total, rows } = pagesOf({ ...queryOf(filter), caseId: firstCase, sort }, 3);
        expect({ filter, sort, total, ids: sortedIds(rows) }).toEqual({ filter, sort, total: expected.length, ids: expected });
      }
    }
  });

  it("shows the coder's codes alone when filtered by a coder, and sorts by them", () => {
    for (const coder of CODERS) {
      const { rows } = pagesOf({ coder, sort: 'codes' }, 50);
      for (const row of rows) {
        const own = segments.find((s) => s.id === row.id)!.pairs.filter(([by]) => by === coder).map(([, code]) => code).sort();
        expect({ id: row.id, codes: row.codes, coders: row.coders }).toEqual({ id: row.id, codes: own, coders: [coder] });
        // One coder: no coder is named after a code.
        expect(codesWithCoders(row)).toBe(own.join(', '));
      }
      // By the codes shown: «Negative» before «Negative, Political» before «Political».
      const shown = rows.map((r) => r.codes.join(', '));
      expect(shown).toEqual([...shown].sort());
    }
  });

  it('says who applied which code where the coders differ, and nothing more where they agree', () => {
    const { rows } = pagesOf({ sort: 'position' }, 50);
    for (const row of rows) {
      const { pairs } = segments.find((s) => s.id === row.id)!;
      const coders = [...new Set(pairs.map(([coder]) => coder))].sort();
      expect(row.coders).toEqual(coders);
      const expected = CODES.filter((code) => pairs.some(([, c]) => c === code)).sort().map((code) => {
        const by = pairs.filter(([, c]) => c === code).map(([coder]) => coder).sort();
        return by.length < coders.length ? `${code} (${by.join(', ')})` : code;
      });
      expect(codesWithCoders(row)).toBe(expected.join(', '));
    }
    // The trial's passage: Anna Political and Negative, Boris Negative.
    const by = (row: SegmentRow, code: string) => row.codedBy.find((c) => c.code === code)?.coders.join();
    const passage = rows.find((r) => by(r, 'Political') === 'Анна' && by(r, 'Negative') === 'Анна,Борис')!;
    expect(codesWithCoders(passage, '; ')).toBe('Negative; Political (Анна)');
  });
});
