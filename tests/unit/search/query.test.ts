import { describe, expect, it } from 'vitest';
import { QuerySyntaxError } from '../../../main/search/query-error.js';
import { toFtsMatch } from '../../../main/search/query-fts.js';
import { compileMatcher } from '../../../main/search/query-match.js';
import { parseQuery } from '../../../main/search/query-parse.js';
import { tokenize } from '../../../main/search/tokenize.js';

/** The hit texts of a query in a text. */
function hits(query: string, text: string): string[] {
  const chars = Array.from(text);
  return compileMatcher(parseQuery(query))(tokenize(text)).map((s) => chars.slice(s.start, s.end).join(''));
}

function syntaxError(query: string): QuerySyntaxError {
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error;
    throw error;
  }
  throw new Error(`parsed: ${query}`);
}

const text = 'Бюрократия мешает. С бюрократией боролись, но бюрократии меньше не стало. Государственная служба и бизнес-план.';

describe('words and forms', () => {
  it('finds every form of a plain Russian word', () => {
    expect(hits('бюрократии', text)).toEqual(['Бюрократия', 'бюрократией', 'бюрократии']);
    expect(hits('БЮРОКРАТИЕЙ', text)).toEqual(['Бюрократия', 'бюрократией', 'бюрократии']);
  });

  it('finds only the written form inside quotes, case and ё aside', () => {
    expect(hits('"бюрократии"', text)).toEqual(['бюрократии']);
    expect(hits('"ещё"', 'Еще раз и ЕЩЁ раз')).toEqual(['Еще', 'ЕЩЁ']);
  });

  it('finds Kazakh words in either case', () => {
    expect(hits('қазақстан', 'ҚАЗАҚСТАН және Қазақстан')).toEqual(['ҚАЗАҚСТАН', 'Қазақстан']);
    expect(hits('ІЗДЕУ', 'іздеу')).toEqual(['іздеу']);
  });

  it('matches a phrase only in order and side by side', () => {
    expect(hits('"государственная служба"', text)).toEqual(['Государственная служба']);
    expect(hits('"служба государственная"', text)).toEqual([]);
  });

  it('matches a prefix against the written words', () => {
    expect(hits('бюрокр*', text)).toEqual(['Бюрократия', 'бюрократией', 'бюрократии']);
    expect(hits('"государственная сл"*', text)).toEqual(['Государственная служба']);
  });

  it('reads a hyphenated query word as the phrase of its parts', () => {
    expect(hits('бизнес-план', text)).toEqual(['бизнес-план']);
    expect(hits('план', text)).toEqual(['план']);
  });
});

describe('boolean operators', () => {
  const docA = 'налоги и льготы';
  const docB = 'налоги без льгот, только НДС';
  it('AND, implicit AND and И need every word in the document', () => {
    for (const q of ['налог AND льгота', 'налог льгота', 'налог И льгота', 'налог ЖӘНЕ льгота']) {
      expect(hits(q, docA), q).toEqual(['налоги', 'льготы']);
    }
    expect(hits('налог И ндс', docA)).toEqual([]);
  });

  it('OR and ИЛИ need any', () => {
    expect(hits('ндс OR льгота', docA)).toEqual(['льготы']);
    expect(hits('ндс ИЛИ льгота', docB)).toEqual(['льгот', 'НДС']);
    expect(hits('ндс НЕМЕСЕ пошлина', docB)).toEqual(['НДС']);
  });

  it('NOT and НЕ exclude documents, and lower-case и/не are words', () => {
    expect(hits('налог NOT ндс', docA)).toEqual(['налоги']);
    expect(hits('налог НЕ ндс', docB)).toEqual([]);
    expect(hits('налог AND NOT ндс', docB)).toEqual([]);
    expect(hits('НЕ ндс налог', docA)).toEqual(['налоги']);
    expect(hits('налог ЕМЕС ндс', docA)).toEqual(['налоги']);
    expect(hits('налоги и', docA)).toEqual(['налоги', 'и']);
  });

  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    // (ндс AND льгота) OR налог
    expect(hits('ндс льгота OR налог', docA)).toEqual(['налоги']);
    // ндс AND (льгота OR налог)
    expect(hits('ндс (льгота OR налог)', docA)).toEqual([]);
  });
});

