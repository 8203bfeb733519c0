/**
 * The index writer finds words in one pass over parallel arrays, reads each word's normalised form
 * and stem from a table of written forms, and cuts chunks from the word spans (all for import
 * speed). Here its index is compared, row for row, with the index of the straightforward
 * computation: a Unicode regex for the words, normalizeWord and stemOf on each, and chunks cut by
 * counting code points and bytes of the text itself. Not one word, stem, position or chunk may
 * differ, for the import's writer and for the rebuild.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate004 } from '../../../main/db/migrations/004-search-index.js';
import { migrate007 } from '../../../main/db/migrations/007-drop-chunk-search.js';
import { migrate008 } from '../../../main/db/migrations/008-search-without-prefix-index.js';
import { rebuildSearchIndex, writeDocumentIndex } from '../../../main/db/search-index.js';
import { MAX_WORDS, MIN_WORDS } from '../../../main/search/chunks.js';
import { normalizeWord } from '../../../main/search/normalize.js';
import { stemOf } from '../../../main/search/stem.js';

/** Words of every kind the tokenizer and normaliser treat apart. */
const VOCABULARY = [
  'Бюрократия', 'бюрократией', 'ЕЩЁ', 'ёлка', 'за\u0301мок', 'мои\u0306', 'бизнес-план', 'кто-то', 'Государственная',
  'ҚАЗАҚСТАН', 'әкімдік', 'ғылым', 'өнер', 'ұлт', 'үкімет', 'һәм', 'ІЗДЕУ', 'қалаларымыздағы',
  "Don't", 'isn’t', "government's", "'quoted'", '-dash-', 'running', 'RUNS', 'saʼlem', 'qazaq’s', "п'ять", 'п’ять',
  'a\u{1d400}b', '\u{1d400}', '😀', 'x😀y', 'caf\u0065\u0301', 'CAFÉ', '\u00b5m', 'ſtraße', 'ΣΟΦΟΣ', 'σοφος',
  '2020', 'COVID-19', '3,14', 'internationalization', 'непредсказуемостями', 'Қазақстандағылардың',
  '\ud800lone', 'lone\udc00', "''", "a'", "'b", 'x’’y',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', ' — ', '\t', '\r\n', '\n', '\n\n', '\r\n\r\n', ' «', '» '];

/** A reproducible text of `count` words of the vocabulary, with paragraphs of every length. */
function variedText(count: number, seed: number): string {
  let state = seed;
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const parts: string[] = [];
  // Paragraphs of a few words up to more than MAX_WORDS, so chunks end at line breaks and in a paragraph.
  let paragraph = 0;
  let length = 1 + next(MAX_WORDS + 200);
  for (let i = 0; i < count; i++) {
    parts.push(VOCABULARY[next(VOCABULARY.length)]!);
    if (++paragraph >= length) {
      parts.push(['\n', '\r\n', '\n\n', '\r\n\r\n'][next(4)]!);
      paragraph = 0;
      length = 1 + next(MAX_WORDS + 200);
    } else {
      parts.push(SEPARATORS[next(SEPARATORS.length)]!);
    }
  }
  return parts.join('');
}

/** More distinct written forms than the form table keeps, so it starts afresh midway. */
const manyForms = Array.from({ length: 70_000 }, (_, i) => (i % 2 ? `слово${i}` : `Word${i}`)).join(' ');

const DOCUMENTS = [
  variedText(5_000, 1),
  variedText(300, 2),
  'Короткий текст.',
  '',
  ' \r\n ',
  manyForms,
  variedText(2_000, 3),
];

interface Word {
  readonly start: number;
  readonly end: number;
  readonly norm: string;
}

/** The words as the regex of docs/search.md reads them, positions in code points. */
function straightforwardWords(text: string): Word[] {
  const words: Word[] = [];
  let unit = 0;
  let point = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu)) {
    point += [...text.slice(unit, match.index)].length;
    unit = match.index + match[0].length;
    const start = point;
    point += [...match[0]].length;
    words.push({ start, end: point, norm: normalizeWord(match[0]) });
  }
  return words;
}

