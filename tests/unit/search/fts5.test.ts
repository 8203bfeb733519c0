/**
 * The FTS5 index of migrations 004, 007 and 008 on a bare in-memory database: SQLite reads the index text back
 * as exactly our terms, the delete trigger and the rebuild keep it in step, and MATCH selects the
 * documents in which the JS hit finder finds hits. (Upkeep through the app's writes, undo and
 * merge is tested in tests/unit/services/search.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { migrate004 } from '../../../main/db/migrations/004-search-index.js';
import { migrate007 } from '../../../main/db/migrations/007-drop-chunk-search.js';
import { migrate008 } from '../../../main/db/migrations/008-search-without-prefix-index.js';
import { rebuildSearchIndex, writeDocumentIndex } from '../../../main/db/search-index.js';
import { documentColumns } from '../../../main/search/index-text.js';
import { Utf8Column } from '../../../main/search/utf8-column.js';
import { QuerySyntaxError } from '../../../main/search/query-error.js';
import { toFtsMatch } from '../../../main/search/query-fts.js';
import { compileMatcher } from '../../../main/search/query-match.js';
import { parseQuery } from '../../../main/search/query-parse.js';
import { tokenize } from '../../../main/search/tokenize.js';

const corpus = [
  'Бюрократия мешает. С бюрократией боролись, но бюрократии меньше не стало.',
  'Государственная служба: ЕЩЁ одна реформа, ещё один бизнес-план.',
  'ҚАЗАҚСТАН және Қазақстан: әкімдік, ғылым, қала, өнер, ұлт, үкімет, һәм ІЗДЕУ.',
  "Taxes for freelancers are low; the government's paperwork isn't online. Running, runs.",
  'налог на прибыль был снижен, а через много лет и много слов снова поднят налог',
  'Зарплата за\u0301мок 2020 😀 COVID-19 п’ять налоги без льгот, только НДС',
];

let db: Database.Database;
/** A document written as the documents repository writes one: the row, then its index rows. */
function addDocument(id: number, text: string): void {
  db.prepare('INSERT INTO document (id, text) VALUES (?, ?)').run(id, text);
  writeDocumentIndex(db, id, text);
}

beforeEach(() => {
  db = new Database(':memory:');
  // trusted_schema=OFF as projects are opened: the schema may call nothing app-defined.
  db.pragma('trusted_schema = OFF');
  db.exec(`CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
           CREATE TABLE document (id INTEGER PRIMARY KEY, text TEXT NOT NULL);`);
  migrate004(db);
  migrate007(db);
  migrate008(db);
  db.exec(`CREATE VIRTUAL TABLE search_terms USING fts5vocab(document_search, 'instance');`);
  corpus.forEach((text, i) => addDocument(i + 1, text));
});
function terms(rowid: number, column: 'words' | 'stems'): string[] {
  const rows = db
    .prepare('SELECT term FROM search_terms WHERE doc = ? AND col = ? ORDER BY "offset"')
    .all(rowid, column) as Array<{ term: string }>;
  return rows.map((r) => r.term);
}

function matching(expression: string): number[] {
  const rows = db.prepare('SELECT rowid FROM document_search WHERE document_search MATCH ? ORDER BY rowid').all(expression) as Array<{ rowid: number }>;
  return rows.map((r) => r.rowid);
}

describe('the FTS5 index', () => {
  it('reads our index text back as the same terms at the same positions', () => {
    corpus.forEach((text, i) => {
      const expected = documentColumns(text);
      expect(terms(i + 1, 'words').join(' ')).toBe(Utf8Column.text(expected.words));
      expect(terms(i + 1, 'stems').join(' ')).toBe(Utf8Column.text(expected.stems));
    });
    expect(terms(3, 'words')).toContain('іздеу');
    expect(terms(6, 'words')).toEqual(expect.arrayContaining(['замок', "п'ять", 'covid', '19']));
  });

  it('stores every letter of the Basic Multilingual Plane as we normalise it', () => {
    // Skipped: the big caseless blocks (CJK, Hangul syllables), to keep the test quick.
    const skip = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xd800, 0xdfff], [0xf900, 0xfaff]];
    const letters: string[] = [];
    for (let c = 0x20; c <= 0xffff; c++) {
      if (skip.some(([from, to]) => c >= from! && c <= to!)) continue;
      const word = `x${String.fromCodePoint(c)}x`;
      if (tokenize(word).length === 1) letters.push(word);
    }
    expect(letters.length).toBeGreaterThan(10_000);
    addDocument(100, letters.join(' '));
    expect(terms(100, 'words')).toEqual(tokenize(letters.join(' ')).map((t) => t.norm));
  });

  it('drops a deleted document through the trigger', () => {
    expect(matching('stems : "бюрократ"')).toEqual([1]);
    const chunks = () => db.prepare('SELECT count(*) FROM search_chunk WHERE document_id = 1').pluck().get();
    expect(chunks()).toBe(1);
    db.prepare('DELETE FROM document WHERE id = 1').run();
    expect(matching('stems : "бюрократ"')).toEqual([]);
    expect(chunks()).toBe(0);
    addDocument(7, 'бюрократией');
    expect(matching('stems : "бюрократ"')).toEqual([7]);
  });

  it('is rebuilt whole from the documents by the migration\'s rebuild', () => {
    db.exec(`INSERT INTO document_search (document_search) VALUES ('delete-all');`);
    expect(matching('stems : "бюрократ"')).toEqual([]);
    rebuildSearchIndex(db);
    expect(matching('stems : "бюрократ"')).toEqual([1]);
    expect(terms(3, 'words').join(' ')).toBe(Utf8Column.text(documentColumns(corpus[2]!).words));
  });
});

