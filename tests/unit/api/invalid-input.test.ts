/**
 * Input the contract refuses is said in the reader's language: the schema library's English
 * («Too big: expected string to have <=5000 characters») reached a Russian user of `casecoder
 * search` (review-hostile-1207 #8). The English detail stays in the message. A name with a
 * control character is refused so too (#9).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch.js';
import type { ApiError } from '../../../shared/contract.js';
import { errorText } from '../../../shared/i18n/error-text.js';
import { translator } from '../../../shared/i18n/translator.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let dispatch: Dispatch;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('invalid');
  dispatch = createDispatch(t.session, () => {});
});
afterEach(() => t.dispose());

async function refusal(input: unknown): Promise<ApiError> {
  const result = await dispatch('search.run', input);
  if (result.ok) throw new Error('accepted');
  return result.error;
}

describe('input the contract refuses', () => {
  it('is said by its kind in each language, with the English detail kept in the message', async () => {
    const long = await refusal({ query: 'x'.repeat(5001) });
    expect(long.code).toBe('invalidInput');
    expect(long.message).toBe('Invalid input for search.run: query: Too big: expected string to have <=5000 characters');
    expect(errorText(translator('ru'), long)).toBe('Значение query слишком длинное: не больше 5\u00a0000 символов.');
    expect(errorText(translator('kk'), long)).toBe('query мәні тым ұзын (ең көбі 5\u00a0000 таңба).');
    expect(errorText(translator('en'), long)).toBe('query is too long: at most 5,000 characters.');
    expect(errorText(translator('ru'), await refusal({ query: 'x', limit: 6000 }))).toBe('Значение limit слишком велико: не больше 5000.');
    expect(errorText(translator('ru'), await refusal({ query: 'x', limit: 0 }))).toBe('Значение limit слишком мало: не меньше 1.');
    // A name is one line of text, without a NUL, tab or line break.
    for (const name of ['a\u0000b', 'bell\u0007', 'two\nlines']) {
      const result = await dispatch('cases.create', { name, groupId: null });
      expect(result.ok ? 'accepted' : errorText(translator('ru'), result.error)).toBe('В name есть перевод строки, табуляция или другой управляющий символ: нужна одна строка текста.');
    }
    expect(await dispatch('cases.create', { name: 'Анна (ред.)', groupId: null })).toMatchObject({ ok: true });
    // Any other kind by its field alone.
    expect(errorText(translator('ru'), await refusal({ query: 5 }))).toBe('Недопустимое значение query (search.run).');
  });
});
