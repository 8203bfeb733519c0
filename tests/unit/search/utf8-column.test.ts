import { describe, expect, it } from 'vitest';
import { documentColumns } from '../../../main/search/index-text.js';
import { Utf8Column } from '../../../main/search/utf8-column.js';

const utf8 = new TextEncoder();

describe('a UTF-8 index column', () => {
  it('holds its words separated by one space, empty words included', () => {
    const column = new Utf8Column(4);
    for (const word of ['үй', '', 'field', 'дом']) column.add(utf8.encode(word));
    expect(Utf8Column.text(column.bytes())).toBe('үй  field дом');
  });

  it('grows past its first guess without losing what it held', () => {
    // Three bytes a unit (CJK) and four a surrogate pair (𠀀, a letter): more than the two a unit it starts with.
    const text = Array.from({ length: 500 }, (_, i) => (i % 2 ? '漢字詞' : '𠀀x')).join(' ');
    const words = text.split(' ');
    const column = new Utf8Column(1);
    for (const word of words) column.add(utf8.encode(word));
    expect(Utf8Column.text(column.bytes())).toBe(text);
    expect(Utf8Column.text(documentColumns(text).words)).toBe(words.map((w) => w.toLowerCase()).join(' '));
  });

  it('is a buffer of its own exact size, so a message carries no more', () => {
    const { words } = documentColumns('один два');
    expect(words.byteLength).toBe(words.buffer.byteLength);
    expect(Utf8Column.text(words)).toBe('один два');
  });
});