describe('FTS5 and the hit finder agree', () => {
  const queries = [
    'бюрократии',
    '"бюрократии"',
    'бюрокр*',
    '"государственная служба"',
    'ещё',
    '"еще"',
    'қазақстан',
    'ІЗДЕУ',
    'үкімет ЖӘНЕ ғылым',
    'government',
    "isn't",
    'run',
    'бизнес-план',
    'налог NOT ндс',
    'налог НЕ ндс',
    'налог И ндс',
    'налог ИЛИ бюрократия',
    'налог NEAR/3 снижен',
    'NEAR(снижен налог, 3)',
    'NEAR("налог на" приб*, 0)',
    'налог NEAR/3 сниж*',
    '(бюрократия OR зарплата) AND NOT реформа',
    'замок 2020',
    'covid-19',
    'п’ять',
    'бюрократия NOT (налог NEAR/3 сниж*)',
  ];

  it.each(queries)('%s', (query) => {
    const tree = parseQuery(query);
    const { expression, exact } = toFtsMatch(tree);
    const matcher = compileMatcher(tree);
    const withHits = corpus.map((text, i) => (matcher(tokenize(text)).length > 0 ? i + 1 : 0)).filter((id) => id > 0);
    const selected = matching(expression);
    if (exact) expect(selected).toEqual(withHits);
    else expect(selected).toEqual(expect.arrayContaining(withHits));
    expect(withHits.length, 'each query finds something in the corpus').toBeGreaterThan(0);
  });
});

describe('a prefix matched as the OR of its terms', () => {
  /** The index's terms beginning with the prefix, as repos/term-offsets.ts lists them. */
  const expand = (prefix: string) =>
    db.prepare("SELECT term FROM search_rows WHERE term >= ? AND term < ? || char(1114111)").pluck().all(prefix, prefix) as string[];
  beforeEach(() => db.exec(`CREATE VIRTUAL TABLE search_rows USING fts5vocab(document_search, 'row');`));

  it.each([
    'бюрокр*', 'на*', 'налог*', '"много сл"*', '"через много"*', 'қа* OR ұл*', 'бюрокр* NOT налог', 'налог NOT сн*',
    'NEAR("налог на" приб*, 0)', 'налог NEAR/3 сниж*', 'бюрократия NOT (налог NEAR/3 сниж*)', 'zz*', '"налог zz"*',
  ])('%s selects the same documents', (query) => {
    const tree = parseQuery(query);
    const prefix = toFtsMatch(tree).expression;
    const terms = toFtsMatch(tree, expand).expression;
    expect(matching(terms)).toEqual(matching(prefix));
    // Outside a NEAR, a prefix that begins some term is an OR of terms.
    if (!/NEAR|zz/.test(query)) expect(terms).not.toContain('*');
  });
});

describe('typed queries never reach SQLite as errors', () => {
  it('gives a tree SQLite accepts, or a QuerySyntaxError', () => {
    const piece = fc.constantFrom('налог', 'Қала', 'AND', 'OR', 'NOT', 'И', 'НЕ', 'NEAR', 'NEAR/2', '(', ')', '"', '*', ',', ' ', ':', '^', '+', '-', "'", '5', 'x*', '{', '}', 'words', 'stems');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const query = pieces.join(' ').replace(/ ([*,)]) /g, '$1 ');
        let expression: string;
        try {
          expression = toFtsMatch(parseQuery(query), () => ['x', 'xy', "x'y"]).expression;
          matching(toFtsMatch(parseQuery(query)).expression);
        } catch (error) {
          if (error instanceof QuerySyntaxError) return;
          throw error;
        }
        matching(expression);
      }),
      { numRuns: 300 },
    );
  });
});
