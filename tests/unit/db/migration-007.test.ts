/**
 * Migration 007 on a version-6 project whose index version 4's writer built (chunk index
 * included): the chunk index goes, the rest of the index stays as it was, the schema is exactly
 * version 7's, and search, now locating words through fts5vocab, gives what the whole text gives.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { SearchRequest } from '../../../shared/search.js';
import { writeDocumentIndex as writeVersion4Index } from '../../../main/db/migrations/004-search-index.js';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index.js';
import { expectedSchemaKeys, schemaKey, type SchemaRow } from '../../../main/db/schema-check.js';
import { deleteCase } from '../../../main/services/cases.js';
import { documentsWithHits, search } from '../../../main/services/search.js';
import { keywordInContext } from '../../../main/search/kwic.js';
import { compileMatcher } from '../../../main/search/query-match.js';
import { parseQuery } from '../../../main/search/query-parse.js';
import { tokenize } from '../../../main/search/tokenize.js';
import { olderProject } from '../../helpers/older-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

/** Twelve lines of 250 words (a chunk each), "альфа бета" across the first line break. */
function longText(): string {
  const filler = ['дом', 'река', 'поле', 'жол', 'house'];
  const lines = Array.from({ length: 12 }, (_, l) => Array.from({ length: 250 }, (_, w) => filler[(l * 7 + w * 3) % filler.length]!));
  lines[0]![249] = 'альфа';
  lines[1]![0] = 'бета';
  lines[9]![100] = 'дельта';
  return lines.map((words) => words.join(' ')).join('\n');
}

const texts = [longText(), 'Короткая заметка: дельта и река.'];

/** A project at version 6, its documents indexed as version 4 wrote them. */
function version6Project(path: string): void {
  olderProject(path, 6, {
    fill: (db) => texts.forEach((text, i) => {
      const id = db
        .prepare("INSERT INTO document (guid, case_id, name, text, origin, created_at) VALUES (?, 1, ?, ?, 'paste', '2026-01-01T00:00:00.000Z')")
        .run(`d${i}`, `D${i}`, text).lastInsertRowid as number;
      writeVersion4Index(db, id, text);
    }),
  });
}

const chunkRows = (db: Database.Database) => db.prepare('SELECT * FROM search_chunk ORDER BY id').all();

let t: TestSession;
afterEach(() => t?.dispose());

describe('migration 007', () => {
  it('drops the chunk index, keeps the rest of the index, and leaves exactly version 7\'s schema', () => {
    t = newTestSession();
    const path = join(t.home, 'v6.casecoder');
    version6Project(path);
    const before = new Database(path, { readonly: true });
    const chunks = chunkRows(before);
    expect(before.prepare("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'document_chunk_search%'").pluck().get()).toBeGreaterThan(0);
    before.close();

    t.session.openProject(path);
    const { db } = t.session.context().store;
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'document_chunk_search%'").all()).toEqual([]);
    const keys = (db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[]).map(schemaKey).sort();
    expect(keys).toEqual(expectedSchemaKeys(LATEST_SCHEMA_VERSION));
    expect(chunkRows(db)).toEqual(chunks);
  });

  it('leaves search giving the whole text\'s hits and context lines, through the read-only handle too', () => {
    t = newTestSession();
    const path = join(t.home, 'v6.casecoder');
    version6Project(path);
    t.session.openProject(path);
    const ctx = t.session.context();
    for (const query of ['"альфа бета"', 'дельта', 'жо*', 'альфа NEAR/0 бета']) {
      const result = search(ctx, SearchRequest.parse({ query, contextWords: 50, limit: 5000 }) as Parameters<typeof search>[1]);
      const expected = texts.flatMap((text) => {
        const tokens = tokenize(text);
        return keywordInContext(text, tokens, compileMatcher(parseQuery(query))(tokens), { words: 50 }).map(({ hit, ...line }) => ({ start: hit.start, end: hit.end, line }));
      });
      expect(expected.length).toBeGreaterThan(0);
      expect(result.hits.map(({ start, end, line }) => ({ start, end, line }))).toEqual(expected);
    }
    const [long] = [...documentsWithHits(ctx.store.reader, 'дельта', {})];
    expect(long!.runs.map((r) => r.tokens.length)).toEqual([250]); // its chunk alone, not the whole text
  });

  it('keeps a deleted document\'s index rows going with it', () => {
    t = newTestSession();
    const path = join(t.home, 'v6.casecoder');
    version6Project(path);
    t.session.openProject(path);
    const ctx = t.session.context();
    deleteCase(ctx, 1);
    expect(ctx.store.prepare('SELECT count(*) FROM search_chunk').pluck().get()).toBe(0);
    expect(ctx.store.prepare("SELECT count(*) FROM temp.document_search_instance WHERE term = 'дельта'").pluck().get()).toBe(0);
  });
});
