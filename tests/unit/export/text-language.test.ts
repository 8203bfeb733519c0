import { describe, expect, it } from 'vitest';
import { markedLanguage, textLanguage } from '../../../main/export/text-language.js';

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
});
