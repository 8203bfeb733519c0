/**
 * A coding in a text too long to keep (services/coding-texts.ts) reads its span's text from
 * SQLite (substr() counts code points), and any coding reads the document's length (length())
 * only to refuse a span: both must equal what the shared offsets give, astral characters and
 * combining marks included.
 */
import { describe, expect, it } from 'vitest';
import { codeExclusivity, documentLength, spanText } from '../../../main/db/repos/segments.js';
import { insertDocument } from '../../../main/db/repos/documents.js';
import { insertCase } from '../../../main/db/repos/cases.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { Store } from '../../../main/db/store.js';
import { seedDefaultCodebook } from '../../../main/services/codebook.js';
import { OffsetMap, codePointLength } from '../../../shared/offsets.js';

const TEXT = 'Good internet 😀 here.\nБюрократия — ҚАЗАҚ тілі 𝕏𝕐.\nCafe\u0301 ok 中文 🇰🇿 end';

describe('spanText and documentLength', () => {
  it('give any span\'s text and the length in code points, as OffsetMap does; a span past the end comes back short', () => {
    const store = Store.memory();
    const documentId = insertDocument(store, insertCase(store, 'C', null), 'D', TEXT, 'paste');
    const map = new OffsetMap(TEXT);
    const length = codePointLength(TEXT);
    expect(documentLength(store, documentId)).toBe(length);
    for (let start = 0; start < length; start += 3) {
      for (const end of [start + 1, start + 2, start + 7, length]) {
        if (end > length || end <= start) continue;
        expect(spanText(store, documentId, start, end)).toBe(TEXT.slice(map.toUtf16(start), map.toUtf16(end)));
      }
      expect(codePointLength(spanText(store, documentId, start, length + 2)!)).toBe(length - start);
    }
    expect(spanText(store, documentId + 1, 0, 1)).toBeUndefined();
    expect(documentLength(store, documentId + 1)).toBeUndefined();
  });
});

describe('codeExclusivity', () => {
  it('says whether a code\'s framework is exclusive, and undefined for no such code', () => {
    const store = Store.memory();
    seedDefaultCodebook(store);
    const { frameworks, codes } = getCodebook(store);
    for (const code of codes) {
      expect(codeExclusivity(store, code.id)).toEqual({ exclusive: frameworks.find((f) => f.id === code.frameworkId)!.exclusive });
    }
    expect(frameworks.some((f) => f.exclusive) && frameworks.some((f) => !f.exclusive)).toBe(true);
    expect(codeExclusivity(store, Math.max(...codes.map((c) => c.id)) + 1)).toBeUndefined();
  });
});
