import type { Database } from 'better-sqlite3';
import { QUOTE_KEY_LENGTH, quoteSortKey } from '../../search/quote-key.js';

/**
 * Each segment's quote sort key (search/quote-key.ts): the segment list sorted by quote reads as
 * the alphabet, in Kazakh and Russian too, which `quote COLLATE NOCASE` did not. Stored because
 * the order cannot be computed in the query fast enough: the key made by an application function
 * in the ORDER BY took 1.26 s for a page of all 166,584 segments of the reference corpus and
 * 0.24 s for one code's; sorting the column takes as long as NOCASE did (docs/search.md). It
 * cannot be an expression index or a generated column either, which would put an application
 * function in the schema of a file that may come from anyone (trusted_schema is off). Every path
 * that writes a segment row sets it: insertSegment, insertRow (merge), undo and redo (history.ts).
 *
 * Not indexed: an index read the first page of every segment in 0.3 ms instead of 45, but cost the
 * project file 5 MB more (1.28× a bare database of its data against a target of 1.3×, where the
 * column alone leaves 1.25×; 1.31× at a tenth of the corpus), and 45 ms is well within a page's
 * 100 ms. A page of one code's segments is sorted with or without it.
 *
 * Not a tracked column: it is made from the quote, so undo and redo make it again from the
 * quote in the images, as old images logged without it need anyway. On the reference corpus
 * this migration takes about 1.4 s, once.
 */
export function migrate012(db: Database): void {
  db.exec("ALTER TABLE segment ADD COLUMN quote_key TEXT NOT NULL DEFAULT ''");
  // The key reads no further than its length: the rest of each quote is left in the file.
  const heads = db.prepare(`SELECT id, substr(quote, 1, ${QUOTE_KEY_LENGTH}) AS head FROM segment`).all() as { id: number; head: string }[];
  const setKey = db.prepare('UPDATE segment SET quote_key = ? WHERE id = ?');
  for (const { id, head } of heads) setKey.run(quoteSortKey(head), id);
}
