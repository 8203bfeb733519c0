import type { Database } from 'better-sqlite3';
import { rebuildSearchIndex } from '../search-index.js';

/**
 * document_search without its 2-letter prefix index (issue 13: the project file of the reference
 * corpus within 1.3× its text and indexes). `prefix = '2'` stored every word a second time under
 * its first two letters, and sped up only two-letter prefixes: at scale 0.1 (1 M words) the
 * table took 5.2 MB with it, 3.0 MB without, and rebuilt with ~10% less CPU without. Prefix
 * queries select the same documents without it: FTS5 merges the doclists of every term in the
 * prefix's range (~1 ms for two letters at 1 M words, ~0.1 ms with the prefix index), and the
 * word offsets search reads never used it (fts5vocab reads a term range of the main index).
 *
 * The table is made again with FTS5's ascii tokenizer instead of unicode61. The columns hold
 * words already found and normalised in JavaScript (search/index-text.ts), lower-case and folded
 * as unicode61 would fold them (search/normalize.ts), one space between them: both tokenizers
 * read each item back as the same one term, but ascii does not look up every character's
 * Unicode category and case, which took a third of the index's cost at import (full corpus:
 * rebuild 10.6 → 7.2 s of CPU). Query words go through the same tokenizer and normaliser.
 *
 * FTS5 cannot drop a prefix index from a table, so the table is made again, as migration 004
 * made it but for the prefix option and the tokenizer, and filled from the documents' text by
 * the live writer.
 * The delete trigger (migration 007) names the table, not a copy of it, so it stays and acts
 * on the new table. The old table's pages are left free in the file for later writes.
 */
export function migrate008(db: Database): void {
  db.exec(`
    DROP TABLE document_search;
    CREATE VIRTUAL TABLE document_search USING fts5(
      words, stems,
      content = '', contentless_delete = 1, detail = full,
      tokenize = "ascii tokenchars ''''");`);
  rebuildSearchIndex(db);
}
