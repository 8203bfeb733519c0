import type { Database } from 'better-sqlite3';

/**
 * The full-text index without its chunk table (docs/search.md, "The index"). Version 4 wrote
 * every word four times: words and stems into document_search and again, per chunk, into
 * document_chunk_search, which only said where in a document a phrase lies; that second table
 * was about half of the index's cost at import. document_search answers the same question
 * through fts5vocab (the word offsets of a term in a document), so the chunk table goes;
 * search_chunk stays, mapping word offsets to the byte ranges search reads. The index's
 * contents do not change, so nothing is rebuilt. The rows are written by
 * main/db/search-index.ts. Migration 008 later dropped document_search's prefix index.
 */
export function migrate007(db: Database): void {
  db.exec(`
    DROP TRIGGER document_search_delete;
    DROP TABLE document_chunk_search;
    CREATE TRIGGER document_search_delete AFTER DELETE ON document
    BEGIN
      DELETE FROM document_search WHERE rowid = OLD.id;
      DELETE FROM search_chunk WHERE document_id = OLD.id;
    END;`);
}
