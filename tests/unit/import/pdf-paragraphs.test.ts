/** The paragraph builder on a PDF longer than a function call takes arguments. */
import { describe, expect, it } from 'vitest';
import { itemsToParagraphs } from '../../../main/import/pdf-paragraphs.js';

describe('itemsToParagraphs', () => {
  it('reads 200,000 lines (4,000 pages of 50) without overflowing the stack', () => {
    const pages = Array.from({ length: 4_000 }, (_, p) =>
      Array.from({ length: 50 }, (_, i) => ({ str: `Line ${p}.${i}.`, transform: [12, 0, 0, 12, 72, 720 - i * 14], width: 60, height: 12, hasEOL: true })));
    const text = itemsToParagraphs(pages);
    expect(text.startsWith('Line 0.0.')).toBe(true);
    expect(text.endsWith('Line 3999.49.')).toBe(true);
  });
});
