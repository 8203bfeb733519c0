/**
 * The live writer of the full-text index (docs/search.md, "The index"): the rows every current
 * schema holds since migration 007, a document_search row per document (rowid = document.id) and
 * its search_chunk rows. Migrations that change what the index holds call rebuildSearchIndex;
 * migration 004 keeps a frozen copy of version 4's writer, whose table is gone.
 */
import type { Database } from 'better-sqlite3';
import { documentColumns, type DocumentColumns } from '../search/index-text.js';
import { STEM_RULES_VERSION } from '../search/stem.js';
import { IndexColumnsAhead } from '../jobs/index-columns-ahead.js';
import { SEARCH_INDEX_META_KEY } from './migrations/004-search-index.js';

/** What writeDocumentIndex needs: a Database, or a Store whose prepare caches statements. */
interface Preparer {
  prepare(sql: string): { run(...params: unknown[]): unknown };
}

/**
 * (Re)writes one document's index rows, in the caller's transaction: its document_search row
 * (rowid = document.id) and its chunks. A contentless FTS5 table accepts a second row with the
 * same rowid, so the old rows go first. Written from JavaScript, not by a trigger: projects are
 * opened with trusted_schema=OFF, so the schema must not call an application function.
 */
export function writeDocumentIndex(db: Preparer, documentId: number, text: string, columns?: DocumentColumns): void {
  db.prepare('DELETE FROM document_search WHERE rowid = ?').run(documentId);
  db.prepare('DELETE FROM search_chunk WHERE document_id = ?').run(documentId);
  insertDocumentIndex(db, documentId, columns ?? documentColumns(text));
}

/** Writes the index rows of a document that has none (writeDocumentIndex without the deletes). */
function insertDocumentIndex(db: Preparer, documentId: number, index: DocumentColumns): void {
  db.prepare('INSERT INTO document_search (rowid, words, stems) VALUES (?, ?, ?)').run(documentId, index.words, index.stems);
  const chunk = db.prepare('INSERT INTO search_chunk (document_id, start, "end", byte_start, byte_end, word, words) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const c of index.chunks) chunk.run(documentId, c.start, c.end, c.byteStart, c.byteEnd, c.word, c.words);
}

/** Indexes every document afresh, and notes which stem rules did it. */
export function rebuildSearchIndex(db: Database): void {
  db.prepare("INSERT INTO document_search (document_search) VALUES ('delete-all')").run();
  db.prepare('DELETE FROM search_chunk').run();
  const textOf = db.prepare('SELECT text FROM document WHERE id = ?').pluck();
  const statements = new Map<string, ReturnType<Database['prepare']>>();
  const cached: Preparer = { prepare: (sql) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)! };
  // Ids first: better-sqlite3 cannot write while a read iterates, and a few texts at a time (those
  // whose columns are computed ahead, in a thread beside this one) bound memory.
  // Nothing is left to delete after 'delete-all'.
  const ids = db.prepare('SELECT id FROM document ORDER BY id').pluck().all() as number[];
  // Bytes, not characters: octet_length reads no text (length() read every text once more, 0.2–0.4 s at full scale).
  const size = db.prepare('SELECT coalesce(sum(octet_length(text)), 0) FROM document').pluck().get() as number;
  const columns = new IndexColumnsAhead(ids.length, (i) => textOf.get(ids[i]) as string, size);
  try {
    for (const id of ids) insertDocumentIndex(cached, id, columns.next());
  } finally {
    columns.close();
  }
  db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(SEARCH_INDEX_META_KEY, String(STEM_RULES_VERSION));
}

/**
 * Every connection, after the migrations: rebuilds the index when the stem rules changed since
 * it was built (query stems would no longer match stored ones; a no-op read when current), and
 * gives the connection the tables search reads word offsets from (repos/term-offsets.ts):
 * every instance of a term, and the list of terms (a prefix's terms, read without positions).
 * Those tables are TEMP, so the project file's schema stays exactly CaseCoder's (schema-check.ts
 * reads only the main schema), and they are created here, once per connection, because creating
 * them is a schema change the read-only handle (store.ts) rightly refuses.
 */
export function openSearchIndex(db: Database): void {
  const stored = db.prepare('SELECT value FROM project_meta WHERE key = ?').pluck().get(SEARCH_INDEX_META_KEY);
  if (stored !== String(STEM_RULES_VERSION)) db.transaction(() => rebuildSearchIndex(db))();
  openSearchVocabulary(db);
}

/**
 * The TEMP tables search reads word offsets and terms from, on a connection that only reads the
 * index: a job's (repos/analysis.ts JobReader), whose file is opened read-only; TEMP tables live
 * beside it, not in it.
 */
export function openSearchVocabulary(db: Database): void {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.document_search_instance USING fts5vocab(main, document_search, 'instance')");
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.document_search_terms USING fts5vocab(main, document_search, 'row')");
}
