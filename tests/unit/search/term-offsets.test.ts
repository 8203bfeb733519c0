/**
 * Where a locating term lies (TermOffsets, repos/search.ts), for a whole term and for prefixes of
 * two and more letters: exactly the word positions whose normalised word is, or begins with, the
 * term. A prefix is read as a range of the index's terms: fts5vocab is handed both bounds (since
 * migration 008 no prefix index exists, and fts5vocab never read one), so a prefix costs its own
 * terms' rows, never a walk over the whole vocabulary.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { TermOffsets, type IndexTerm } from '../../../main/db/repos/search.js';
import type { Store } from '../../../main/db/store.js';
import { createCase } from '../../../main/services/cases.js';
import { pasteText } from '../../../main/services/documents.js';
import { tokenize } from '../../../main/search/tokenize.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

const texts = [
  'Жұмыс жұрты жұлдыз жол. Очень очередь, очерк; ОЧЕНЬ ещё жұмыс.\nПо полю потом после, по-своему. The this that.',
  'Жұмысшы очень жол жұлдызы. Ёлка, ещё ёжик; жұқа.',
];

let t: TestSession;
let documents: number[];
const store = () => t.session.context().store as Store;

beforeEach(() => {
  t = newTestSession();
  t.session.createProject('study');
  const c = createCase(t.session.context(), 'P1', null).id;
  texts.forEach((text, i) => pasteText(t.session.context(), c, `D${i}`, text));
  documents = listDocuments(store()).map((d) => d.id);
});
afterEach(() => t.dispose());

/** Word positions of the text whose normalised form is the term, or begins with it. */
function positions(text: string, term: IndexTerm): number[] {
  return tokenize(text).flatMap((token, i) => ((term.prefix ? token.norm.startsWith(term.term) : token.norm === term.term) ? [i] : []));
}

function offsets(term: IndexTerm): number[][] {
  const pass = new TermOffsets(store().reader, term, 0);
  try {
    return documents.map((id) => pass.within(id).sort((a, b) => a - b));
  } finally {
    pass.close();
  }
}

/**
 * The idxNum SQLite hands fts5vocab for the statement's term constraints: FTS5_VOCAB_TERM_EQ
 * (0x100), _GE (0x200) and _LE (0x400) in sqlite3.c's fts5_vocab.c; the low byte is the columns used.
 */
function vocabConstraints(sql: string): number {
  const plan = store().db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array.from(sql.matchAll(/\?/g), () => 'x')) as { detail: string }[];
  const index = plan.map((row) => /document_search_instance VIRTUAL TABLE INDEX (\d+):/.exec(row.detail)).find(Boolean);
  expect(index, plan.map((row) => row.detail).join('; ')).toBeTruthy();
  return Number(index![1]) & 0x700;
}

describe('the word offsets of a term', () => {
  const terms: IndexTerm[] = [
    { column: 'words', term: 'жұмыс', prefix: false },
    { column: 'words', term: 'жұ', prefix: true },
    { column: 'words', term: 'оче', prefix: true },
    { column: 'words', term: 'по', prefix: true },
    { column: 'words', term: 'ел', prefix: true }, // ёлка is indexed as елка
    { column: 'words', term: 'th', prefix: true },
  ];

  it.each(terms)('$term (prefix: $prefix) lies exactly where the text has it', (term) => {
    const expected = texts.map((text) => positions(text, term));
    expect(expected.flat().length).toBeGreaterThan(0);
    expect(offsets(term)).toEqual(expected);
  });

  it('reads a prefix as a range of terms, and a whole term by equality', () => {
    offsets({ column: 'words', term: 'жұ', prefix: true });
    offsets({ column: 'stems', term: 'жұмыс', prefix: false });
    const statements = store().preparedSql().filter((sql) => sql.includes('document_search_instance'));
    const range = statements.filter((sql) => sql.includes('term >='));
    expect(range).toHaveLength(1);
    expect(vocabConstraints(range[0]!)).toBe(0x600);
    const exact = statements.filter((sql) => !sql.includes('term >='));
    expect(exact).toHaveLength(1);
    expect(vocabConstraints(exact[0]!)).toBe(0x100);
  });
});
