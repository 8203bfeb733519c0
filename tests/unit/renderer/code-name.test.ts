import { describe, expect, it } from 'vitest';
import { codeChoices, codePath } from '../../../renderer/src/code-name.js';

describe('the names code lists pick a code by', () => {
  const codebook = {
    frameworks: [{ id: 1, name: 'Valence' }, { id: 2, name: 'STEEPL' }],
    codes: [
      { id: 10, frameworkId: 1, parentId: null, name: 'Positive', sort: 1 },
      { id: 11, frameworkId: 1, parentId: null, name: 'Negative', sort: 2 },
      { id: 20, frameworkId: 2, parentId: null, name: 'Economic', sort: 1 },
      // Listed before their parents, as a codebook's rows may come.
      { id: 12, frameworkId: 1, parentId: 11, name: 'Housing', sort: 1 },
      { id: 13, frameworkId: 1, parentId: 10, name: 'Housing', sort: 1 },
    ],
  };

  it('tells apart two sub-codes of one name under different codes, in codebook order', () => {
    expect(codeChoices(codebook)).toEqual([
      { id: 10, label: 'Valence/Positive' },
      { id: 13, label: 'Valence/Positive/Housing' },
      { id: 11, label: 'Valence/Negative' },
      { id: 12, label: 'Valence/Negative/Housing' },
      { id: 20, label: 'STEEPL/Economic' },
    ]);
    expect(codePath(codebook, 12)).toBe('Valence/Negative/Housing');
  });
});
