import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../main/search/query-match.js';
import { parseQuery } from '../../../main/search/query-parse.js';
import { scopeSpans, type CodingScope } from '../../../main/search/scopes.js';
import { tokenize } from '../../../main/search/tokenize.js';

function scoped(text: string, query: string, scope: CodingScope, locale?: string): string[] {
  const chars = Array.from(text);
  const hits = compileMatcher(parseQuery(query))(tokenize(text));
  return scopeSpans(text, hits, scope, locale).map((s) => chars.slice(s.start, s.end).join(''));
}

const text = [
  'Т. е. это было в 1990 г. в Москве, где бюрократия росла. Потом стало лучше!',
  '  Второй абзац без точки, но с бюрократией',
  '',
  'Үшінші абзац. Бюрократия мұнда да бар? Иә.',
].join('\n');

describe('scopeSpans', () => {
  it('codes the hit itself', () => {
    expect(scoped(text, 'бюрократия', 'hit')).toEqual(['бюрократия', 'бюрократией', 'Бюрократия']);
  });

  it('codes the sentence around each hit, not crossing lines, without edge spaces', () => {
    expect(scoped(text, 'бюрократия', 'sentence')).toEqual([
      'Т. е. это было в 1990 г. в Москве, где бюрократия росла. ',
      'Второй абзац без точки, но с бюрократией',
      'Бюрократия мұнда да бар? ',
    ].map((s) => s.trim()));
  });

  it('codes the line around each hit as its paragraph', () => {
    expect(scoped(text, 'бюрократия', 'paragraph')).toEqual([
      'Т. е. это было в 1990 г. в Москве, где бюрократия росла. Потом стало лучше!',
      'Второй абзац без точки, но с бюрократией',
      'Үшінші абзац. Бюрократия мұнда да бар? Иә.',
    ]);
  });

  it('codes a sentence once however many hits it holds, and spans sentences for a NEAR', () => {
    expect(scoped('Налог и налог. Другое.', 'налог', 'sentence')).toEqual(['Налог и налог.']);
    expect(scoped('Налог снижен. Потом поднят.', 'снижен NEAR/1 потом', 'sentence')).toEqual(['Налог снижен. Потом поднят.']);
  });
});
