import { describe, expect, it } from 'vitest';
import { chunkText, MAX_WORDS, MIN_WORDS } from '../../../main/search/chunks.js';
import { documentColumns, documentIndex, OVERLAP } from '../../../main/search/index-text.js';
import { Utf8Column } from '../../../main/search/utf8-column.js';
import { stemOf } from '../../../main/search/stem.js';
import { scanWords, tokenize } from '../../../main/search/tokenize.js';

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
const cut = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

describe('chunks', () => {
  const text = [words(150, 'үй'), words(100, 'дом😀'), words(900, 'field'), `${words(10, 'жол')}.`].join('\n');
  const tokens = tokenize(text);
  const chunks = chunkText(text, scanWords(text));

  it('tile the text, end at a line break past MIN_WORDS words or anywhere at MAX_WORDS', () => {
    expect(chunks.map((c) => c.words)).toEqual([250, MAX_WORDS, 300, 10]);
    expect(chunks[0]!.start).toBe(0);
    expect(chunks.at(-1)!.end).toBe([...text].length);
    chunks.slice(1).forEach((c, i) => expect(c.start).toBe(chunks[i]!.end));
    expect(chunks.slice(0, -1).every((c) => c.words >= MIN_WORDS)).toBe(true);
  });

  it('tokenize on their own to the words they hold, and their bytes are their text', () => {
    const utf8 = Buffer.from(text, 'utf8');
    for (const c of chunks) {
      const own = cut(text, c.start, c.end);
      expect(utf8.subarray(c.byteStart, c.byteEnd).toString('utf8')).toBe(own);
      expect(tokenize(own).map((t) => t.norm)).toEqual(tokens.slice(c.word, c.word + c.words).map((t) => t.norm));
    }
  });

  it('are stored beside the document\'s words and stems, side by side', () => {
    const columns = documentColumns(text);
    const norms = tokens.map((t) => t.norm);
    expect(Utf8Column.text(columns.words)).toBe(norms.join(' '));
    expect(Utf8Column.text(columns.stems)).toBe(norms.map(stemOf).join(' '));
    expect(columns.chunks).toEqual(chunks);
    expect(documentColumns('')).toEqual({ words: new Uint8Array(), stems: new Uint8Array(), chunks: [{ start: 0, end: 0, byteStart: 0, byteEnd: 0, word: 0, words: 0 }] });
  });

  it('were indexed (version 4, for its migration) with their words and the first OVERLAP of the next', () => {
    const index = documentIndex(text);
    const norms = tokens.map((t) => t.norm);
    expect(index.words).toBe(norms.join(' '));
    expect(index.stems).toBe(norms.map(stemOf).join(' '));
    expect(index.chunks.map((c) => c.chunk)).toEqual(chunks);
    for (const { chunk, words, stems } of index.chunks) {
      const own = norms.slice(chunk.word, chunk.word + chunk.words + OVERLAP);
      expect(words).toBe(own.join(' '));
      expect(stems).toBe(own.map(stemOf).join(' '));
    }
    expect(documentIndex('').chunks.map(({ words, stems }) => [words, stems])).toEqual([['', '']]);
  });

  it('leave a short text in one chunk', () => {
    expect(chunkText('Короткий текст.', scanWords('Короткий текст.'))).toEqual([{ start: 0, end: 15, byteStart: 0, byteEnd: 28, word: 0, words: 2 }]);
  });
});
