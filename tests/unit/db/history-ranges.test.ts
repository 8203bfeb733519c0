/**
 * Bulk inserts are logged as one id range per table (migration 009), and undo, redo and undo
 * again still restore the project exactly, also when the same step changed a row of a range
 * after inserting it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logInsertsAsRanges, recordStep, redo, undo } from '../../../main/db/history.js';
import { insertCoder } from '../../../main/db/repos/coders.js';
import { insertCoding, insertSegment } from '../../../main/db/repos/segments.js';
import { trackedTables } from '../../../main/db/tracked-tables.js';
import { importRefi } from '../../../main/refi/import.js';
import { quoteSortKey } from '../../../main/search/quote-key.js';
import { createCase } from '../../../main/services/cases.js';
import { pasteText } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { hasShared, sample } from '../refi/helpers.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('ranges');
});
afterEach(() => t.dispose());

const ctx = () => t.session.context();
const store = () => ctx().store;
const snapshot = () =>
  Object.fromEntries(Object.keys(trackedTables).map((table) => [table, store().db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()]));
const newestStepLog = () =>
  store().db.prepare('SELECT tbl, row_id, last_row_id FROM history_change WHERE step_id = (SELECT max(id) FROM history_step) ORDER BY seq').all();
const images = () => store().db.prepare('SELECT count(*) FROM history_row_image').pluck().get() as number;

/** Undo, redo, undo and redo again, checking the project each time. */
function expectUndoRedo(before: unknown, after: unknown): void {
  for (let round = 0; round < 2; round++) {
    undo(store());
    expect(snapshot()).toEqual(before);
    redo(store());
    expect(snapshot()).toEqual(after);
    expect(images()).toBe(0);
  }
}

/** A document of `words` words and the id of a code, to insert segments and codings into. */
function documentAndCode(words: number): { documentId: number; codeId: number; coderId: number } {
  const caseItem = createCase(ctx(), 'Case', null);
  const text = Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
  pasteText(ctx(), caseItem.id, 'Doc', text);
  const documentId = store().db.prepare('SELECT max(id) FROM document').pluck().get() as number;
  const codeId = store().db.prepare('SELECT min(id) FROM code').pluck().get() as number;
  const coderId = insertCoder(store(), 'Ada', 'coder-guid');
  return { documentId, codeId, coderId };
}

function insertSegments(documentId: number, codeId: number, coderId: number, n: number, first = 0): number[] {
  const ids: number[] = [];
  for (let i = first; i < first + n; i++) {
    const id = insertSegment(store(), { documentId, start: i * 7, end: i * 7 + 5, quote: `word${i}`, coderId });
    insertCoding(store(), id, codeId, coderId);
    ids.push(id);
  }
  return ids;
}

describe('undo log ranges', () => {
  it('logs bulk inserts as one range per table, and undo and redo restore them exactly', () => {
    const { documentId, codeId, coderId } = documentAndCode(100);
    const before = snapshot();
    recordStep(store(), 'bulk', () => logInsertsAsRanges(store(), () => insertSegments(documentId, codeId, coderId, 50)));
    const after = snapshot();
    const segments = after.segment as { id: number }[];
    const codings = after.coding as { id: number }[];
    expect(newestStepLog()).toEqual([
      { tbl: 'segment', row_id: segments[0]!.id, last_row_id: segments.at(-1)!.id },
      { tbl: 'coding', row_id: codings[0]!.id, last_row_id: codings.at(-1)!.id },
    ]);
    undo(store());
    // While undone, each row of the ranges has its image, for redo.
    expect(images()).toBe(100);
    redo(store());
    expect(snapshot()).toEqual(after);
    expectUndoRedo(before, after);
  });

  it('restores a row of a range that the same step changed afterwards', () => {
    const { documentId, codeId, coderId } = documentAndCode(100);
    const before = snapshot();
    recordStep(store(), 'bulk then edit', () => {
      const [first] = logInsertsAsRanges(store(), () => insertSegments(documentId, codeId, coderId, 10));
      // Logged row by row (the cursor is back): undo replays it before the range goes. The key
      // changes with the quote, as every writer of a quote keeps it (derivedColumns).
      store().db.prepare('UPDATE segment SET quote = ?, quote_key = ? WHERE id = ?').run('changed', quoteSortKey('changed'), first);
    });
    const after = snapshot();
    expect((after.segment as { quote: string }[])[0]!.quote).toBe('changed');
    expectUndoRedo(before, after);
  });

  it('logs only rows added inside it, and a step without inserts logs nothing', () => {
    const { documentId, codeId, coderId } = documentAndCode(100);
    recordStep(store(), 'empty', () => logInsertsAsRanges(store(), () => undefined));
    expect(store().db.prepare("SELECT count(*) FROM history_step WHERE label = 'empty'").pluck().get()).toBe(0);
    expect(() => logInsertsAsRanges(store(), () => insertSegments(documentId, codeId, coderId, 1))).toThrow(/inside recordStep/);
  });

  it('leaves the schema as it was, its insert triggers logging row by row again, also after a failed insert', () => {
    const { documentId, codeId, coderId } = documentAndCode(100);
    const schema = () => store().db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
    const before = schema();
    recordStep(store(), 'bulk', () => logInsertsAsRanges(store(), () => insertSegments(documentId, codeId, coderId, 5)));
    expect(schema()).toEqual(before);
    expect(() =>
      recordStep(store(), 'failing', () => logInsertsAsRanges(store(), () => {
        insertSegments(documentId, codeId, coderId, 1, 5);
        throw new Error('refused');
      })),
    ).toThrow('refused');
    expect(schema()).toEqual(before);
    // Outside it, an insert is logged by its row again.
    recordStep(store(), 'one', () => insertSegments(documentId, codeId, coderId, 1, 6));
    expect(newestStepLog()).toEqual([
      { tbl: 'segment', row_id: expect.any(Number), last_row_id: null },
      { tbl: 'coding', row_id: expect.any(Number), last_row_id: null },
    ]);
  });

  it.skipIf(!hasShared)('logs a REFI-QDA import in a few rows, and undoes and redoes it exactly', async () => {
    const before = snapshot();
    await importRefi(ctx(), 'nvivo.qdpx', sample('nvivo-win-12.6_oltas.qdpx'));
    const after = snapshot();
    expect((after.coding as unknown[]).length).toBeGreaterThan(50);
    // Segments and codings, the bulk of an import, come as one range each.
    const log = newestStepLog() as { tbl: string; last_row_id: number | null }[];
    expect(log.filter((c) => c.tbl === 'segment' || c.tbl === 'coding').map((c) => [c.tbl, c.last_row_id !== null])).toEqual([
      ['segment', true],
      ['coding', true],
    ]);
    expectUndoRedo(before, after);
  });
});
