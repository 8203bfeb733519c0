/**
 * Where a locating term lies (TermOffsets, repos/term-offsets.ts), for a whole term and for
 * prefixes of two and more letters: exactly the word positions whose normalised word is, or
 * begins with, the term, whatever order documents are asked in. A whole term is one pass by
 * equality. A prefix's first documents are read term by term in windows (its terms listed from
 * fts5vocab's row table), the rest in one pass over the range sorted by document; fts5vocab is
 * handed the range's both bounds (since migration 008 no prefix index exists, and fts5vocab
 * never read one), so a prefix costs its own terms' rows, never a walk over the vocabulary.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { TermOffsets, type IndexTerm } from '../../../main/db/repos/search.js';
import type { Store } from '../../../main/db/store.js';
import { createCase } from '../../../main/services/cases.js';
import { pasteText } from '../../../main/services/text-import.js';
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
function vocabConstraints(sql: string, table: string): number {
  const plan = store().db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array.from(sql.matchAll(/\?/g), () => 'x')) as { detail: string }[];
  const index = plan.map((row) => new RegExp(`${table} VIRTUAL TABLE INDEX (\\d+):`).exec(row.detail)).find(Boolean);
  expect(index, plan.map((row) => row.detail).join('; ')).toBeTruthy();
  return Number(index![1]) & 0x700;
}

const vocabSql = (table: string) => store().preparedSql().filter((sql) => sql.includes(`temp.${table}`));

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

  it('reads a prefix by its terms, and a whole term and the rest of a prefix with their bounds', () => {
    const prefix = new TermOffsets(store().reader, { column: 'words', term: 'жұ', prefix: true }, 0);
    try {
      prefix.within(documents[0]!); // a window
      expect(vocabSql('document_search_instance').filter((sql) => sql.includes('term >='))).toEqual([]);
      for (let i = 0; i < 7; i++) prefix.within(documents[1]! + 2 ** i * 10); // past the windows: the sorted pass
    } finally {
      prefix.close();
    }
    offsets({ column: 'stems', term: 'жұмыс', prefix: false });
    const listed = vocabSql('document_search_terms');
    expect(listed).toHaveLength(1);
    expect(vocabConstraints(listed[0]!, 'document_search_terms')).toBe(0x600);
    const statements = vocabSql('document_search_instance');
    const range = statements.filter((sql) => sql.includes('term >='));
    expect(range).toHaveLength(1);
    expect(vocabConstraints(range[0]!, 'document_search_instance')).toBe(0x600);
    const exact = statements.filter((sql) => !sql.includes('term >='));
    expect(exact).toHaveLength(2); // the whole term's pass and the prefix's windows
    for (const sql of exact) expect(vocabConstraints(sql, 'document_search_instance')).toBe(0x100);
  });
});

/**
 * Many documents, so a prefix is read through all its ways: windows, the sorted pass after them,
 * documents below the first window, and a range of more terms than windows read.
 */
describe('the word offsets of a prefix over many documents', () => {
  const COUNT = 45;
  const common = ['по', 'пол', 'поле', 'после', 'потом', 'почта', 'погода', 'дом', 'жұмыс', 'the', 'this', 'очень', 'очередь'];
  // 15 × 15 terms beginning with "па": more than a prefix is read in windows with.
  const letters = [...'бвгдежзклмнрстх'];
  const many = letters.flatMap((a) => letters.map((b) => `па${a}${b}`));
  let texts: string[];

  beforeEach(() => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), Math.floor(seed / 2 ** 16) % n);
    // Some words only in some documents, so a term's next document lies beyond a window or two.
    texts = Array.from({ length: COUNT }, (_, d) => {
      const own = [d % 5 === 0 ? 'порог' : 'дорога', d % 11 === 3 ? 'пора' : 'река', d > 30 ? 'поздно' : 'рано'];
      return Array.from({ length: 80 }, () => (random(4) === 0 ? many[random(many.length)]! : random(5) === 0 ? own[random(3)]! : common[random(common.length)]!)).join(' ');
    });
    const c = createCase(t.session.context(), 'P2', null).id;
    texts.forEach((text, i) => pasteText(t.session.context(), c, `M${i}`, text));
    const ids = new Map(listDocuments(store()).map((d) => [d.name, d.id]));
    documents = texts.map((_, i) => ids.get(`M${i}`)!);
  });

  function asked(term: IndexTerm, order: number[]): Map<number, number[]> {
    const pass = new TermOffsets(store().reader, term, 0);
    try {
      return new Map(order.map((i) => [i, pass.within(documents[i]!).sort((a, b) => a - b)]));
    } finally {
      pass.close();
    }
  }

  const ascending = Array.from({ length: COUNT }, (_, i) => i);
  const orders: [string, number[]][] = [
    ['ascending', ascending],
    ['ascending, some left out', ascending.filter((i) => i % 3 !== 1)],
    ['starting late, then the documents before', [20, 21, 22, ...ascending.filter((i) => i < 20 || i > 22)]],
    ['descending', [...ascending].reverse()],
    ['shuffled', [...ascending].sort((a, b) => ((a * 37) % COUNT) - ((b * 37) % COUNT))],
  ];
  const prefixes = ['по', 'пол', 'поз', 'па', 'паб', 'оче', 'th', 'жұ'];

  it.each(orders)('asked %s, every prefix lies exactly where the text has it', (_, order) => {
    for (const prefix of prefixes) {
      const term: IndexTerm = { column: 'words', term: prefix, prefix: true };
      const expected = new Map(order.map((i) => [i, positions(texts[i]!, term)]));
      expect([...expected.values()].flat().length, prefix).toBeGreaterThan(0);
      expect(asked(term, order), prefix).toEqual(expected);
    }
  });

  it('reads a page\'s first documents without sorting the range', () => {
    asked({ column: 'words', term: 'по', prefix: true }, [0, 1, 2]);
    expect(vocabSql('document_search_instance').filter((sql) => sql.includes('ORDER BY'))).toEqual([]);
  });
});
