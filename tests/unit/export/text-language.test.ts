import { describe, expect, it } from 'vitest';
import { markedLanguage, markedName, textLanguage } from '../../../main/export/text-language.js';
import { tableWords } from '../../../main/analysis/table-words.js';
import { exportLanguages, type ExportLanguage } from '../../../shared/tables.js';

describe('the language of a quote or memo, to mark it in an export', () => {
  it('tells Russian, Kazakh and English apart', () => {
    expect(textLanguage('Аренда дорогая, но работа есть.')).toBe('ru');
    expect(textLanguage('Мен Алматыда үш жыл тұрдым, жұмыс таптым.')).toBe('kk');
    expect(textLanguage('The rent is high, but there is work.')).toBe('en');
  });

  it('takes Kazakh by its words, not by a Kazakh letter or two in a Russian sentence (search/kazakh-sentences.ts)', () => {
    // A Russian sentence naming a Kazakh place as Kazakh spells it; a Kazakh one of loanwords.
    expect(textLanguage('Я жил в Алматы, потом работал в Қарағанды и Өскемен')).toBe('ru');
    expect(textLanguage('Менеджер, бухгалтер, программист — бәрі керек')).toBe('kk');
  });

  it('goes by the letters most words are written in, and gives text without letters none', () => {
    expect(textLanguage('Я работаю в IT, в компании Google уже три года')).toBe('ru');
    expect(textLanguage('We say «спасибо» and go home')).toBe('en');
    expect(textLanguage('12, 2024-05-01')).toBeUndefined();
    expect(textLanguage('')).toBeUndefined();
  });

  it('marks only what differs from the document', () => {
    expect(markedLanguage('Аренда дорогая.', 'ru')).toBeUndefined();
    expect(markedLanguage('Аренда дорогая.', 'en')).toBe('ru');
    expect(markedLanguage('Жұмыс таптым.', 'ru')).toBe('kk');
    expect(markedLanguage('3', 'kk')).toBeUndefined();
  });

  it('takes Cyrillic with no telling word as Russian in a quote, and as the document\'s language in a name', () => {
    // A short Russian quote without a function word stays Russian in a Kazakh table.
    expect(markedLanguage('Клиенты платят поздно', 'kk')).toBe('ru');
    // A name or label without a telling word goes with a Cyrillic document; Kazakh words still tell.
    expect(markedName('Топсыз', 'kk')).toBeUndefined();
    expect(markedName('Топсыз', 'ru')).toBeUndefined();
    expect(markedName('Топсыз', 'en')).toBe('ru');
    expect(markedName('Жағымды', 'ru')).toBe('kk');
    expect(markedName('Valence/Positive', 'ru')).toBe('en');
    expect(markedName('Валентность/Позитивное', 'en')).toBe('ru');
  });

  it('never marks the app\'s own words in a document of their language (headers, totals, «Топсыз»)', () => {
    const strings = (value: unknown): string[] => {
      if (typeof value === 'string') return [value];
      if (typeof value === 'function') return [String((value as (x: string | number) => unknown)('1'))];
      return value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    };
    const marked = (language: ExportLanguage) => strings(tableWords(language)).filter((word) => markedName(word, language) !== undefined);
    expect(exportLanguages.map(marked)).toEqual([[], [], []]);
  });
});