/** Chunk rows as chunks.ts defines them, from the code points of the text. */
function straightforwardChunks(text: string, words: readonly Word[]): number[][] {
  const points = [...text];
  const byteAt = [0];
  for (const p of points) byteAt.push(byteAt.at(-1)! + Buffer.byteLength(p, 'utf8'));
  const bytes = (point: number) => byteAt[point]!;
  const rows: number[][] = [];
  let start = 0;
  let word = 0;
  for (let k = 1; k < words.length; k++) {
    const held = k - word;
    if (held < MIN_WORDS) continue;
    const gap = points.slice(words[k - 1]!.end, words[k]!.start);
    if (gap.includes('\n') || held >= MAX_WORDS) {
      const end = words[k - 1]!.end;
      rows.push([start, end, bytes(start), bytes(end), word, held]);
      start = end;
      word = k;
    }
  }
  rows.push([start, points.length, bytes(start), bytes(points.length), word, words.length - word]);
  return rows;
}

function project(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
           CREATE TABLE document (id INTEGER PRIMARY KEY, text TEXT NOT NULL);`);
  migrate004(db);
  migrate007(db);
  migrate008(db);
  db.exec(`CREATE VIRTUAL TABLE temp.instances USING fts5vocab(main, document_search, 'instance');`);
  return db;
}

/** Everything the index holds: each term at each position of each column, and the chunk rows. */
function indexRows(db: Database.Database): { terms: unknown[][]; chunks: unknown[][] } {
  return {
    terms: db.prepare('SELECT term, doc, col, "offset" FROM temp.instances ORDER BY doc, col, "offset"').raw().all() as unknown[][],
    chunks: db.prepare('SELECT document_id, start, "end", byte_start, byte_end, word, words FROM search_chunk ORDER BY document_id, start').raw().all() as unknown[][],
  };
}

/** The index of the straightforward computation, for these texts as documents 1, 2, … */
function straightforwardIndex(texts: readonly string[]): ReturnType<typeof indexRows> {
  const db = project();
  const chunk = db.prepare('INSERT INTO search_chunk (document_id, start, "end", byte_start, byte_end, word, words) VALUES (?, ?, ?, ?, ?, ?, ?)');
  texts.forEach((text, i) => {
    const words = straightforwardWords(text);
    db.prepare('INSERT INTO document_search (rowid, words, stems) VALUES (?, ?, ?)')
      .run(i + 1, words.map((w) => w.norm).join(' '), words.map((w) => stemOf(w.norm)).join(' '));
    for (const row of straightforwardChunks(text, words)) chunk.run(i + 1, ...row);
  });
  const rows = indexRows(db);
  db.close();
  return rows;
}

describe('the index writer', () => {
  let expected: ReturnType<typeof indexRows>;
  beforeAll(() => {
    expected = straightforwardIndex(DOCUMENTS);
  });

  it('is given texts of every kind of word, line break and chunk', () => {
    const terms = new Set(expected.terms.map((row) => row[0]));
    for (const term of ['бюрократия', 'еще', 'замок', 'мой', 'қазақстан', "don't", "isn't", "п'ять", 'a\u{1d400}b', 'café', 'μm', 'σοφοσ', 'бюрократ', 'run']) {
      expect(terms).toContain(term);
    }
    expect(expected.chunks.filter((row) => row[0] === 1).length).toBeGreaterThan(5);
    expect(expected.chunks.some((row) => row[6] === MAX_WORDS)).toBe(true);
  });

  it('writes each document as the straightforward computation does', () => {
    const db = project();
    DOCUMENTS.forEach((text, i) => {
      db.prepare('INSERT INTO document (id, text) VALUES (?, ?)').run(i + 1, text);
      writeDocumentIndex(db, i + 1, text);
    });
    expect(indexRows(db)).toEqual(expected);
    db.close();
  });

  it('rebuilds every document as the straightforward computation does', () => {
    const db = project();
    DOCUMENTS.forEach((text, i) => db.prepare('INSERT INTO document (id, text) VALUES (?, ?)').run(i + 1, text));
    // The texts as the rebuild reads them: better-sqlite3 writes a lone surrogate as 3 bytes, which read back as 3 U+FFFD.
    const stored = straightforwardIndex(db.prepare('SELECT text FROM document ORDER BY id').pluck().all() as string[]);
    db.transaction(() => rebuildSearchIndex(db))();
    expect(indexRows(db)).toEqual(stored);
    // Twice: the second rebuild replaces the first's rows, and the form table is warm.
    db.transaction(() => rebuildSearchIndex(db))();
    expect(indexRows(db)).toEqual(stored);
    db.close();
  });
});
