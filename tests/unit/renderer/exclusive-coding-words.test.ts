/**
 * What a screen reader hears after coding (Ctrl+K, a digit, the coding menu, a segment's card).
 * The app says it once the coding is written, knowing which code, if any, it replaced (an
 * exclusive framework's other code on the passage): that code is named, and where none was
 * replaced none is spoken of (the words said «если он был», "if there was one", every time).
 * The code's name is in quotes in Russian and Kazakh alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../../renderer/src/i18n/index.js';

const said = async (language: 'en' | 'ru' | 'kk') => {
  await setLanguage(language);
  return [t('coding.applied', { code: 'Оң' }), t('coding.appliedInPlace', { code: 'Оң', replaced: 'Теріс' })];
};

afterAll(() => setLanguage('en'));

describe('the words after coding', () => {
  it('name the code replaced, and only when there was one, in every language', async () => {
    expect(await said('en')).toEqual(['Coded: Оң', 'Coded: Оң, in place of Теріс']);
    expect(await said('ru')).toEqual(['Закодировано: «Оң»', 'Закодировано: «Оң» вместо «Теріс»']);
    expect(await said('kk')).toEqual(['Кодталды: «Оң»', 'Кодталды: «Оң» («Теріс» орнына)']);
  });
});
