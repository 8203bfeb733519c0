/** The two parsers alone: any input gives a result of the right shape or a clear AppError. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../main/errors.js';
import { parseCaseTable } from '../../main/import/case-table.js';
import { decodeText } from '../../main/import/decode-text.js';
import { normalizeText } from '../../shared/offsets.js';
import { anyText, cell, csvTable, encode, fileEncoding, mutated, renderCsv } from './arbitraries.js';
import { FUZZ_TEST_TIMEOUT, fuzz } from './settings.js';

/** The result, or null for an AppError; anything else thrown fails the property. */
function outcome<T>(run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    if (error instanceof AppError && error.message !== '') return null;
    throw error;
  }
}

function checkTable(text: string): void {
  const table = outcome(() => parseCaseTable(text, 'fuzz.csv'));
  if (table === null) return;
  expect(table.factColumns.length).toBeGreaterThanOrEqual(1);
  for (const row of table.rows) {
    expect(row.caseName).not.toBe('');
    expect(row.caseName).toBe(row.caseName.trim());
    expect(row.cells).toHaveLength(table.factColumns.length);
    for (const value of row.cells) if (value !== null) expect(value.trim()).toBe(value);
  }
}

describe('parseCaseTable', () => {
  it('reads any CSV, however quoted, delimited or broken, into rows or an AppError', () => {
    fuzz(fc.property(csvTable, (table) => {
      const text = renderCsv(table);
      checkTable(text);
      checkTable(normalizeText(text));
    }));
  }, FUZZ_TEST_TIMEOUT);

  it('reads any string into rows or an AppError', () => {
    fuzz(fc.property(anyText, checkTable));
  }, FUZZ_TEST_TIMEOUT);
});

describe('decodeText', () => {
  it('decodes any bytes or refuses them with an AppError', () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 600 }), mutated(fc.string({ unit: 'binary' }).map((s) => new Uint8Array(Buffer.from(s)))));
    fuzz(fc.property(bytes, (input) => {
      const decoded = outcome(() => decodeText(input, 'fuzz.txt'));
      if (decoded) expect(decoded.text).not.toContain('\0');
    }));
  }, FUZZ_TEST_TIMEOUT);

  it('gives back the text of a file in any encoding it names', () => {
    const text = fc.array(cell, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
    fuzz(fc.property(text, fileEncoding, (original, encoding) => {
      const decoded = outcome(() => decodeText(encode(original, encoding), 'fuzz.txt'));
      // NUL bytes make a file binary, or (every other byte) bare UTF-16: either reading is fair.
      if (original.includes('\0')) return;
      // Without a BOM the encoding is a guess; a right guess must give the text back.
      const guessed = encoding === 'utf-16le' || encoding === 'windows-1251';
      if (guessed && decoded?.encoding !== encoding) return;
      expect(decoded).not.toBeNull();
      const own = encoding === 'utf-8' || guessed ? original.replace(/^\uFEFF/, '') : original;
      expect(decoded!.text).toBe(own);
    }));
  }, FUZZ_TEST_TIMEOUT);
});
