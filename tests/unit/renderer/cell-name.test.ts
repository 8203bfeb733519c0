/**
 * A count cell's name is the i18n message tableCells.countIn, filled once per count and language
 * and then per cell: it must read exactly as t() gives it, in every language, whatever the row and
 * column are called.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cellNamer } from '../../../renderer/src/cell-name.js';
import { languages, setLanguage, t } from '../../../renderer/src/i18n/index.js';

const labels: [string, string][] = [
  ['Anna', 'Valence/Negative'],
  ['Айгерім 4', 'Миграция/Жұмыс'],
  // Text a pattern replacement would read as its own ($&, $1) and the namer's own markers.
  ['$& $1 $$', '\u0001\u0002 {{row}}'],
  ['', ''],
];

describe('cellNamer', () => {
  afterAll(() => setLanguage('en'));

  it('names a cell as t() does, in each language, for any labels and count', async () => {
    for (const language of languages) {
      await setLanguage(language);
      const nameOf = cellNamer();
      for (const [row, column] of labels) {
        for (const count of [0, 1, 2, 1234, 1_000_000]) {
          expect(nameOf(row, column, count), `${language} ${row} ${column} ${count}`).toBe(t('tableCells.countIn', { row, column, count }));
        }
      }
    }
  });

  it('follows the UI language', async () => {
    await setLanguage('en');
    const english = cellNamer()('Anna', 'Valence/Negative', 1234);
    await setLanguage('ru');
    expect(cellNamer()('Anna', 'Valence/Negative', 1234)).not.toBe(english);
    expect(cellNamer()('Anna', 'Valence/Negative', 1234)).toBe(t('tableCells.countIn', { row: 'Anna', column: 'Valence/Negative', count: 1234 }));
  });
});
