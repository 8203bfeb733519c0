import type { Database } from 'better-sqlite3';
import { changeLogTriggers } from '../tracked-tables.js';

/**
 * The case-study method around the codings: the selection log (criteria, and every decision on
 * a case: candidate, selected or excluded, with criteria met, reason, who and when) and case
 * summaries (the researcher's text in a case × code cell).
 *
 * A case's status is its latest decision (by time, then id); a case with none is selected, so new and imported
 * cases count unless someone says otherwise. Decisions are never updated, only added, so the
 * log is the history. case_id and code_id are not foreign keys: deleting a case or code removes
 * its rows through triggers, which a user action logs like any change, so undo brings them back
 * in order (a cascade would not be replayed).
 */
export function migrate005(db: Database): void {
  db.exec(`
    CREATE TABLE selection_criterion (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE, sort INTEGER NOT NULL DEFAULT 0);

    -- criteria: a JSON array of selection_criterion ids met at the time of the decision.
    CREATE TABLE case_decision (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, case_id INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('candidate', 'selected', 'excluded')),
      reason TEXT NOT NULL DEFAULT '', criteria TEXT NOT NULL DEFAULT '[]',
      decided_by INTEGER REFERENCES coder(id), decided_at TEXT NOT NULL);
    CREATE INDEX case_decision_case_idx ON case_decision(case_id, decided_at, id);

    CREATE TABLE case_summary (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, case_id INTEGER NOT NULL, code_id INTEGER NOT NULL,
      text TEXT NOT NULL, updated_by INTEGER REFERENCES coder(id), updated_at TEXT NOT NULL,
      UNIQUE (case_id, code_id));
    CREATE INDEX case_summary_code_idx ON case_summary(code_id);

    CREATE TRIGGER case_method_detach_case AFTER DELETE ON case_
    BEGIN
      DELETE FROM case_decision WHERE case_id = OLD.id;
      DELETE FROM case_summary WHERE case_id = OLD.id;
    END;
    CREATE TRIGGER case_method_detach_code AFTER DELETE ON code
    BEGIN
      DELETE FROM case_summary WHERE code_id = OLD.id;
    END;
  `);
  const columns: Record<string, string[]> = {
    selection_criterion: ['id', 'guid', 'name', 'sort'],
    case_decision: ['id', 'guid', 'case_id', 'status', 'reason', 'criteria', 'decided_by', 'decided_at'],
    case_summary: ['id', 'guid', 'case_id', 'code_id', 'text', 'updated_by', 'updated_at'],
  };
  for (const [table, list] of Object.entries(columns)) db.exec(changeLogTriggers(table, list));
}
