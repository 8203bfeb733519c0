/**
 * Migration 008 on a version-7 project (document_search with its 2-letter prefix index): the
 * table is made again without it and refilled from the texts, the schema is exactly the latest's,
 * FTS5 selects the same documents as before for every query (prefixes of two and more letters,
 * in phrases and NEAR, included), search gives what the whole text gives, and the delete trigger
 * still empties a deleted document's rows.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { SearchRequest } from '../../../shared/search.js';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index.js';
import { expectedSchemaKeys, schemaKey, type SchemaRow } from '../../../main/db/schema-check.js';
import { writeDocumentIndex } from '../../../main/db/search-index.js';
import { deleteCase } from '../../../main/services/cases.js';
import { search } from '../../../main/services/search.js';
import { keywordInContext } from '../../../main/search/kwic.js';
import { toFtsMatch } from '../../../main/search/query-fts.js';
import { compileMatcher } from '../../../main/search/query-match.js';
import { parseQuery } from '../../../main/search/query-parse.js';
import { tokenize } from '../../../main/search/tokenize.js';
import { olderProject } from '../../helpers/older-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

const WORDS = [
  'очень', 'очередь', 'очерк', 'по', 'потом', 'после', 'поле', 'жұмыс', 'жұрт', 'жұлдыз', 'жол', 'үй',
  'қала', 'қазақ', 'the', 'this', 'that', 'house', 'на', 'налог', 'дом', 'река',
];

/** Paragraphs of 250 words (several chunks a document), the same seed giving the same text. */
function text(seed: number, paragraphs: number): string {
  const lines: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const words: string[] = [];
    for (let w = 0; w < 250; w++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      words.push(WORDS[(seed >>> 16) % WORDS.length]!); // the high bits: the low ones cycle
    }
    lines.push(words.join(' '));
  }
  return lines.join('\n');
}

const texts = [text(1, 6), text(2, 3), 'Очень короткая заметка: жұмыс по дому.', 'Nothing here but English: the house.'];

/**
 * Typed queries whose FTS5 expressions use prefixes: two letters (the old prefix index's size),
 * more, a phrase ending in one, and NEAR within one column and across both.
 */
const queries = [
  'оче*', 'жұ*', 'по*', 'қа*', 'th*', 'очер*', '"очень по"*', 'NEAR(оче* жұ*, 2)', 'NEAR("очень" по*, 1)',
  'налог NEAR/3 жұ*', 'жұ* NOT река', '(оче* OR th*) AND река', 'дом',
];

/** A project at version 7, its documents indexed by the writer of that version (the live one). */
function version7Project(path: string): void {
  olderProject(path, 7, {
    fill: (db) => texts.forEach((content, i) => {
      const id = db
        .prepare("INSERT INTO document (guid, case_id, name, text, origin, created_at) VALUES (?, 1, ?, ?, 'paste', '2026-01-01T00:00:00.000Z')")
        .run(`d${i}`, `D${i}`, content).lastInsertRowid as number;
      writeDocumentIndex(db, id, content);
    }),
  });
}

type Matches = (expression: string) => number[];
const matcher = (prepare: (sql: string) => Database.Statement): Matches => {
  const statement = prepare('SELECT rowid FROM document_search WHERE document_search MATCH ? ORDER BY rowid').pluck();
  return (expression) => statement.all(expression) as number[];
};
const expressions = queries.map((query) => toFtsMatch(parseQuery(query)).expression);

let t: TestSession;
afterEach(() => t?.dispose());

describe('migration 008', () => {
  it('makes document_search again without the prefix index, selecting the same documents for every query', () => {
    t = newTestSession();
    const path = join(t.home, 'v7.casecoder');
    version7Project(path);
    const before = new Database(path, { readonly: true });
    expect(before.prepare("SELECT sql FROM sqlite_schema WHERE name = 'document_search'").pluck().get()).toMatch(/prefix = '2'/);
    const selectedBefore = expressions.map(matcher((sql) => before.prepare(sql)));
    before.close();
    expect(selectedBefore.every((ids) => ids.length > 0), 'each query selects something').toBe(true);

    t.session.openProject(path);
    const { db } = t.session.context().store;
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(8);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'document_search'").pluck().get()).not.toMatch(/prefix/);
    const keys = (db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[]).map(schemaKey).sort();
    expect(keys).toEqual(expectedSchemaKeys(LATEST_SCHEMA_VERSION));
    expect(expressions.map(matcher((sql) => db.prepare(sql)))).toEqual(selectedBefore);
  });

  it('leaves search giving the whole text\'s hits and context lines', () => {
    t = newTestSession();
    const path = join(t.home, 'v7.casecoder');
    version7Project(path);
    t.session.openProject(path);
    const ctx = t.session.context();
    for (const query of queries) {
      const result = search(ctx, SearchRequest.parse({ query, contextWords: 10, limit: 5000 }) as Parameters<typeof search>[1]);
      const expected = texts.flatMap((content) => {
        const tokens = tokenize(content);
        return keywordInContext(content, tokens, compileMatcher(parseQuery(query))(tokens), { words: 10 }).map(({ hit, ...line }) => ({ start: hit.start, end: hit.end, line }));
      });
      expect(expected.length, query).toBeGreaterThan(0);
      expect(result.hits.map(({ start, end, line }) => ({ start, end, line })), query).toEqual(expected);
    }
  });

  it('keeps a deleted document\'s index rows going with it', () => {
    t = newTestSession();
    const path = join(t.home, 'v7.casecoder');
    version7Project(path);
    t.session.openProject(path);
    const ctx = t.session.context();
    expect(ctx.store.prepare("SELECT count(*) FROM temp.document_search_instance WHERE term = 'жұмыс'").pluck().get()).toBeGreaterThan(0);
    deleteCase(ctx, 1);
    expect(ctx.store.prepare('SELECT count(*) FROM search_chunk').pluck().get()).toBe(0);
    expect(ctx.store.prepare("SELECT count(*) FROM temp.document_search_instance WHERE term = 'жұмыс'").pluck().get()).toBe(0);
    expect(matcher((sql) => ctx.store.prepare(sql))('words : "жұ" *')).toEqual([]);
  });
});
