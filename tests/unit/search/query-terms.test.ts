import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../main/search/query-parse.js';
import { kazakhForms } from '../../../main/search/kazakh-forms.js';
import { phraseLocators } from '../../../main/search/query-terms.js';

const locate = (query: string) => phraseLocators(parseQuery(query)).map(({ column, term, prefix, phrases }) => ({ column, term, prefix, phrases }));

describe('the terms that locate a query\'s phrases', () => {
  it('take a phrase\'s longest whole term, with its place in the phrase', () => {
    expect(locate('"на государственной службе"')).toEqual([
      { column: 'words', term: 'государственной', prefix: false, phrases: [{ at: 1, length: 3 }] },
    ]);
    expect(locate('"налог на" приб*')).toEqual([
      { column: 'words', term: 'налог', prefix: false, phrases: [{ at: 0, length: 2 }] },
      { column: 'words', term: 'приб', prefix: true, phrases: [{ at: 0, length: 1 }] },
    ]);
    // A prefix ends a phrase: the whole words before it locate it.
    expect(locate('"государственная сл"*')).toEqual([
      { column: 'words', term: 'государственная', prefix: false, phrases: [{ at: 0, length: 2 }] },
    ]);
  });

  it('cover every phrase, excluded and NEAR ones too, one locator per term', () => {
    // Each plain word also asks for its Kazakh case forms as written, one locator each: left out here.
    const kazakh = new Set([...kazakhForms('бюрократия'), ...kazakhForms('бюрократии')]);
    const found = locate('(бюрократия OR "без бюрократии") NOT NEAR(налог реформа, 3) бюрократии').filter((l) => !kazakh.has(l.term));
    expect(found).toEqual([
      { column: 'stems', term: 'бюрократ', prefix: false, phrases: [{ at: 0, length: 1 }] },
      { column: 'words', term: 'бюрократии', prefix: false, phrases: [{ at: 1, length: 2 }] },
      { column: 'stems', term: 'налог', prefix: false, phrases: [{ at: 0, length: 1 }] },
      { column: 'stems', term: 'реформ', prefix: false, phrases: [{ at: 0, length: 1 }] },
    ]);
  });
});
