/**
 * Search reads only the chunks of a long document where a query word lies (docs/search.md). Its
 * answer must be the one the whole text gives: the same hits and context lines for phrases and
 * NEAR across chunk boundaries, AND and NOT over the whole document, words near a chunk's edge.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchRequest } from '../../../shared/search.js';
import { createCase } from '../../../main/services/cases.js';
import { pasteText } from '../../../main/services/text-import.js';
import { documentsWithHits, search } from '../../../main/services/search.js';
import { keywordInContext } from '../../../main/search/kwic.js';
import { compileMatcher } from '../../../main/search/query-match.js';
import { parseQuery } from '../../../main/search/query-parse.js';
import { tokenize } from '../../../main/search/tokenize.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

const FILLER = ['дом', 'река', 'поле', 'город', 'время', 'жол', 'үй', 'house', 'field', 'day'];

/** Paragraphs of 250 words (so each line break past 200 words ends a chunk), with marked words placed. */
function longText(): string {
  const paragraphs: string[][] = [];
  let seed = 7;
  for (let p = 0; p < 12; p++) {
    const words: string[] = [];
    for (let w = 0; w < 250; w++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      words.push(FILLER[seed % FILLER.length]!);
    }
    paragraphs.push(words);
  }
  paragraphs[1]![249] = 'альфа'; // "альфа бета" across the line break that ends a chunk
  paragraphs[2]![0] = 'Бета.';
  paragraphs[0]![5] = 'гамма';
  paragraphs[9]![100] = 'дельта'; // far from гамма: AND/NOT over the document, NEAR not
  paragraphs[4]![245] = 'эпсилон'; // NEAR across a boundary: 4 words apart
  paragraphs[5]![0] = 'дзета';
  paragraphs[7]![10] = 'эта😀';
  paragraphs[2]![240] = 'каппа'; // NEAR/1000 holds: a hit over a chunk that holds neither word
  paragraphs[6]![10] = 'лямбда';
  paragraphs[8]![30] = 'йота'; // past the previous chunk's overlap, but its 50 words of context reach into that chunk
  paragraphs[3]![249] = 'ню'; // "ню омикрон": located by омикрон (its longer word), it starts in the chunk before
  paragraphs[4]![0] = 'омикрон';
  return paragraphs.map((p) => p.join(' ')).join('\n');
}

let t: TestSession;
let text: string;
beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('study');
  const c = createCase(t.session.context(), 'P1', null).id;
  text = longText();
  pasteText(t.session.context(), c, 'Long', text);
});
afterEach(() => t.dispose());

/** What the whole text answers: hits and context lines from every token. */
function wholeTextAnswer(query: string, contextWords: number) {
  const tokens = tokenize(text);
  const hits = compileMatcher(parseQuery(query))(tokens);
  return keywordInContext(text, tokens, hits, { words: contextWords }).map(({ hit, ...line }) => ({ start: hit.start, end: hit.end, line }));
}

describe('search over chunks', () => {
  it('splits the long document into several chunks', () => {
    const chunks = t.session.context().store.prepare('SELECT count(*) FROM search_chunk').pluck().get() as number;
    expect(chunks).toBeGreaterThan(5);
  });

  it('reads only the chunks around a rare word (and its astral neighbour), cut by bytes', () => {
    for (const query of ['дельта', 'эта']) {
      const [found] = [...documentsWithHits(t.session.context().store, query, {})];
      expect(found!.runs).toHaveLength(1);
      expect(found!.runs[0]!.tokens.length).toBeLessThanOrEqual(3 * 250); // its chunk, the one before (its row overlaps), the next
    }
    // The chunks beside it are read only where a shown hit's context needs them.
    const [delta] = [...documentsWithHits(t.session.context().store, 'дельта', {})];
    expect(delta!.runs[0]!.tokens.length).toBe(250);
  });

  it.each([
    ['"альфа бета"', true], ['альфа NEAR/0 бета', true], ['гамма AND дельта', true], ['гамма NOT дельта', false],
    ['гамма NEAR/50 дельта', false], ['гамма NEAR/1000 дельта', false], ['каппа NEAR/1000 лямбда', true], ['каппа NEAR/700 лямбда', false],
    ['эпсилон NEAR/4 дзета', true], ['эпсилон NEAR/3 дзета', false], ['эт*', true], ['дом NOT дельта', false],
    ['дельта OR "альфа бета"', true], ['река', true], ['жо*', true], ['йота', true], ['"ню омикрон"', true],
  ] as const)('gives what the whole text gives: %s', (query, hits) => {
    for (const contextWords of [0, 8, 50]) {
      const result = search(t.session.context(), SearchRequest.parse({ query, contextWords, limit: 5000 }) as Parameters<typeof search>[1]);
      const expected = wholeTextAnswer(query, contextWords);
      expect(expected.length > 0).toBe(hits);
      expect(result.hits.map(({ start, end, line }) => ({ start, end, line }))).toEqual(expected);
    }
  });

  it('gives a hit in a short last chunk the words before it', () => {
    const ctx = t.session.context();
    // The last chunk: 26 words, the hit past the 20 the chunk before also indexes.
    const short = `${longText().split('\n')[0]}\n${'дом '.repeat(24)}омега конец.`;
    pasteText(ctx, createCase(ctx, 'S', null).id, 'Short end', short);
    const result = search(ctx, SearchRequest.parse({ query: 'омега', contextWords: 50 }) as Parameters<typeof search>[1]);
    const tokens = tokenize(short);
    const [line] = keywordInContext(short, tokens, compileMatcher(parseQuery('омега'))(tokens), { words: 50 });
    expect(result.hits.map((hit) => hit.line.text)).toEqual([line!.text]);
  });

  it('finds the chunks of documents listed out of index order (by case)', () => {
    const ctx = t.session.context();
    pasteText(ctx, createCase(ctx, 'A', null).id, 'Short', 'Река течёт.');
    const byCase = search(ctx, SearchRequest.parse({ query: 'река', order: 'case', limit: 5000 }) as Parameters<typeof search>[1]);
    const byDocument = search(ctx, SearchRequest.parse({ query: 'река', limit: 5000 }) as Parameters<typeof search>[1]);
    expect(byCase.hits[0]!.caseName).toBe('A');
    expect(byCase.hits).toHaveLength(byDocument.hits.length);
  });
});
