/**
 * The REFI-QDA import's "not carried" list in the app: every kind main/refi can name (found in
 * its sources) reads in Russian and Kazakh and, in English, as main/refi words it; the sources
 * CaseCoder does not code are named by medium; an unknown kind is shown as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { setLanguage, words } from '../../../renderer/src/i18n/index.js';
import { uncarriedKind, uncarriedLine } from '../../../shared/i18n/refi-uncarried-text.js';

const refiDir = new URL('../../../main/refi/', import.meta.url);

/** The quoted kinds in each call that counts something not carried. */
function kindsNamedByRefi(): Set<string> {
  const kinds = new Set<string>();
  for (const file of readdirSync(refiDir).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(new URL(file, refiDir), 'utf8');
    for (const call of source.matchAll(/\b(?:uncarried|addUncarried|skip|dropSelection)\(/g)) {
      let depth = 0;
      let end = call.index + call[0].length - 1;
      do {
        if (source[end] === '(') depth++;
        else if (source[end] === ')') depth--;
        end++;
      } while (depth > 0);
      for (const [, literal] of source.slice(call.index, end).matchAll(/'([^']+)'/g)) kinds.add(literal!);
    }
  }
  return kinds;
}

afterAll(() => setLanguage('en'));

describe('what a REFI-QDA import did not carry, in the app', () => {
  const kinds = kindsNamedByRefi();

  it('names every kind main/refi counts in every language', async () => {
    expect(kinds.size).toBeGreaterThan(15);
    await setLanguage('en');
    for (const kind of kinds) expect(uncarriedKind(words, kind)).toBe(kind);
    for (const language of ['ru', 'kk'] as const) {
      await setLanguage(language);
      for (const kind of kinds) expect(uncarriedKind(words, kind), `${language}: ${kind}`).not.toBe(kind);
    }
  });

  it('names the sources CaseCoder does not code by their medium, and shows an unknown kind as written', async () => {
    await setLanguage('en');
    expect(uncarriedKind(words, 'pdf source')).toBe('PDF source');
    await setLanguage('ru');
    expect(uncarriedKind(words, 'pdf source')).toBe('источник (PDF)');
    expect(uncarriedKind(words, 'selection in a picture source')).toBe('выделение в источнике (изображение)');
    expect(uncarriedKind(words, 'coding in a video source')).toBe('кодирование в источнике (видео)');
    expect(uncarriedKind(words, 'hologram source')).toBe('hologram source');
  });

  it('gives each kind one line: how many, then a few examples', async () => {
    const duplicates = { kind: 'duplicate coding (same span, code and coder)', count: 2, examples: ['Anna 0-12', 'Boris 5-9'] };
    await setLanguage('en');
    expect(uncarriedLine(words, duplicates)).toBe('duplicate coding (same span, code and coder): 2 (Anna 0-12; Boris 5-9)');
    expect(uncarriedLine(words, { kind: 'link', count: 1200, examples: [] })).toBe('link: 1,200');
    // The report keeps a few names: more than that are marked as left out; items sharing a name are not.
    expect(uncarriedLine(words, { kind: 'link', count: 9, examples: ['a', 'b'], more: true })).toBe('link: 9 (a; b; …)');
    expect(uncarriedLine(words, { kind: 'coding in a picture source', count: 2, examples: ['cornflakes.jpg'] })).toBe('coding in a picture source: 2 (cornflakes.jpg)');
    await setLanguage('kk');
    expect(uncarriedLine(words, duplicates)).toBe('қайталанған кодтау (сол үзінді, код және кодтаушы): 2 (Anna 0-12; Boris 5-9)');
  });
});
