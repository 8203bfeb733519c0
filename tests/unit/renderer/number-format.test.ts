/**
 * Negative figures (a kappa or alpha below zero) in Russian and Kazakh take the minus sign
 * U+2212, as their typography sets them, on screen and in anything formatted through
 * shared/number-format.ts; English keeps the hyphen-minus its readers type.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatSigned, MINUS_SIGN } from '../../../shared/number-format.js';
import { formatNumber, setLanguage, t } from '../../../renderer/src/i18n/index.js';

const threeDecimals = { minimumFractionDigits: 3, maximumFractionDigits: 3 };

describe('signed numbers', () => {
  afterAll(() => setLanguage('en'));

  it('take the minus sign in Russian and Kazakh, the hyphen-minus in English', () => {
    const format = new Intl.NumberFormat('ru', threeDecimals);
    expect(formatSigned(format, 'ru', -0.111)).toBe(`${MINUS_SIGN}0,111`);
    expect(formatSigned(format, 'kk', -0.111)).toBe(`${MINUS_SIGN}0,111`);
    expect(formatSigned(format, 'ru', 0.111)).toBe('0,111');
    expect(formatSigned(new Intl.NumberFormat('en', threeDecimals), 'en', -0.111)).toBe('-0.111');
  });

  it('read alike in every number the UI formats', async () => {
    for (const language of ['ru', 'kk'] as const) {
      await setLanguage(language);
      expect(formatNumber(-0.0995, threeDecimals), language).toBe(`${MINUS_SIGN}0,100`);
      expect(formatNumber(-0.123, { style: 'percent', minimumFractionDigits: 1 }), language).toMatch(new RegExp(`^${MINUS_SIGN}12,3\\s?%$`));
      expect(formatNumber(0.5), language).toBe('0,5');
      // Through a bundle's {{x, number}} as well.
      expect(t('agreement.documents', { count: -2 }), language).toContain(`${MINUS_SIGN}2`);
      expect(formatNumber(-1)).not.toContain('-');
    }
    await setLanguage('en');
    expect(formatNumber(-0.5)).toBe('-0.5');
  });
});
