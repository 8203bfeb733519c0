/**
 * What a screen reader hears after coding with an exclusive framework's code (Ctrl+K, a digit,
 * the coding menu). The app says it before knowing whether the passage had another of that
 * framework's codes, so no language may say one was replaced: English says "any other", Russian
 * and Kazakh say "if there was one" (a trial in Kazakh heard «…басқа кодының орнына», "in place
 * of the other code", on a passage that had none).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../../renderer/src/i18n/index.js';

const said = async (language: 'en' | 'ru' | 'kk') => {
  await setLanguage(language);
  return t('coding.appliedExclusive', { code: 'Оң', framework: 'Валенттілік' });
};

afterAll(() => setLanguage('en'));

describe('the words after coding with an exclusive framework', () => {
  it('say only what may have been replaced, in every language', async () => {
    expect(await said('en')).toBe('Coded: Оң, in place of any other Валенттілік code on this passage');
    expect(await said('ru')).toBe('Закодировано: «Оң»; другой код схемы «Валенттілік» на этом фрагменте, если он был, снят');
    expect(await said('kk')).toBe('Кодталды: Оң; осы үзіндіде «Валенттілік» схемасының басқа коды болған болса, ол алынып тасталды');
  });
});
