import type { Database } from 'better-sqlite3';
import { QUOTE_KEY_LENGTH, quoteSortKey } from '../../search/quote-key.js';

/**
 * Each segment's quote sort key (search/quote-key.ts), indexed: the segment list sorted by quote
 * reads as the alphabet, in Kazakh and Russian too, which `quote COLLATE NOCASE` did not. Stored
 * because the order cannot be computed in the query fast enough: the key made by an application
 * function in the ORDER BY took 1.26 s for a page of all 166,584 segments of the reference corpus
 * and 0.24 s for one code's; off the indexed column, 0.3 ms, and one code's as long as with
 * NOCASE (docs/search.md). It cannot be an expression index or a generated column either, which
 * would put an application function in the schema of a file that may come from anyone
 * (trusted_schema is off). Every path that writes a segment row sets it: insertSegment,
 * insertRow (merge), undo and redo (history.ts).
 *
 * Not a tracked column: it is made from the quote, so undo and redo make it again from the
 * quote in the images, as old images logged without it need anyway. On the reference corpus
 * this migration takes about 2.5 s, once.
 */
export function migrate012(db: Database): void {
  db.exec("ALTER TABLE segment ADD COLUMN quote_key TEXT NOT NULL DEFAULT ''");
  // The key reads no further than its length: the rest of each quote is left in the file.
  const heads = db.prepare(`SELECT id, substr(quote, 1, ${QUOTE_KEY_LENGTH}) AS head FROM segment`).all() as { id: number; head: string }[];
  const setKey = db.prepare('UPDATE segment SET quote_key = ? WHERE id = ?');
  for (const { id, head } of heads) setKey.run(quoteSortKey(head), id);
  db.exec('CREATE INDEX segment_quote_key_idx ON segment(quote_key)');
}
