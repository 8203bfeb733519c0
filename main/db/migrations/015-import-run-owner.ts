import type { Database } from 'better-sqlite3';

/**
 * Who is doing each import or merge recorded by migration 013: a record was read as a run the
 * process died in by every other process that opened the project, so a command run beside a
 * live import said it was cut short, and the app offered to dismiss it (review-cli-1208 #4).
 * The owner is the computer's name, the process's id and when that process started, so that
 * another process can tell a live owner from a dead one whose id was taken since
 * (services/run-owner.ts). A record from before this migration has none, and is read as before.
 *
 * A file from elsewhere is hostile: the host is printable ASCII (CaseCoder writes it so) of at
 * most 255 characters, the id one Node can signal (a positive 32-bit signed number), the start a moment in
 * milliseconds before the year 10000, and the three are there together or not at all.
 */
export function migrate015(db: Database): void {
  db.exec(`
    ALTER TABLE import_run ADD COLUMN owner_host TEXT
      CHECK (owner_host IS NULL OR (typeof(owner_host) = 'text' AND length(owner_host) BETWEEN 1 AND 255 AND owner_host NOT GLOB '*[^ -~]*'));
    ALTER TABLE import_run ADD COLUMN owner_pid INTEGER
      CHECK (owner_pid IS NULL OR (typeof(owner_pid) = 'integer' AND owner_pid BETWEEN 1 AND 2147483647));
    ALTER TABLE import_run ADD COLUMN owner_started INTEGER
      CHECK (owner_started IS NULL OR (typeof(owner_started) = 'integer' AND owner_started BETWEEN 0 AND 253402300799999))
      CHECK ((owner_host IS NULL) = (owner_pid IS NULL) AND (owner_pid IS NULL) = (owner_started IS NULL));`);
}
