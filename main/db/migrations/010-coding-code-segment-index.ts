import type { Database } from 'better-sqlite3';

/**
 * A code's codings indexed with their segments: `coding_code_idx` becomes (code_id, segment_id),
 * so a code's segments (a segment page filtered by a code, its count, a code's quotes) are read
 * from the index alone, never from the coding rows. Counting the segments of the reference
 * corpus's largest code (21,687 codings) took 11.5 ms from the rows and 1.5 ms from the index;
 * building it for 200,000 codings takes a fraction of a second.
 */
export function migrate010(db: Database): void {
  db.exec(`
    DROP INDEX coding_code_idx;
    CREATE INDEX coding_code_idx ON coding(code_id, segment_id);`);
}
