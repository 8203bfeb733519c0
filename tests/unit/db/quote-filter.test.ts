/**
 * The segment list's quote filter: a quote is found whatever the case of its letters in every
 * script the projects are written in, ё as е, as the corpus search finds words (SQLite's LIKE
 * folds ASCII only: ВИЗОЙ found no «визой», ЖҰМЫС no «жұмыс»). Wildcards are plain characters.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSegment, querySegments } from '../../../main/db/repos/segments.js';
import { newGuid } from '../../../main/db/stamps.js';
import type { Store } from '../../../main/db/store.js';
import { bulkProject } from '../../helpers/bulk-project.js';

const QUOTES = ['Приехали с визой', 'ВИЗОЙ ОТКАЗАЛИ', 'Жұмыс табу қиын', 'ЖҰМЫС ЖОҚ', 'ещё не знаю', 'ЕЩЕ РАЗ', 'Tundra run', '100% рост', 'a_b'];

let dir: string;
let store: Store;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-quote-filter-'));
  store = bulkProject(join(dir, 'project.casecoder'), 10, 10);
  const documentId = Number(store.db
    .prepare("INSERT INTO document (guid, case_id, name, text, origin, created_at) VALUES (?, 1, 'Quotes', ?, 'test', '2026-01-01T00:00:00.000Z')")
    .run(newGuid(), QUOTES.join('\n')).lastInsertRowid);
  QUOTES.forEach((quote, i) => insertSegment(store, { documentId, start: i * 100, end: i * 100 + quote.length, quote, coderId: 1 }));
});

afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const found = (quote: string) =>
  querySegments(store, { sort: 'quote', descending: false, offset: 0, limit: 100, countTotal: true, quote }).rows.map((r) => r.quote);

describe('the quote filter', () => {
  it('ignores the case of Cyrillic and Kazakh letters as of Latin ones', () => {
    for (const typed of ['визой', 'Визой', 'ВИЗОЙ']) expect(found(typed)).toEqual(['ВИЗОЙ ОТКАЗАЛИ', 'Приехали с визой']);
    for (const typed of ['жұмыс', 'ЖҰМЫС']) expect(found(typed)).toEqual(['ЖҰМЫС ЖОҚ', 'Жұмыс табу қиын']);
    expect(found('TUNDRA')).toEqual(['Tundra run']);
  });

  it('reads ё as е, either way', () => {
    expect(found('еще')).toEqual(['ещё не знаю', 'ЕЩЕ РАЗ']);
    expect(found('ЕЩЁ')).toEqual(['ещё не знаю', 'ЕЩЕ РАЗ']);
  });

  it('takes % and _ as the characters typed', () => {
    expect(found('0%')).toEqual(['100% рост']);
    expect(found('a_')).toEqual(['a_b']);
    expect(found('%')).toEqual(['100% рост']);
  });
});
