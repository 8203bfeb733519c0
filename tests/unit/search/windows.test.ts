import { describe, expect, it } from 'vitest';
import { keywordInContext } from '../../../main/search/kwic.js';
import { compileMatcher } from '../../../main/search/query-match.js';
import { parseQuery } from '../../../main/search/query-parse.js';
import { tokenize } from '../../../main/search/tokenize.js';
import { hitStarts, tokensAround } from '../../../main/search/windows.js';

/** A long text: filler lines with emoji (two UTF-16 units), and the words searched for here and there, ё and capitals included. */
function longText(): string {
  const lines: string[] = [];
  for (let i = 0; i < 400; i++) {
    let line = `Строка ${i} 😀 про город и дом, ничего особенного тут нет.`;
    if (i === 0) line = `Бюрократия в начале. ${line}`;
    if (i === 150) line += ' Государственная служба и БЮРОКРАТИИ много; Ёлка стоит.';
    if (i === 151) line = `служба ${line}`;
    if (i === 399) line += ' И в конце бюрократией.';
    lines.push(line);
  }
  return lines.join('\n');
}

describe('tokenizing around possible hits', () => {
  const text = longText();
  const queries = ['бюрократии', '"бюрократией"', 'бюрок*', 'елка', '"государственная служба"', 'ЕЛКА OR бюрократия', '"стоит служба"'];

  it('finds the same hits and context lines as tokenizing the whole text', () => {
    const whole = tokenize(text);
    for (const query of queries) {
      const tree = parseQuery(query);
      const starts = hitStarts(tree);
      expect(starts, query).not.toBeNull();
      const around = tokensAround(text, starts!);
      expect(around, query).not.toBeNull();
      expect(around!.length).toBeLessThan(whole.length / 2);
      const match = compileMatcher(tree);
      const hits = match(whole);
      expect(hits.length, query).toBeGreaterThan(0);
      expect(match(around!), query).toEqual(hits);
      expect(keywordInContext(text, around!, hits, { words: 8 }), query).toEqual(keywordInContext(text, whole, hits, { words: 8 }));
    }
  });

  it('leaves to the whole text what it cannot find by lower case', () => {
    expect(hitStarts(parseQuery('running'))).toBeNull(); // a Latin stem: Porter rewrites endings
    expect(hitStarts(parseQuery('бюрократия NEAR дом'))).toBeNull();
    expect(hitStarts(parseQuery('бюрократия дом'))).toBeNull();
    expect(hitStarts(parseQuery('бюрократия NOT дом'))).toBeNull();
    expect(tokensAround(`${text} за́мок`, ['замок'])).toBeNull(); // a stress mark: normalisation is more than lower case
    expect(tokensAround('короткий текст', ['текст'])).toBeNull();
  });
});
