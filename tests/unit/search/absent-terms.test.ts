import { describe, expect, it } from 'vitest';
import { droppableTerms, withoutAbsentTerms } from '../../../main/search/absent-terms.js';
import type { QueryNode } from '../../../main/search/query-ast.js';
import { parseQuery } from '../../../main/search/query-parse.js';

/** Each phrase as column:terms, in the tree's shape. */
function shape(n: QueryNode): unknown {
  switch (n.kind) {
    case 'phrase': return `${n.column}:${n.terms.join(' ')}${n.prefix ? '*' : ''}`;
    case 'near': return { near: n.items.map(shape) };
    case 'and': case 'or': return { [n.kind]: n.items.map(shape) };
    case 'not': return { not: [shape(n.include), shape(n.exclude)] };
  }
}

describe('withoutAbsentTerms', () => {
  it("drops a plain word's forms that the index does not hold", () => {
    const tree = parseQuery('жұмыс');
    expect(droppableTerms(tree)).toEqual(expect.arrayContaining(['жұмыс', 'жұмыста', 'жұмысымыз']));
    expect(shape(withoutAbsentTerms(tree, new Set(['жұмыс', 'жұмысымыз'])))).toEqual({ or: ['stems:жұмыс', 'words:жұмысымыз'] });
    expect(shape(withoutAbsentTerms(tree, new Set(['жұмыста'])))).toEqual('words:жұмыста');
    // None held: the first, which finds nothing, keeps the tree a query.
    expect(shape(withoutAbsentTerms(tree, new Set()))).toEqual('stems:жұмыс');
  });

  it('drops under AND and NOT too, and never a phrase, a prefix or a NEAR', () => {
    const tree = parseQuery('(жұмыс OR "без бюрократии" OR бюрок*) NOT NEAR(налог реформа)');
    expect(shape(withoutAbsentTerms(tree, new Set(['жұмыста'])))).toEqual({
      not: [{ or: ['words:жұмыста', 'words:без бюрократии', 'words:бюрок*'] }, { near: ['stems:налог', 'stems:реформ'] }],
    });
    const and = parseQuery('жұмыс И мектеп');
    expect(shape(withoutAbsentTerms(and, new Set(['жұмыста', 'мектепте'])))).toEqual({ and: ['words:жұмыста', 'words:мектепте'] });
  });
});
