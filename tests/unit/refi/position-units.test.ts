import fc from 'fast-check';
/** Reading other tools' positions: emoji, CRLF and a BOM, with the unit chosen from the file's own evidence. */
import { describe, expect, test } from 'vitest';
import { chooseUnit, OffsetReader } from '../../../main/refi/position-units.js';

// BOM, CRLF line endings and astral characters before the quoted words.
const raw = 'Grüße 😀😀\r\nZweite Zeile 🎉 hier\r\nDritte Zeile endet.';
const normalized = 'Grüße 😀😀\nZweite Zeile 🎉 hier\nDritte Zeile endet.';

/** Where `quote` sits in `text` when counting with `measure` over the text before it. */
function at(text: string, quote: string, measure: (s: string) => number): [number, number] {
  const index = text.indexOf(quote);
  return [measure(text.slice(0, index)), measure(text.slice(0, index + quote.length))];
}
const utf16 = (s: string) => s.length;
const codePoints = (s: string) => [...s].length;

describe('REFI-QDA offsets', () => {
  const reader = new OffsetReader(raw);

  test('the text is normalised', () => {
    expect(new OffsetReader(`\uFEFF${raw}`.slice(1)).normalized).toBe(normalized);
    expect(reader.unambiguous).toBe(false);
  });

  test.each([
    ['utf16-raw', raw, utf16],
    ['codePoint-raw', raw, codePoints],
    ['utf16-lf', normalized, utf16],
    ['codePoint-lf', normalized, codePoints],
  ] as const)('each unit converts to code points in the normalised text (%s)', (unit, text, measure) => {
    for (const quote of ['hier', 'Dritte Zeile', 'Zweite Zeile 🎉']) {
      const [start, end] = at(text, quote, measure);
      expect(reader.slice(reader.toCodePoint(start, unit), reader.toCodePoint(end, unit))).toBe(quote);
    }
  });

  test('ATLAS.ti-style names (the quote) pick the unit the positions were written in', () => {
    for (const [unit, text, measure] of [
      ['codePoint-lf', normalized, codePoints], ['utf16-raw', raw, utf16], ['codePoint-raw', raw, codePoints],
    ] as const) {
      const ranges = ['hier', 'Dritte Zeile endet.'].map((quote) => ({ ...rangeOf(text, quote, measure), name: quote }));
      expect(chooseUnit(reader, ranges, 'codePoint-lf')).toBe(unit);
    }
  });

  test('without names, word boundaries pick NVivo-style UTF-16 positions over code points', () => {
    const ranges = ['hier', 'Dritte', 'endet'].map((quote) => ({ ...rangeOf(raw, quote, utf16), name: '' }));
    expect(chooseUnit(reader, ranges, 'codePoint-lf')).toBe('utf16-raw');
  });

  test('ranges outside the text fit no unit', () => {
    expect(chooseUnit(reader, [{ start: 0, end: raw.length + 1, name: '' }], 'utf16-raw')).toBeNull();
  });
});

function rangeOf(text: string, quote: string, measure: (s: string) => number): { start: number; end: number } {
  const [start, end] = at(text, quote, measure);
  return { start, end };
}

describe('OffsetReader against counting by hand', () => {
  const texts = fc.array(fc.constantFrom('a', '\r\n', '\n', '\r', '😀'), { maxLength: 30 }).map((parts) => parts.join(''));

  test('reads raw UTF-16 positions as code points into the normalised text', () => {
    fc.assert(
      fc.property(texts, (raw) => {
        const reader = new OffsetReader(raw);
        for (let utf16 = 0; utf16 <= raw.length; utf16++) {
          if (raw[utf16 - 1] === '\r' && raw[utf16] === '\n') continue; // inside a CRLF
          if (raw.codePointAt(utf16 - 1)! > 0xffff) continue; // inside a surrogate pair
          expect(reader.toCodePoint(utf16, 'utf16-raw')).toBe([...raw.slice(0, utf16).replace(/\r\n?/g, '\n')].length);
        }
      }),
    );
  });
});
