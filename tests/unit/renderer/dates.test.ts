/**
 * Dates on screen are written in the UI language, not the browser's: calendar days in the
 * language's numeric form and read back from it, dates with times through formatDate, and no
 * other date formatting (or browser date field, which follows the browser's language) anywhere
 * in the renderer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dayPattern, formatDate, formatDay, parseDay, setLanguage } from '../../../renderer/src/i18n/index.js';

const renderer = fileURLToPath(new URL('../../../renderer/src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('dates in the UI language', () => {
  afterAll(() => setLanguage('en'));

  it('writes and reads calendar days in Russian and Kazakh as 05.03.2026', async () => {
    for (const [language, pattern] of [['ru', 'дд.мм.гггг'], ['kk', 'кк.аа.жжжж']] as const) {
      await setLanguage(language);
      expect(formatDay('2026-03-05')).toBe('05.03.2026');
      expect(dayPattern()).toBe(pattern);
      expect(parseDay('05.03.2026')).toBe('2026-03-05');
      expect(parseDay(' 5.3.2026 ')).toBe('2026-03-05');
      expect(parseDay('2026-03-05')).toBe('2026-03-05');
      expect(parseDay('31.02.2026')).toBeNull();
      expect(parseDay('05.03.26')).toBeNull();
      expect(parseDay('завтра')).toBeNull();
    }
  });

  it('writes and reads them in English month first', async () => {
    await setLanguage('en');
    expect(formatDay('2026-03-05')).toBe('03/05/2026');
    expect(dayPattern()).toBe('mm/dd/yyyy');
    expect(parseDay('3/5/2026')).toBe('2026-03-05');
    expect(parseDay('13/05/2026')).toBeNull();
  });

  it('writes a date and time in the UI language', async () => {
    await setLanguage('ru');
    expect(formatDate('2026-03-05T10:08:00', false)).toBe('5 мар. 2026 г.');
    expect(formatDate('2026-03-05T10:08:00')).not.toMatch(/[A-Za-z/]/);
    expect(formatDate('2026-03-05T10:08:00', false, true)).toBe('05.03.2026');
    await setLanguage('en');
    expect(formatDate('2026-03-05T10:08:00', false)).toBe('Mar 5, 2026');
    expect(formatDate('2026-03-05T10:08:00', false, true)).toBe('03/05/2026');
  });

  it('formats dates only in i18n/index.ts, and uses no browser date field', () => {
    const found: string[] = [];
    for (const file of sources(renderer)) {
      const name = relative(renderer, file);
      if (name === join('i18n', 'index.ts')) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/toLocale(Date|Time)?String\(|Intl\.DateTimeFormat|\btype=["'{]+(date|datetime-local|month|week|time)\b|\? 'date'/.test(line)) found.push(`${name}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
