import type { Database } from 'better-sqlite3';

/**
 * The segment list's days ask of codings, not segments (repos/segment-codings.ts, codingConditions): a
 * code added in March to a segment made in January was coded in March. The codings of a range
 * of days are found by `coding_created_idx`, with their segments in it, so the list filtered by
 * days alone reads them from the index; `segment_created_idx`, which only that filter and the
 * sort by day read, goes, and the project file stays about the size it was (one entry of a date
 * and an id for each coding in place of one for each segment).
 */
export function migrate014(db: Database): void {
  db.exec(`
    DROP INDEX segment_created_idx;
    CREATE INDEX coding_created_idx ON coding(created_at, segment_id);`);
}
