/** File names made from a chart's title (shared/file-name.ts): safe on every system, the title still read in them. */
import { describe, expect, it } from 'vitest';
import { fileNameFrom } from '../../../shared/file-name.js';

describe('a file name from a title', () => {
  it('keeps the title, Cyrillic and ×, but for what a file name may not hold', () => {
    expect(fileNameFrom('STEEPL × Валентность: Программисты', 'x')).toBe('STEEPL × Валентность - Программисты');
    expect(fileNameFrom('Сегменты по кодам схемы Валентность, по группам', 'x')).toBe('Сегменты по кодам схемы Валентность, по группам');
    expect(fileNameFrom('a/b\\c*d?"e"<f>|g\u0007h', 'x')).toBe('a - b - c - d - e - f - g - h');
  });

  it('drops the invisible characters that change how a name is shown (review-hostile-1207 #9)', () => {
    expect(fileNameFrom('Results \u202Efdp.exe', 'x')).toBe('Results fdp.exe');
    expect(fileNameFrom('\ufeffИтоги\u200b \u2066STEEPL\u2069\u200f', 'x')).toBe('Итоги STEEPL');
    // The joiners some scripts spell with stay.
    expect(fileNameFrom('می\u200cخواهم', 'x')).toBe('می\u200cخواهم');
  });

  it('holds at most 100 letters, counted as letters, with no trailing dot, space or dash', () => {
    // Cut at the 100th letter, a space: it goes.
    const long = fileNameFrom('Правовые '.repeat(30).replace(/^/, 'Ж'), 'x');
    expect([...long]).toHaveLength(99);
    expect(long.endsWith('Правовые')).toBe(true);
    expect([...fileNameFrom('😀'.repeat(150), 'x')]).toHaveLength(100);
    expect(fileNameFrom('Итоги. ', 'x')).toBe('Итоги');
    expect(new TextEncoder().encode(`${fileNameFrom('Ж'.repeat(300), 'x')}.svg`).length).toBeLessThan(255);
  });

  it('gives the fallback for a title of nothing it can keep, and never a Windows device name', () => {
    expect(fileNameFrom(' :/? ', 'Диаграмма')).toBe('Диаграмма');
    expect(fileNameFrom('CON', 'x')).toBe('CON_');
    expect(fileNameFrom('lpt1', 'x')).toBe('lpt1_');
  });
});
