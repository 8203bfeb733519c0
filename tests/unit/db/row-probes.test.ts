/**
 * A project file whose schema is CaseCoder's but whose rows hold what CaseCoder never writes is
 * refused at open like an altered one, untouched, and salvage brings in the rest
 * (review-hostile-1207 #2, #3, #6, #16: each of these opened, then crashed the process, failed
 * with internal errors or wrote invalid REFI-QDA).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFileInWorker } from '../../../main/db/file-check.js';
import { MAX_CODE_DEPTH } from '../../../shared/code-tree.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { alter, fileHash, refusal, writeProject } from './untrusted-helpers.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
});
afterEach(() => t.dispose());

/** A chain of `levels` codes under STEEPL/Economic's framework, each the child of the one before. */
const chain = (levels: number) => `
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${levels})
  INSERT INTO code (id, guid, framework_id, parent_id, name, color, sort)
  SELECT 1000 + i, 'deep-' || i, (SELECT framework_id FROM code WHERE name = 'Economic'), CASE WHEN i = 1 THEN NULL ELSE 999 + i END, 'c' || i, '#ff0000', 0 FROM n;`;

describe('a project file holding data CaseCoder never writes', async () => {
  it.each([
    ['codes that are each other\'s parents', `UPDATE code SET parent_id = (SELECT id FROM code WHERE name = 'Negative') WHERE name = 'Positive';
      UPDATE code SET parent_id = (SELECT id FROM code WHERE name = 'Positive') WHERE name = 'Negative';`, 'codeCycle'],
    ['a code its own parent', `UPDATE code SET parent_id = id WHERE name = 'Negative';`, 'codeCycle'],
    [`codes nested ${MAX_CODE_DEPTH + 1} levels deep`, chain(MAX_CODE_DEPTH + 1), 'codeTooDeep'],
    ['a document\'s text as a BLOB', `UPDATE document SET text = CAST(text AS BLOB);`, 'unwrittenValue'],
    ['text offsets, which pass the CHECK', `UPDATE segment SET start = 'abc', "end" = 'abd';`, 'unwrittenValue'],
    ['fractional offsets', `UPDATE segment SET start = 0.5, "end" = 9.25;`, 'unwrittenValue'],
    ['a created_at that is no date', `UPDATE coding SET created_at = 'not a date';`, 'unwrittenValue'],
    ['a date without its time', `UPDATE document SET created_at = '2026-01-01';`, 'unwrittenValue'],
    ['attribute choices that are not JSON', `INSERT INTO attribute (guid, name, type, choices, sort) VALUES ('g-1', 'Colour', 'choice', '{{{', 1);`, 'unwrittenValue'],
    ['a document longer than any import makes', `UPDATE document SET text = replace(hex(zeroblob(10000001)), '00', 'ab');`, 'documentTooLong'],
  ])('is refused when opened, unchanged, and salvaged: %s', async (_, attack, why) => {
    const path = writeProject(t.session, 'study');
    alter(path, attack);
    const before = fileHash(path);
    const error = refusal(() => t.session.openProject(path));
    expect(error.code).toBe('projectUnexpectedData');
    expect(error.params.why).toBe(why);
    expect(fileHash(path)).toBe(before);
    // The rest comes in: the case and its document (unless that is what was refused).
    const salvaged = await t.session.salvageProject(path);
    expect(salvaged.added.cases).toBe(1);
    expect(salvaged.leftBehind).toBeGreaterThan(0);
    expect(fileHash(path)).toBe(before);
  });

  it(`opens with codes nested ${MAX_CODE_DEPTH} levels deep, the most a codebook may`, () => {
    const path = writeProject(t.session, 'study');
    alter(path, chain(MAX_CODE_DEPTH));
    expect(t.session.openProject(path).path).toBe(path);
  });

  it('is left to merge\'s own checks of each row when it is a merge\'s source', () => {
    const path = writeProject(t.session, 'study');
    alter(path, `UPDATE code SET parent_id = id WHERE name = 'Negative';`);
    expect(checkFileInWorker(path).kind).toBe('unexpected');
    expect(checkFileInWorker(path, { rows: false }).kind).toBe('ok');
  });
});