describe('NEAR', () => {
  const doc = 'налог на прибыль был снижен, а через много лет и много слов снова поднят налог';
  it('finds words within n words of each other, as the stretch between them', () => {
    expect(hits('налог NEAR/3 снижен', doc)).toEqual(['налог на прибыль был снижен']);
    expect(hits('налог NEAR/2 снижен', doc)).toEqual([]);
    expect(hits('NEAR(налог снижен, 3)', doc)).toEqual(['налог на прибыль был снижен']);
    expect(hits('NEAR(снижен налог, 3)', doc)).toEqual(['налог на прибыль был снижен']);
  });

  it('is РЯДОМ in Russian and ЖАҚЫН in Kazakh, in capitals, in each of its forms', () => {
    expect(hits('налог РЯДОМ/3 снижен', doc)).toEqual(['налог на прибыль был снижен']);
    expect(hits('налог ЖАҚЫН/2 снижен', doc)).toEqual([]);
    expect(hits('РЯДОМ(налог снижен, 3)', doc)).toEqual(['налог на прибыль был снижен']);
    expect(hits('прибыль ЖАҚЫН поднят', doc)).toEqual(['прибыль был снижен, а через много лет и много слов снова поднят']);
    // In lower case it is a word like any other.
    expect(hits('налог рядом снижен', doc)).toEqual([]);
  });

  it('uses 10 words when no distance is given', () => {
    // 10 words between "прибыль" and "поднят", 11 between "на" and "поднят".
    expect(hits('прибыль NEAR поднят', doc)).toEqual(['прибыль был снижен, а через много лет и много слов снова поднят']);
    expect(hits('на NEAR поднят', doc)).toEqual([]);
  });

  it('joins phrases and prefixes, and a chain of NEARs is one group', () => {
    expect(hits('NEAR("налог на" приб*, 0)', doc)).toEqual(['налог на прибыль']);
    expect(hits('налог NEAR/3 прибыль NEAR/3 снижен', doc)).toEqual(['налог на прибыль был снижен']);
  });

  it("says where its phrases lie in the stretch, without the words between; hits merged hold each one's", () => {
    const parts = (query: string, text = doc) =>
      compileMatcher(parseQuery(query))(tokenize(text)).map((hit) => hit.parts?.map((p) => Array.from(text).slice(p.start, p.end).join('')));
    expect(parts('налог NEAR/3 снижен')).toEqual([['налог', 'снижен']]);
    expect(parts('NEAR("налог на" снижен, 3)')).toEqual([['налог на', 'снижен']]);
    // «слов» is near both «много»: the two stretches overlap and are one hit, each phrase in it once.
    expect(parts('много NEAR/3 слов', 'много слов, и снова много')).toEqual([['много', 'слов', 'много']]);
    // A one-phrase hit is its own.
    expect(parts('прибыль')).toEqual([undefined]);
  });
});

