/**
 * A query without the OR items no document can match. A plain word searched alone is the OR of
 * dozens of exact terms, its Russian case forms' stems and its Kazakh case and possessive forms
 * (query-parse.ts), and in a project most are spelt nowhere. Each costs all the same: FTS5 steps
 * every item of an OR for each document it merges, and search opens a pass of word offsets for
 * each term (~0.1–0.4 ms, docs/search.md "Performance"). So the index is asked once which of
 * those terms it holds, and the rest are dropped.
 *
 * Only an OR's items that are one whole term are dropped: an item that matches nothing changes
 * neither an OR's documents nor its hits, wherever the OR stands (under AND, NOT, another OR). An
 * OR left with none keeps its first, which finds nothing, as before.
 */
import type { PhraseNode, QueryNode } from './query-ast.js';

/** The terms an OR of the query holds as a whole item: the ones withoutAbsentTerms may drop. */
export function droppableTerms(query: QueryNode): string[] {
  const terms = new Set<string>();
  const visit = (n: QueryNode): void => {
    switch (n.kind) {
      case 'phrase': case 'near': return;
      case 'and': n.items.forEach(visit); return;
      case 'or':
        for (const item of n.items) {
          if (isWholeTerm(item)) terms.add(item.terms[0]!);
          else visit(item);
        }
        return;
      case 'not': visit(n.include); visit(n.exclude); return;
    }
  };
  visit(query);
  return [...terms];
}

/** The query less its ORs' whole-term items whose term is not `held` (in either column). */
export function withoutAbsentTerms(query: QueryNode, held: ReadonlySet<string>): QueryNode {
  switch (query.kind) {
    case 'phrase': case 'near': return query;
    case 'and': return { kind: 'and', items: query.items.map((n) => withoutAbsentTerms(n, held)) };
    case 'not': return { kind: 'not', include: withoutAbsentTerms(query.include, held), exclude: withoutAbsentTerms(query.exclude, held) };
    case 'or': {
      const items = query.items.filter((n) => !isWholeTerm(n) || held.has(n.terms[0]!)).map((n) => withoutAbsentTerms(n, held));
      if (items.length === 0) return query.items[0]!;
      return items.length === 1 ? items[0]! : { kind: 'or', items };
    }
  }
}

function isWholeTerm(n: QueryNode): n is PhraseNode {
  return n.kind === 'phrase' && n.terms.length === 1 && !n.prefix;
}
