/**
 * A search reads only the chunks holding hits, and the chunk on either side only where a shown
 * hit's context line reaches into it (services/search.ts, withContext): the lines must be the
 * whole text's for hits on a chunk's first and last words, a few words from its edges, on the
 * document's last word, and for a NEAR over chunks apart, in a text of astral characters. (A
 * pasted text's line breaks are stored as LF: CRLF at a chunk's edge is in chunk-runs.test.ts.)
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

const FILLER = ['дом', '𝐀𝐁😀', 'үй', 'field', 'жол'];

/** Six paragraphs of 250 words (each ends a chunk), with marked words placed. */
function paragraphs(): string {
  const words = Array.from({ length: 6 }, (_, p) => Array.from({ length: 250 }, (_, w) => FILLER[(p * 7 + w) % FILLER.length]!));
  words[1]![0] = 'ноль'; // a chunk's first word: its line before lies in the chunk before
  words[2]![249] = 'последний'; // a chunk's last word: its line after lies in the chunk after
  words[3]![3] = 'три'; // 3 words from a chunk's start: a line of 3 words before lies inside, of 4 does not
  words[3]![246] = 'почти'; // 3 words from a chunk's end
  words[4]![120] = 'середина';
  words[5]![249] = 'финал'; // the document's last word
  return words.map((p) => p.join(' ')).join('\n');
}

let t: TestSession;
const text = paragraphs();
beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('study');
  pasteText(t.session.context(), createCase(t.session.context(), 'P1', null).id, 'Long', text);
});
afterEach(() => t.dispose());

function wholeTextAnswer(query: string, contextWords: number, limit: number) {
  const tokens = tokenize(text);
  const hits = compileMatcher(parseQuery(query))(tokens).slice(0, limit);
  return keywordInContext(text, tokens, hits, { words: contextWords }).map(({ hit, ...line }) => ({ start: hit.start, end: hit.end, line }));
}

describe('context lines at chunk edges', () => {
  it('reads only the chunk holding a hit', () => {
    const [found] = [...documentsWithHits(t.session.context().store, 'последний', {})];
    expect(found!.runs.map((run) => run.spans.count)).toEqual([250]);
  });

  it.each(['ноль', 'последний', 'три', 'почти', 'середина', 'финал', 'ноль OR последний OR три OR почти OR середина OR финал', 'NEAR(последний три, 10)', 'ноль NEAR/1000 середина'])(
    'are the whole text\'s: %s',
    (query) => {
      for (const contextWords of [0, 3, 4, 8, 50]) {
        for (const limit of [2, 100]) {
          const result = search(t.session.context(), SearchRequest.parse({ query, contextWords, limit }) as Parameters<typeof search>[1]);
          expect(result.hits.map(({ start, end, line }) => ({ start, end, line }))).toEqual(wholeTextAnswer(query, contextWords, limit));
        }
      }
    },
  );
});