describe('malformed queries', () => {
  it.each([
    ['', 'queryEmpty', 0],
    ['  — ', 'queryEmpty', 0],
    ['"бюрократия', 'queryUnclosedQuote', 0],
    ['налог "  "', 'queryEmptyPhrase', 6],
    ['(налог OR льгота', 'queryUnclosedParenthesis', 0],
    ['налог)', 'queryUnexpected', 5],
    ['налог AND', 'queryExpectedWord', 9],
    ['OR налог', 'queryOperatorWithoutWord', 0],
    ['налог OR OR льгота', 'queryOperatorWithoutWord', 9],
    ['ЖӘНЕ', 'queryOperatorWithoutWord', 0],
    ['NOT налог', 'queryNotWithoutWord', 0],
    ['налог OR NOT льгота', 'queryNotWithoutWord', 9],
    ['бю*кр', 'queryMisplacedStar', 2],
    ['*', 'queryMisplacedStar', 0],
    ['б*', 'queryShortPrefix', 0],
    ['налог NEAR/x льгота', 'queryNearForm', 6],
    ['NEAR(налог, 5)', 'queryNearForm', 0],
    ['NEAR(налог льгота, пять)', 'queryNearDistance', 19],
    ['налог NEAR/5000 льгота', 'queryNearDistance', 6],
    ['налог NEAR/2 льгота NEAR/3 ндс', 'queryNearForm', 20],
    ['()', 'queryUnexpected', 1],
    ['('.repeat(30) + 'a' + ')'.repeat(30), 'queryTooDeep', 20],
    ['а'.repeat(1001), 'queryTooLong', 1000],
  ])('%j is refused with %s at %i', (query, code, position) => {
    const error = syntaxError(query);
    expect(error.code).toBe(code);
    expect(error.position).toBe(position);
    expect(error.params.position).toBe(position);
    expect(error.message).toMatch(/\(at character \d+\)$/);
  });

  it('says what was expected', () => {
    expect(syntaxError('налог AND )').message).toBe('Unexpected ")": expected a word, a "phrase" or ( after AND (at character 11)');
  });
});

describe('the FTS5 expression', () => {
  it('quotes every term and picks the column by the kind of item', () => {
    // An abbreviation has no case forms to add (case-forms.ts, kazakh-forms.ts).
    expect(toFtsMatch(parseQuery('ндс "государственная служба" бюрокр*'))).toEqual({
      expression: '(stems : "ндс") AND (words : "государственная служба") AND (words : "бюрокр" *)',
      exact: true,
    });
  });

  it('keeps a NEAR in one column, and loosens a mixed one to AND', () => {
    expect(toFtsMatch(parseQuery('налог NEAR/3 снижен'))).toEqual({ expression: 'stems : NEAR("налог" "сниж", 3)', exact: true });
    expect(toFtsMatch(parseQuery('налог NEAR/3 сниж*'))).toEqual({
      expression: '(stems : "налог") AND (words : "сниж" *)',
      exact: false,
    });
  });

  it('leaves an inexact NEAR out under NOT rather than exclude too much', () => {
    expect(toFtsMatch(parseQuery('ндс NOT (ндфл NEAR/3 ставк*)')).expression).toBe('stems : "ндс"');
    expect(toFtsMatch(parseQuery('ндс NOT (ндфл OR ндфл NEAR/3 ставк*)')).expression).toBe('(stems : "ндс") NOT (stems : "ндфл")');
  });

  it('writes a prefix as the OR of the terms it begins, but in a NEAR or when none are given', () => {
    const terms = (prefix: string) => ({ бюрокр: ['бюрократия', 'бюрократии'], на: ['на', 'налог'], сниж: ['снижен'] })[prefix];
    expect(toFtsMatch(parseQuery('бюрокр* "налог на"* ставк*'), terms).expression).toBe(
      '(words : ("бюрократия" OR "бюрократии")) AND (words : ("налог на" OR "налог налог")) AND (words : "ставк" *)',
    );
    expect(toFtsMatch(parseQuery('NEAR("налог на" сниж*, 0)'), terms).expression).toBe('words : NEAR("налог на" "сниж" *, 0)');
    expect(toFtsMatch(parseQuery('налог NEAR/3 сниж*'), terms).expression).toBe('(stems : "налог") AND (words : ("снижен"))');
    expect(toFtsMatch(parseQuery('бюрокр*'), () => []).expression).toBe('words : "бюрокр" *');
  });

  it('escapes nothing the user typed into FTS5 syntax', () => {
    // Operators and quotes of FTS5 inside a query become words or errors, never syntax.
    expect(toFtsMatch(parseQuery('a + b ^c : d')).expression).toBe('(stems : "a") AND (stems : "b") AND (stems : "c") AND (stems : "d")');
  });
});
