/**
 * Pages of the segment list read off the list's order kept while the project is unchanged
 * (services/segment-orders.ts), once a page past the first was asked: the same rows, totals and
 * order as SQL's sort of every segment gives for that page, for every sort, both ways, filtered or
 * not, the first page again included; and, once anything changed, the order is read again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentSortKeys, type SegmentPage } from '../../../shared/entities.js';
import { querySegments as sqlPage } from '../../../main/db/repos/segments.js';
import { newGuid } from '../../../main/db/stamps.js';
import type { Store } from '../../../main/db/store.js';
import { quoteSortKey } from '../../../main/search/quote-key.js';
import type { ServiceContext } from '../../../main/services/context.js';
import { querySegments } from '../../../main/services/segments.js';
import { bulkProject } from '../../helpers/bulk-project.js';

let dir: string;
let store: Store;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-segment-orders-'));
  store = bulkProject(join(dir, 'project.casecoder'), 400, 40);
});

afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Query = Parameters<typeof sqlPage>[1];
const servicePage = async (query: Query) => {
  const { rows, total } = await querySegments({ store } as ServiceContext, query);
  return { total, rows: rows.map(({ memoCount: _memos, notedCodings: _notes, ...row }) => row) };
};
const ids = (page: SegmentPage) => page.rows.map((row) => row.id);

describe('pages off the kept order', () => {
  it('are the pages a sort of every segment gives', async () => {
    // Each list asked both ways in turn: a key that missed the direction would give one order for both.
    for (const sort of segmentSortKeys) {
      for (const filter of [{}, { codeId: 2 }, { coder: 'Boris' }, { quote: 'банк' }]) {
        for (const descending of [false, true]) {
          // The first page comes from SQL until a later one made the order, and off the order after.
          for (const offset of [0, 3, 97, 380, 0]) {
            const query: Query = { sort, descending, offset, limit: 25, language: 'ru', ...filter };
            expect(await servicePage(query), JSON.stringify(query)).toEqual(sqlPage(store, query));
            const uncounted = { ...query, countTotal: false };
            expect(await servicePage(uncounted)).toEqual(sqlPage(store, uncounted));
          }
        }
      }
    }
  });

  it('are read from a new order once the project changed', async () => {
    const query: Query = { sort: 'quote', descending: false, offset: 1, limit: 5 };
    const before = await servicePage(query);
    // A segment whose quote sorts before every other: the page at 1 now starts with what was at 0.
    const first = sqlPage(store, { ...query, offset: 0 }).rows[0]!;
    const segmentId = store.db
      .prepare('INSERT INTO segment (guid, document_id, start, "end", quote, quote_key, created_by, created_at) VALUES (?, ?, 0, 1, ?, ?, 1, ?)')
      .run(newGuid(), first.documentId, '0000', quoteSortKey('0000'), '2026-01-01T00:00:00.000Z').lastInsertRowid;
    store.db.prepare("INSERT INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES (?, ?, 1, 1, '2026-01-01T00:00:00.000Z')").run(newGuid(), segmentId);
    const after = await servicePage(query);
    expect(ids(after)).not.toEqual(ids(before));
    expect(ids(after)[0]).toBe(first.id);
    expect(after).toEqual(sqlPage(store, query));
  });
});
