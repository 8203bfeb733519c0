import type { Database } from 'better-sqlite3';
import { documentIndex } from '../../search/index-text.js';
import { STEM_RULES_VERSION } from '../../search/stem.js';

/**
 * The full-text index of issue 10 (docs/search.md), in two FTS5 tables over the same words:
 * - document_search: one row per document, rowid = document.id, the normalised words and their
 *   stems side by side (detail=full: phrases and NEAR). It decides which documents match. Its
 *   2-letter prefix index (prefix = '2') was dropped by migration 008, which recreated the table.
 * - document_chunk_search: one row per paragraph-sized chunk (rowid = search_chunk.id, which
 *   holds the chunk's document, code-point span and first word), the chunk's words and the first
 *   few of the next: it says which chunks hold a phrase, so a search reads and tokenizes those
 *   chunks instead of whole texts. No prefix index: its prefix queries are bounded to one
 *   document's rowids, and import time matters more.
 *
 * Migration 007 dropped document_chunk_search; the writer below is version 4's, frozen for this
 * migration (the live one is main/db/search-index.ts).
 *
 * Rows are written from JavaScript (writeDocumentIndex), by the documents repository, undo/redo
 * replay and rebuilds, because projects are opened with trusted_schema=OFF and a schema trigger
 * must not call an application function. The one trigger here removes a document's rows when the
 * document goes, whoever deletes it (a case's deletion, replay); it calls nothing but FTS5, which
 * SQLite marks innocuous, and plain SQL.
 */
export function migrate004(db: Database): void {
  const tokenize = `tokenize = "unicode61 remove_diacritics 0 tokenchars '''' categories 'L* N* Co M*'"`;
  db.exec(`
    CREATE VIRTUAL TABLE document_search USING fts5(
      words, stems,
      content = '', contentless_delete = 1, detail = full, prefix = '2', ${tokenize});
    CREATE VIRTUAL TABLE document_chunk_search USING fts5(
      words, stems,
      content = '', contentless_delete = 1, detail = full, ${tokenize});
    CREATE TABLE search_chunk (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      byte_start INTEGER NOT NULL,
      byte_end INTEGER NOT NULL,
      word INTEGER NOT NULL,
      words INTEGER NOT NULL);
    CREATE INDEX search_chunk_document ON search_chunk (document_id, id);
    CREATE TRIGGER document_search_delete AFTER DELETE ON document
    BEGIN
      DELETE FROM document_search WHERE rowid = OLD.id;
      DELETE FROM document_chunk_search WHERE rowid IN (SELECT id FROM search_chunk WHERE document_id = OLD.id);
      DELETE FROM search_chunk WHERE document_id = OLD.id;
    END;`);
  rebuildSearchIndex(db);
}

/** What writeDocumentIndex needs: a Database, or a Store whose prepare caches statements. */
interface Preparer {
  prepare(sql: string): { run(...params: unknown[]): unknown };
}

/**
 * (Re)writes one document's index rows, in the caller's transaction. A contentless FTS5 table
 * accepts a second row with the same rowid, so the old rows go first.
 */
export function writeDocumentIndex(db: Preparer, documentId: number, text: string): void {
  const index = documentIndex(text);
  db.prepare('DELETE FROM document_search WHERE rowid = ?').run(documentId);
  db.prepare('DELETE FROM document_chunk_search WHERE rowid IN (SELECT id FROM search_chunk WHERE document_id = ?)').run(documentId);
  db.prepare('DELETE FROM search_chunk WHERE document_id = ?').run(documentId);
  db.prepare('INSERT INTO document_search (rowid, words, stems) VALUES (?, ?, ?)').run(documentId, index.words, index.stems);
  const chunk = db.prepare('INSERT INTO search_chunk (document_id, start, "end", byte_start, byte_end, word, words) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const chunkWords = db.prepare('INSERT INTO document_chunk_search (rowid, words, stems) VALUES (last_insert_rowid(), ?, ?)');
  for (const { chunk: c, words, stems } of index.chunks) {
    chunk.run(documentId, c.start, c.end, c.byteStart, c.byteEnd, c.word, c.words);
    chunkWords.run(words, stems);
  }
}

/** The project_meta key holding the stem rules the stored stems were made with. */
export const SEARCH_INDEX_META_KEY = 'search_index_stem_rules';

/** Indexes every document afresh, and notes which stem rules did it. */
export function rebuildSearchIndex(db: Database): void {
  db.prepare("INSERT INTO document_search (document_search) VALUES ('delete-all')").run();
  db.prepare("INSERT INTO document_chunk_search (document_chunk_search) VALUES ('delete-all')").run();
  db.prepare('DELETE FROM search_chunk').run();
  const textOf = db.prepare('SELECT text FROM document WHERE id = ?').pluck();
  const statements = new Map<string, ReturnType<Database['prepare']>>();
  const cached: Preparer = { prepare: (sql) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)! };
  // Ids first: better-sqlite3 cannot write while a read iterates, and one text at a time bounds memory.
  for (const id of db.prepare('SELECT id FROM document ORDER BY id').pluck().all() as number[]) {
    writeDocumentIndex(cached, id, textOf.get(id) as string);
  }
  db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(SEARCH_INDEX_META_KEY, String(STEM_RULES_VERSION));
}
