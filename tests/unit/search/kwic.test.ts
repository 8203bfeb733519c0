import { describe, expect, it } from 'vitest';
import { keywordInContext } from '../../../main/search/kwic.js';
import { compileMatcher } from '../../../main/search/query-match.js';
import { parseQuery } from '../../../main/search/query-parse.js';
import { scanWords, tokenize } from '../../../main/search/tokenize.js';

function lines(text: string, query: string, context: Parameters<typeof keywordInContext>[3]) {
  const tokens = tokenize(text);
  return keywordInContext(text, tokens, compileMatcher(parseQuery(query))(tokens), context);
}

/** A line with its highlights in [brackets], for readable expectations. */
function marked(line: { text: string; highlights: Array<{ start: number; end: number }> }): string {
  const chars = Array.from(line.text);
  for (const h of [...line.highlights].reverse()) {
    chars.splice(h.end, 0, ']');
    chars.splice(h.start, 0, '[');
  }
  return chars.join('');
}

const text = 'Первая строка.\nЗдесь бюрократия мешает всем, и бюрократии меньше не стало.\nКонец.';

describe('keywordInContext', () => {
  it('shows n words on each side, on one line, with every hit in it marked and paragraph breaks as ¶', () => {
    const result = lines(text, 'бюрократия', { words: 2 });
    expect(result.map(marked)).toEqual(['строка.¶Здесь [бюрократия] мешает всем', 'всем, и [бюрократии] меньше не']);
    expect(result[0]!.hit).toEqual({ start: 21, end: 31 });
    expect(result[0]!.start).toBe(7);
    expect(result[0]!.moreBefore).toBe(true);
    expect(result[0]!.moreAfter).toBe(true);
  });

  it('shows a run of line breaks as one ¶, keeping the positions of the hits after it', () => {
    const [line] = lines('Конец ответа.\n\n\nДругой ответ про бюрократию.', 'бюрократия', { words: 4 });
    expect(marked(line!)).toBe('ответа.¶  Другой ответ про [бюрократию]');
  });

  it('marks neighbouring hits inside a wide line', () => {
    const result = lines(text, 'бюрократия', { words: 6 });
    expect(marked(result[0]!)).toBe('Первая строка.¶Здесь [бюрократия] мешает всем, и [бюрократии] меньше не');
    expect(result[0]!.moreBefore).toBe(false);
  });

  it('limits by characters without cutting a word', () => {
    const result = lines(text, 'мешает', { characters: 21 });
    // 21 characters before "мешает" fall inside "строка", 21 after inside "меньше".
    expect(marked(result[0]!)).toBe('Здесь бюрократия [мешает] всем, и бюрократии');
  });

  it('counts positions in code points around emoji', () => {
    const withEmoji = '😀😀 слово 😀 другое';
    const [line] = lines(withEmoji, 'другое', { words: 1 });
    expect(line!.hit).toEqual({ start: 11, end: 17 });
    expect(marked(line!)).toBe('слово 😀 [другое]');
    expect(line!.start).toBe(3);
  });

  it('gives the same lines from the words\' bounds alone (scanWords) as from tokens', () => {
    const long = `😀 ${text} 𝐀𝐁 бюрократия😀 конец`;
    const tokens = tokenize(long);
    const hits = compileMatcher(parseQuery('бюрократия OR конец OR первая'))(tokens);
    for (const context of [{ words: 0 }, { words: 1 }, { words: 3 }, { words: 50 }, { characters: 5 }, { characters: 30 }]) {
      expect(keywordInContext(long, scanWords(long), hits, context)).toEqual(keywordInContext(long, tokens, hits, context));
    }
    expect(keywordInContext('', scanWords(''), [], { words: 2 })).toEqual([]);
  });
});
