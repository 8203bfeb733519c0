import type { Database } from 'better-sqlite3';
import { migrate001 } from './001-initial.js';
import { migrate002 } from './002-memos-sets-descriptions.js';
import { migrate003 } from './003-detach-on-delete.js';
import { migrate004 } from './004-search-index.js';
import { migrate005 } from './005-case-method.js';
import { migrate006 } from './006-undo-by-reference.js';
import { migrate007 } from './007-drop-chunk-search.js';
import { migrate008 } from './008-search-without-prefix-index.js';
import { openSearchIndex } from '../search-index.js';
import { migrate009 } from './009-undo-log-ranges.js';
import { migrate010 } from './010-coding-code-segment-index.js';
import { migrate011 } from './011-guid-indexes-deferrable.js';
import { migrate012 } from './012-segment-quote-key.js';
import { migrate013 } from './013-import-runs.js';
import { migrate014 } from './014-coding-date-index.js';
import { migrate015 } from './015-import-run-owner.js';

/** Schema migrations in order; migration i brings the schema to version i + 1. Append only. */
export const migrations: ReadonlyArray<(db: Database) => void> = [migrate001, migrate002, migrate003, migrate004, migrate005, migrate006, migrate007, migrate008, migrate009, migrate010, migrate011, migrate012, migrate013, migrate014, migrate015];

export const LATEST_SCHEMA_VERSION = migrations.length;

/** Brings a project to the latest schema, each migration in its own transaction. */
export function runMigrations(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_SCHEMA_VERSION) {
    throw new Error(`schema version ${current} is newer than ${LATEST_SCHEMA_VERSION}`);
  }
  for (let version = current; version < LATEST_SCHEMA_VERSION; version++) {
    db.transaction(() => {
      migrations[version]!(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  openSearchIndex(db);
}
