import { describe, expect, it } from 'vitest';
import { checkExpressions } from '../../../main/db/check-probes.js';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index.js';
import { allCheckProbes } from '../../../main/db/schema-check.js';

describe('CHECK probes', () => {
  it('reads each CHECK expression whole, past nested parentheses, strings and quoted names', () => {
    const sql = `CREATE TABLE "check (x)" (a INTEGER CHECK (a IN (1, 2)), b TEXT DEFAULT 'CHECK (b)' check(b <> ')'), [check] INT, CHECK ("end" > (a)))`;
    expect(checkExpressions(sql)).toEqual(['a IN (1, 2)', "b <> ')'", '"end" > (a)']);
  });

  it('covers every CHECK of the latest schema', () => {
    const probes = allCheckProbes()[LATEST_SCHEMA_VERSION]!;
    const withChecks = ['attribute', 'case_decision', 'history_cursor', 'import_run', 'import_run_file', 'memo_link', 'segment', 'set_member'];
    expect([...new Set(probes.map((p) => p.table))].sort()).toEqual(withChecks);
    expect(probes.filter((p) => p.table === 'import_run_file')).toHaveLength(3);
    // kind, started_at, and the owner's host, id, start and all-or-none (migration 015).
    expect(probes.filter((p) => p.table === 'import_run')).toHaveLength(6);
    expect(probes.find((p) => p.table === 'segment')!.sql).toBe('SELECT 1 FROM "segment" WHERE NOT (start >= 0 AND "end" > start) LIMIT 1');
  });
});
