/**
 * The segment list sorted by quote reads as the alphabet (segment.quote_key, migration 012):
 * Latin, then Cyrillic with capitals among small letters, ё with е, Ә after А and І after Ы, ties
 * in reading order, forwards and backwards, filtered by a code or not. The key stays right through every path
 * that writes a segment: coding, undo and redo of a removal, a merge (whose keys are never taken
 * from the other file) and its undo and redo. `quote COLLATE NOCASE` put «Ёлка» before «Анна»,
 * «Яна» before «арбуз» and «Әлия» after «Яна».
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redo as redoStep, undo as undoStep } from '../../../main/db/history.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { querySegments } from '../../../main/db/repos/segments.js';
import { Store } from '../../../main/db/store.js';
import { applyMerge, openMergeSource } from '../../../main/merge/merge-file.js';
import { quoteSortKey } from '../../../main/search/quote-key.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode, removeCoding } from '../../../main/services/coding.js';
import type { ServiceContext } from '../../../main/services/context.js';
import { pasteText } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

/** In the order the list must show them; «ЕЛКА» ties with «Ёлка» and comes after it in the text, both ways. */
const IN_ORDER = ['apple', 'Zebra', 'Анна', 'арбуз', 'Әлия', 'Ёлка', 'ЕЛКА', 'ель', 'Кітап', 'Қайрат', 'Ыбырай', 'Ілияс', 'Яна'];
/** Coded in another order, so that neither ids nor positions give the expected one. */
const CODED = ['Яна', 'Ёлка', 'арбуз', 'Ілияс', 'Zebra', 'Әлия', 'ЕЛКА', 'Қайрат', 'apple', 'Ыбырай', 'ель', 'Анна', 'Кітап'];
/** Quotes only their project codes, for the merge. */
const THEIRS = ['Үй', 'Ұлы'];
const LINES = [...CODED, ...THEIRS];
const TEXT = LINES.join('\n');
/** Where each quote's line starts in TEXT. */
const START = new Map(LINES.map((line, i) => [line, LINES.slice(0, i).reduce((at, before) => at + before.length + 1, 0)]));

let t: TestSession;
beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('quotes');
  const ctx = t.session.context();
  pasteText(ctx, createCase(ctx, 'Case', null).id, 'Interview', TEXT);
  for (const quote of CODED) code(ctx, quote);
});
afterEach(() => t.dispose());

const ctx = () => t.session.context();

/** Codes the quote's span of the one document (a line of TEXT) Valence/Positive; returns the segment. */
function code(context: ServiceContext, quote: string): number {
  const start = START.get(quote)!;
  const documentId = listDocuments(context.store)[0]!.id;
  return applyCode(context, { documentId, start, end: start + quote.length, codeId: positive(context) }).segmentId;
}
const positive = (context: ServiceContext) => findCodeByPath(context.store, 'Valence', 'Positive')!.id;

const listed = (descending: boolean, codeId?: number) =>
  querySegments(ctx().store, { sort: 'quote', descending, offset: 0, limit: 100, codeId }).rows.map((r) => r.quote);

/** Descending: the keys the other way round, the quotes of one key still in reading order. */
function descendingOf(expected: string[]): string[] {
  const runs: string[][] = [];
  for (const quote of expected) {
    const last = runs[runs.length - 1];
    if (last && quoteSortKey(last[0]!) === quoteSortKey(quote)) last.push(quote);
    else runs.push([quote]);
  }
  return runs.reverse().flat();
}

/** The list in both directions, filtered by the code or not, is `expected`; every key is its quote's. */
function expectOrder(expected: string[]): void {
  for (const codeId of [undefined, positive(ctx())]) {
    expect(listed(false, codeId)).toEqual(expected);
    expect(listed(true, codeId)).toEqual(descendingOf(expected));
  }
  const rows = ctx().store.db.prepare('SELECT quote, quote_key AS key FROM segment').all() as { quote: string; key: string }[];
  expect(rows.filter((r) => r.key !== quoteSortKey(r.quote))).toEqual([]);
}

describe('the segment list by quote', () => {
  it('reads as the alphabet, Latin first, ties in reading order, forwards and backwards', () => {
    expectOrder(IN_ORDER);
  });

  it('keeps the order when a removed segment comes back by undo, and goes again by redo', () => {
    const codingOf = (quote: string) =>
      ctx().store.db.prepare('SELECT c.id FROM coding c JOIN segment s ON s.id = c.segment_id WHERE s.quote = ?').pluck().get(quote) as number;
    removeCoding(ctx(), codingOf('Әлия'));
    expectOrder(IN_ORDER.filter((quote) => quote !== 'Әлия'));
    undoStep(ctx().store);
    expectOrder(IN_ORDER);
    redoStep(ctx().store);
    expectOrder(IN_ORDER.filter((quote) => quote !== 'Әлия'));
  });

  it('makes the keys of merged segments from their quotes, also when the merge is undone and redone', async () => {
    const oursPath = ctx().store.path;
    const theirsPath = join(t.home, 'theirs.casecoder');
    t.session.saveCopy(theirsPath);
    t.session.openProject(theirsPath);
    for (const quote of THEIRS) code(ctx(), quote);
    t.session.openProject(oursPath);
    // A key in their file is theirs to get wrong: the merge must not take it.
    const theirs = Store.open(theirsPath);
    theirs.db.prepare("UPDATE segment SET quote_key = '!'").run();
    theirs.close();
    const merged = [...IN_ORDER.slice(0, -3), 'Ұлы', 'Үй', ...IN_ORDER.slice(-3)];
    const source = await openMergeSource(theirsPath);
    try {
      applyMerge(ctx().store, source, {});
    } finally {
      source.dispose();
    }
    expectOrder(merged);
    undoStep(ctx().store);
    expectOrder(IN_ORDER);
    redoStep(ctx().store);
    expectOrder(merged);
  });
});
