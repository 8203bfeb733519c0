/**
 * A page sorted by codes read from the segments holding the codes that sort first or last
 * (repos/segments-by-codes.ts), and a page sorted by coder read from the segments of the first or
 * last coder alone (repos/segments-by-coder.ts), is the page the sort of every segment gives: the
 * same ids in the same order, forwards and backwards, filtered or not, near the list's start and
 * end, where two codes share a name (one rank), and with segments holding no coding.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SegmentQuery } from '../../../shared/entities.js';
import { querySegments, segmentOrder } from '../../../main/db/repos/segments.js';
import { newGuid } from '../../../main/db/stamps.js';
import type { Store } from '../../../main/db/store.js';
import { bulkProject } from '../../helpers/bulk-project.js';

let dir: string;
let store: Store;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-segments-by-codes-'));
  store = bulkProject(join(dir, 'project.casecoder'), 1500, 50);
  // 60 codes more, in two frameworks, «Place 2» and «Theme 42» twice (one name, one rank: the
  // eighth codes from the start and from the end, where the first codes taken stop); every segment
  // recoded with one to three of all the codes, by either coder, drawn by a fixed sequence.
  const framework = store.db.prepare("INSERT INTO framework (guid, name, sort) VALUES (?, ?, ?)");
  const themes = Number(framework.run(newGuid(), 'Themes', 10).lastInsertRowid);
  const places = Number(framework.run(newGuid(), 'Places', 11).lastInsertRowid);
  const code = store.db.prepare("INSERT INTO code (guid, framework_id, name, color, sort) VALUES (?, ?, ?, '#888888', ?)");
  for (let i = 0; i < 50; i++) code.run(newGuid(), themes, `Theme ${String(i).padStart(2, '0')}`, i);
  for (let i = 0; i < 10; i++) code.run(newGuid(), places, i === 3 ? 'Theme 42' : i === 4 ? 'Place 2' : `Place ${i}`, i);
  const codes = store.db.prepare('SELECT id FROM code ORDER BY id').pluck().all() as number[];
  let seed = 7;
  // The high bits of a linear congruential sequence: its low bits repeat within a few draws.
  const next = (n: number) => Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 65536) % n;
  store.db.prepare('DELETE FROM coding').run();
  const coding = store.db.prepare("INSERT OR IGNORE INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00.000Z')");
  for (const segmentId of store.db.prepare('SELECT id FROM segment').pluck().all() as number[]) {
    // The first codes by name are rare, so a page needs more than the first few codes' segments.
    for (let k = 1 + next(3); k > 0; k--) coding.run(newGuid(), segmentId, codes[next(5) === 0 ? next(codes.length) : 9 + next(codes.length - 9)]!, 1 + next(2));
  }
});

afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each page asked for, against the same rows of the sort of every segment (segmentOrder, which takes no shortcut). */
function expectPagesAsFullSort(filters: Partial<SegmentQuery>[], sort: 'codes' | 'coder' = 'codes') {
  for (const filter of filters) {
    for (const descending of [false, true]) {
      const query = { sort, descending, language: 'en', ...filter } as const;
      const order = segmentOrder(store, query);
      expect({ filter, length: order.length > 40 }).toEqual({ filter, length: true });
      for (const offset of [0, 1, 37, Math.floor(order.length / 2), order.length - 40, order.length - 5]) {
        const page = querySegments(store, { ...query, offset, limit: 37, countTotal: false });
        expect({ filter, descending, offset, ids: page.rows.map((r) => r.id) }).toEqual({ filter, descending, offset, ids: order.slice(offset, offset + 37) });
      }
    }
  }
}

describe('a page sorted by codes', () => {
  const filters: Partial<SegmentQuery>[] = [{}, { groupId: 1 }, { coder: 'Boris' }, { quote: 'visa' }, { caseId: 3 }, { coder: 'Ada', groupId: 2 }];

  it('is the page of the sort of every segment, forwards and backwards, filtered or not', () => {
    expectPagesAsFullSort(filters);
  });

  it('is so by coder, read from the first or last coder\'s segments alone where they fill the page', () => {
    expectPagesAsFullSort(filters, 'coder');
    // The first page, both ways, read so: the segments' lists of coders are not built to sort them all.
    for (const descending of [false, true]) {
      const asked: string[] = [];
      const prepare = store.prepare.bind(store);
      const spy = vi.spyOn(store, 'prepare').mockImplementation((sql: string) => (asked.push(sql), prepare(sql)));
      querySegments(store, { sort: 'coder', descending, language: 'en', offset: 0, limit: 37 });
      spy.mockRestore();
      expect({ descending, walked: asked.some((sql) => sql.includes('x.coder_id NOT IN')), sorted: asked.some((sql) => sql.includes('group_concat(printf')) })
        .toEqual({ descending, walked: true, sorted: false });
    }
  });

  it('is so with segments that hold no coding, which sort first', () => {
    const unCode = store.db.prepare('DELETE FROM coding WHERE segment_id IN (SELECT id FROM segment WHERE id % 97 = 0)');
    store.db.transaction(() => unCode.run())();
    expectPagesAsFullSort(filters);
    expectPagesAsFullSort(filters, 'coder');
  });
});
