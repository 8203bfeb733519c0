import type { Database } from 'better-sqlite3';
import { indexText } from '../../search/index-text.js';
import { STEM_RULES_VERSION } from '../../search/stem.js';
import { tokenize } from '../../search/tokenize.js';

/**
 * The full-text index of issue 10 (docs/search.md): one FTS5 row per document, rowid =
 * document.id, the normalised words and their stems side by side.
 *
 * Rows are written from JavaScript (repos/search.ts), by the documents repository and by undo/
 * redo replay, because projects are opened with trusted_schema=OFF and a schema trigger must not
 * call an application function. The one trigger here removes a document's row when the document
 * goes, whoever deletes it (a case's deletion, replay); it calls nothing but FTS5, which SQLite
 * marks innocuous.
 */
export function migrate004(db: Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE document_search USING fts5(
      words, stems,
      content = '', contentless_delete = 1, detail = full, prefix = '2 3',
      tokenize = "unicode61 remove_diacritics 0 tokenchars '''' categories 'L* N* Co M*'");
    CREATE TRIGGER document_search_delete AFTER DELETE ON document
    BEGIN
      DELETE FROM document_search WHERE rowid = OLD.id;
    END;`);
  rebuildSearchIndex(db);
}

/** The project_meta key holding the stem rules the stored stems were made with. */
export const SEARCH_INDEX_META_KEY = 'search_index_stem_rules';

/** Indexes every document afresh, and notes which stem rules did it. */
export function rebuildSearchIndex(db: Database): void {
  db.prepare("INSERT INTO document_search (document_search) VALUES ('delete-all')").run();
  const insert = db.prepare('INSERT INTO document_search (rowid, words, stems) VALUES (?, ?, ?)');
  const textOf = db.prepare('SELECT text FROM document WHERE id = ?').pluck();
  // Ids first: better-sqlite3 cannot write while a read iterates, and one text at a time bounds memory.
  for (const id of db.prepare('SELECT id FROM document ORDER BY id').pluck().all() as number[]) {
    const { words, stems } = indexText(tokenize(textOf.get(id) as string));
    insert.run(id, words, stems);
  }
  db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(SEARCH_INDEX_META_KEY, String(STEM_RULES_VERSION));
}

/**
 * Rebuilds the index when the stem rules changed since it was built (query stems would no longer
 * match stored ones). Runs after the migrations on every open; a no-op read when current.
 */
export function refreshSearchIndex(db: Database): void {
  const stored = db.prepare('SELECT value FROM project_meta WHERE key = ?').pluck().get(SEARCH_INDEX_META_KEY);
  if (stored !== String(STEM_RULES_VERSION)) db.transaction(() => rebuildSearchIndex(db))();
}
