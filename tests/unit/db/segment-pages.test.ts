/**
 * Pages of the segment list in position order (case, document, start, end), read straight off
 * the indexes (repos/segments.ts, POSITION_ORDER): the same rows in the same order as a sort of
 * every segment would give, forwards and backwards, filtered or not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SegmentQuery, SegmentRow } from '../../../shared/entities.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { pageReadOffIndexes, querySegments } from '../../../main/db/repos/segments.js';
import { newGuid } from '../../../main/db/stamps.js';
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
    .prepare("INSERT INTO document (guid, case_id, name, text, origin, created_at) VALUES (?, 1, 'Late', ?, 'test', '2026-01-01')")
    .run(newGuid(), 'one two three four five six').lastInsertRowid);
  const insert = store.db.prepare('INSERT INTO segment (guid, document_id, start, "end", quote, created_by, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)');
  const code = store.db.prepare("INSERT INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES (?, ?, 1, 1, '2026-01-01')");
  for (const [start, end] of [[8, 18], [8, 13], [0, 7], [0, 3]] as const) {
    code.run(newGuid(), insert.run(newGuid(), documentId, start, end, 'quote', '2026-01-02').lastInsertRowid);
  }
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
  const key = (r: SegmentRow) => [caseOf.get(r.documentId)!, r.documentId, r.start, r.end, r.id];
  return all.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const i = x.findIndex((v, n) => v !== y[n]);
    return i < 0 ? 0 : x[i]! - y[i]!;
  }).map((r) => r.id);
}

/** The same segments read by offset pages of 37, as the table fetches them. */
function paged(filter: Partial<SegmentQuery>, descending: boolean): { ids: number[]; total: number } {
  const first = querySegments(store, { sort: 'position', descending, offset: 0, limit: 37, ...filter });
  const ids = first.rows.map((r) => r.id);
  for (let offset = 37; offset < first.total; offset += 37) {
    ids.push(...querySegments(store, { sort: 'position', descending, offset, limit: 37, countTotal: false, ...filter }).rows.map((r) => r.id));
  }
  return { ids, total: first.total };
}

describe('segment pages in position order', () => {
  for (const [name, filter] of [
    ['every segment', {}], ['one group', { groupId: 1 }], ['one case', { caseId: 1 }], ['one document', { documentId: 3 }], ['a quote', { quote: 'visa' }],
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
