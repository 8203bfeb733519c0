import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetMap, codePointLength, normalizeText, snapToGraphemes } from '../../../shared/offsets.js';

describe('normalizeText', () => {
  it('turns a lone surrogate into U+FFFD and keeps surrogate pairs', () => {
    expect(normalizeText('a\uD800b\uDC00c😀\uDBFF')).toBe('a\uFFFDb\uFFFDc😀\uFFFD');
  });

  it('strips a BOM and turns CRLF and lone CR into LF', () => {
    expect(normalizeText('\uFEFFone\r\ntwo\rthree\n')).toBe('one\ntwo\nthree\n');
  });
  it('keeps a BOM-like character that is not at the start', () => {
    expect(normalizeText('a\uFEFFb')).toBe('a\uFEFFb');
  });
});

describe('OffsetMap', () => {
  it('is the identity on text without astral characters, Cyrillic included', () => {
    const map = new OffsetMap('Привет, мир');
    expect(map.codePointLength).toBe(11);
    for (let i = 0; i <= 11; i++) {
      expect(map.toUtf16(i)).toBe(i);
      expect(map.toCodePoint(i)).toBe(i);
    }
  });

  it('counts an emoji as one code point and two UTF-16 units', () => {
    const text = 'a😀b🚀c';
    const map = new OffsetMap(text);
    expect(map.codePointLength).toBe(5);
    expect(map.utf16Length).toBe(7);
    expect([0, 1, 2, 3, 4, 5].map((cp) => map.toUtf16(cp))).toEqual([0, 1, 3, 4, 6, 7]);
    expect([0, 1, 3, 4, 6, 7].map((u) => map.toCodePoint(u))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(text.slice(map.toUtf16(3), map.toUtf16(4))).toBe('🚀');
  });

  it('moves a position inside a surrogate pair back to the start of its character', () => {
    const map = new OffsetMap('x😀y');
    expect(map.toCodePoint(2)).toBe(1);
  });

  it('agrees with Array.from on random text', () => {
    // The first and last astral characters (surrogates D800+DC00 and DBFF+DFFF) and a lone high surrogate besides.
    const alphabet = ['a', 'ж', '😀', 'e\u0301', '\n', '𝄞', 'қ', '\u{10000}', '\u{10FFFF}', '\uD800'];
    let text = '';
    for (let i = 0; i < 400; i++) text += alphabet[(i * 7919) % alphabet.length];
    const map = new OffsetMap(text);
    const points = Array.from(text);
    expect(map.codePointLength).toBe(points.length);
    expect(codePointLength(text)).toBe(points.length);
    let utf16 = 0;
    points.forEach((point, cp) => {
      expect(map.toUtf16(cp)).toBe(utf16);
      expect(map.toCodePoint(utf16)).toBe(cp);
      utf16 += point.length;
    });
  });

  it('counts combining marks as code points of their own, as REFI-QDA does', () => {
    const text = 'cafe\u0301!';
    const map = new OffsetMap(text);
    expect(map.codePointLength).toBe(6);
    expect(map.toUtf16(5)).toBe(5);
  });

  it('gives the same code points for text that arrived with CRLF once normalised', () => {
    const text = normalizeText('line one\r\nline 😀 two\r\n');
    const map = new OffsetMap(text);
    const at = text.indexOf('two');
    expect(map.toCodePoint(at)).toBe(Array.from('line one\nline 😀 ').length);
  });
});

describe('snapToGraphemes', () => {
  it('widens a selection that would split a letter from its accent', () => {
    const text = 'cafe\u0301 noir';
    expect(snapToGraphemes(text, 0, 4)).toEqual([0, 5]);
  });
  it('widens a selection that starts inside an emoji sequence', () => {
    const text = 'a👍🏽b';
    expect(snapToGraphemes(text, 2, 6)).toEqual([1, 6]);
  });
  it('leaves whole characters alone', () => {
    expect(snapToGraphemes('hello', 1, 3)).toEqual([1, 3]);
  });
});

describe('OffsetMap against counting by hand', () => {
  const texts = fc.array(fc.constantFrom('a', 'ж', '\n', '😀', '𝔸', '\u0301', '\u{10000}', '\u{10FFFF}'), { maxLength: 30 }).map((parts) => parts.join(''));

  it('converts every position both ways as walking the characters does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const map = new OffsetMap(text);
        const chars = [...text];
        for (let cp = 0; cp <= chars.length; cp++) {
          const utf16 = chars.slice(0, cp).join('').length;
          expect(map.toUtf16(cp)).toBe(utf16);
          expect(map.toCodePoint(utf16)).toBe(cp);
        }
      }),
    );
  });
});
