import { describe, expect, it } from 'vitest';
import { cellValue, inferType, isGroupHeader, parseDate, parseNumber } from '../../../main/import/attribute-sheet.js';

describe('inferType', () => {
  it('finds numbers, dates, yes/no in three languages, choices and text', () => {
    expect(inferType(['41', '3,5', '', '-', '1 200'])).toBe('number');
    expect(inferType(['2024-03-05', '05.03.2024', '2024-01-31T00:00:00Z'])).toBe('date');
    expect(inferType(['yes', 'No', 'да', 'нет', 'Иә', 'жоқ'])).toBe('boolean');
    expect(inferType(['Almaty', 'Astana', 'Almaty', 'Almaty'])).toBe('choice');
    expect(inferType(['Almaty', 'Astana', 'Shymkent'])).toBe('text');
    expect(inferType(['', ' '])).toBe('text');
  });

  it('does not call an impossible date a date, nor a word with digits a number', () => {
    expect(parseDate('2024-02-30')).toBeUndefined();
    expect(parseDate('31.12.2024')).toBe('2024-12-31');
    expect(parseNumber('12a')).toBeUndefined();
    expect(inferType(['2024-02-30', '2024-02-01'])).toBe('text');
  });

  it('turns cells into values of the chosen type, or says it cannot', () => {
    expect(cellValue('1 234,5', 'number')).toBe(1234.5);
    expect(cellValue('ДА', 'boolean')).toBe(true);
    expect(cellValue('maybe', 'boolean')).toBeUndefined();
    expect(cellValue(' x ', 'text')).toBe('x');
  });

  it('knows the group column in English, Russian and Kazakh', () => {
    expect(['Group', 'ГРУППА', 'Топ'].map(isGroupHeader)).toEqual([true, true, true]);
    expect(isGroupHeader('Groups')).toBe(false);
  });
});
