/**
 * The default codebook in English, Russian and Kazakh, and how its frameworks and codes are
 * recognised whichever language a project named them in.
 */
import { describe, expect, it } from 'vitest';
import {
  codebookLanguageOfLocale, codebookLanguages, defaultCodeKey, defaultFrameworkKey, defaultFrameworks, findDefaultFramework, systemCodebookLanguage, systemLanguageNamed,
} from '../../../shared/default-codebook.js';

describe('the default codebook', () => {
  it('names every framework and code in each language, with the same shape and colours', () => {
    const [en, ru, kk] = codebookLanguages.map((language) => defaultFrameworks(language));
    expect(ru!.map((f) => f.name)).toEqual(['Валентность', 'STEEPL']);
    expect(kk!.map((f) => f.name)).toEqual(['Валенттілік', 'STEEPL']);
    expect(ru![0]!.codes.map((c) => c.name)).toEqual(['Позитивное', 'Негативное', 'Прогноз']);
    expect(kk![0]!.codes.map((c) => c.name)).toEqual(['Оң', 'Теріс', 'Болжам']);
    expect(ru![1]!.codes.map((c) => c.name)).toEqual(['Социокультурные', 'Технологические', 'Экономические', 'Экологические', 'Политические', 'Правовые']);
    expect(kk![1]!.codes.map((c) => c.name)).toEqual(['Әлеуметтік-мәдени', 'Технологиялық', 'Экономикалық', 'Экологиялық', 'Саяси', 'Құқықтық']);
    for (const other of [ru!, kk!]) {
      expect(other.map((f) => [f.exclusive, f.codes.map((c) => c.color)])).toEqual(en!.map((f) => [f.exclusive, f.codes.map((c) => c.color)]));
      // Descriptions are written in the language too: Cyrillic, no English word left.
      for (const code of other.flatMap((f) => f.codes)) expect(code.description).toMatch(/^[^A-Za-z]+$/);
    }
  });

  it('knows its frameworks and codes by their name in any of the languages, as names compare', () => {
    expect(['Valence', 'валентность', 'ВАЛЕНТТІЛІК'].map(defaultFrameworkKey)).toEqual(['valence', 'valence', 'valence']);
    expect(defaultFrameworkKey('STEEPL')).toBe('steepl');
    expect(defaultFrameworkKey('Themes')).toBeNull();
    expect(['Positive', 'Позитивное', 'оң'].map((name) => defaultCodeKey('valence', name))).toEqual(['positive', 'positive', 'positive']);
    expect(['Economic', 'Экономические', 'Экономикалық'].map((name) => defaultCodeKey('steepl', name))).toEqual(['economic', 'economic', 'economic']);
    // A code is one of its own framework's only.
    expect(defaultCodeKey('steepl', 'Positive')).toBeNull();
    const frameworks = [{ id: 1, name: 'Темы' }, { id: 2, name: 'Валентность' }, { id: 3, name: 'STEEPL' }];
    expect(findDefaultFramework(frameworks, 'valence')?.id).toBe(2);
  });

  it("takes a locale's language when it is one of ours, else English", () => {
    expect(['ru-RU', 'ru_RU.UTF-8', 'kk_KZ.UTF-8', 'kk', 'en_GB.UTF-8', 'de-DE', 'C', 'C.UTF-8', 'POSIX', ''].map(codebookLanguageOfLocale))
      .toEqual(['ru', 'ru', 'kk', 'kk', 'en', 'en', 'en', 'en', 'en', 'en']);
  });

  it('reads the system language as POSIX tools do: LC_ALL, then LC_MESSAGES, then LANG; English when none of ours', () => {
    expect(systemCodebookLanguage({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(systemCodebookLanguage({ LC_MESSAGES: 'kk_KZ.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('kk');
    expect(systemCodebookLanguage({ LC_ALL: 'C.UTF-8', LC_MESSAGES: 'kk_KZ.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(systemCodebookLanguage({ LC_ALL: '', LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(systemCodebookLanguage({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(systemCodebookLanguage({})).toBe('en');
    // Said as such only where the locale names one (browser mode's first page follows it then).
    expect(systemLanguageNamed({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(systemLanguageNamed({ LC_ALL: 'kk_KZ.UTF-8' })).toBe('kk');
    expect(systemLanguageNamed({ LC_ALL: 'C.UTF-8', LANG: 'ru_RU.UTF-8' })).toBeNull();
    expect(systemLanguageNamed({ LANG: 'de_DE.UTF-8' })).toBeNull();
    expect(systemLanguageNamed({})).toBeNull();
  });
});
