/**
 * A span a coding refuses is named with the document's length, which SQLite's length() counts
 * in code points: it must equal what the shared offsets give, astral characters and combining
 * marks included. (The span's own text: services/coding-texts.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { codeExclusivity, documentLength } from '../../../main/db/repos/segments.js';
import { insertDocument } from '../../../main/db/repos/documents.js';
import { insertCase } from '../../../main/db/repos/cases.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { Store } from '../../../main/db/store.js';
import { seedDefaultCodebook } from '../../../main/services/codebook.js';
import { codePointLength } from '../../../shared/offsets.js';

const TEXT = 'Good internet 😀 here.\nБюрократия — ҚАЗАҚ тілі 𝕏𝕐.\nCafe\u0301 ok 中文 🇰🇿 end';

describe('documentLength', () => {
  it('gives the length in code points, and undefined for no such document', () => {
    const store = Store.memory();
    const documentId = insertDocument(store, insertCase(store, 'C', null), 'D', TEXT, 'paste');
    expect(documentLength(store, documentId)).toBe(codePointLength(TEXT));
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
