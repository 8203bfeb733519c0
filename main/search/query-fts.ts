/**
 * Turns a parsed query into the text of an FTS5 MATCH expression over the index's two columns
 * (docs/search.md). Every term goes in double quotes, so nothing the user typed reaches FTS5's
 * own syntax: a parsed query always yields an expression SQLite accepts.
 *
 * FTS5's NEAR needs all its phrases in one column. A NEAR that mixes a plain word (stems
 * column) with a "quoted" or prefix* item (words column) becomes, in SQL, the AND of its items:
 * more documents than the true answer, which the hit finder (query-match.ts) then narrows. Such
 * an expression is marked `exact: false`. Under NOT the same looseness would drop true answers,
 * so there the inexact part is left out of the SQL and again left to the hit finder.
 */
import type { NearNode, PhraseNode, QueryNode } from './query-ast.js';

export interface FtsMatch {
  /** The MATCH expression, to be bound as a parameter, never spliced into SQL. */
  readonly expression: string;
  /** True when every document it selects has at least one hit; false when some may have none. */
  readonly exact: boolean;
}

export function toFtsMatch(query: QueryNode): FtsMatch {
  return { expression: superset(query), exact: isExact(query) };
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function phrase(p: PhraseNode): string {
  return quote(p.terms.join(' ')) + (p.prefix ? ' *' : '');
}

function column(p: PhraseNode): string {
  return `${p.column} : ${phrase(p)}`;
}

function sameColumn(n: NearNode): boolean {
  return n.items.every((p) => p.column === n.items[0]!.column);
}

function near(n: NearNode): string {
  return `${n.items[0]!.column} : NEAR(${n.items.map(phrase).join(' ')}, ${n.distance})`;
}

function join(items: readonly string[], op: 'AND' | 'OR'): string {
  return items.length === 1 ? items[0]! : items.map((s) => `(${s})`).join(` ${op} `);
}

/** An expression matching every document the query matches (and maybe more). */
function superset(n: QueryNode): string {
  switch (n.kind) {
    case 'phrase': return column(n);
    case 'near': return sameColumn(n) ? near(n) : join(n.items.map(column), 'AND');
    case 'and': return join(n.items.map(superset), 'AND');
    case 'or': return join(n.items.map(superset), 'OR');
    case 'not': {
      const exclude = subset(n.exclude);
      return exclude === null ? superset(n.include) : `(${superset(n.include)}) NOT (${exclude})`;
    }
  }
}

/** An expression matching only documents the query matches, or null when none can be written. */
function subset(n: QueryNode): string | null {
  switch (n.kind) {
    case 'phrase': return column(n);
    case 'near': return sameColumn(n) ? near(n) : null;
    case 'and': {
      const items = n.items.map(subset);
      return items.every((s): s is string => s !== null) ? join(items, 'AND') : null;
    }
    case 'or': {
      const items = n.items.map(subset).filter((s): s is string => s !== null);
      return items.length > 0 ? join(items, 'OR') : null;
    }
    case 'not': {
      const include = subset(n.include);
      return include === null ? null : `(${include}) NOT (${superset(n.exclude)})`;
    }
  }
}

function isExact(n: QueryNode): boolean {
  switch (n.kind) {
    case 'phrase': return true;
    case 'near': return sameColumn(n);
    case 'and': case 'or': return n.items.every(isExact);
    case 'not': return isExact(n.include) && isExact(n.exclude);
  }
}
