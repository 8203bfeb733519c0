/**
 * Turns a parsed query into the text of an FTS5 MATCH expression over the index's two columns
 * (docs/search.md). Every term goes in double quotes, so nothing the user typed reaches FTS5's
 * own syntax: a parsed query always yields an expression SQLite accepts.
 *
 * A prefix phrase may be written as the OR of the phrases ending in each of the index's terms
 * that begin with the prefix: the same documents, but FTS5 (without a prefix index since
 * migration 008) reads a prefix by merging the doclists of all its terms before it yields the
 * first document, while an OR of terms is merged as documents are asked for, so a page that
 * is full stops it (the reference corpus: `по*`, 46 terms, ~18 ms to the first documents, ~1 ms
 * as an OR). Within a NEAR, which takes phrases only, a prefix stays a prefix.
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

/** The index's terms beginning with a prefix; undefined to leave the prefix as it is. */
export type PrefixTerms = (prefix: string) => readonly string[] | undefined;

export function toFtsMatch(query: QueryNode, terms?: PrefixTerms): FtsMatch {
  return { expression: superset(query, terms), exact: isExact(query) };
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function phrase(p: PhraseNode): string {
  return quote(p.terms.join(' ')) + (p.prefix ? ' *' : '');
}

function column(p: PhraseNode, terms: PrefixTerms | undefined): string {
  const ends = p.prefix ? terms?.(p.terms[p.terms.length - 1]!) : undefined;
  // No term begins with it: the prefix itself, which FTS5 finds nowhere at no cost.
  if (!ends || ends.length === 0) return `${p.column} : ${phrase(p)}`;
  const head = p.terms.slice(0, -1);
  return `${p.column} : (${ends.map((end) => quote([...head, end].join(' '))).join(' OR ')})`;
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
function superset(n: QueryNode, terms: PrefixTerms | undefined): string {
  switch (n.kind) {
    case 'phrase': return column(n, terms);
    case 'near': return sameColumn(n) ? near(n) : join(n.items.map((p) => column(p, terms)), 'AND');
    case 'and': return join(n.items.map((item) => superset(item, terms)), 'AND');
    case 'or': return join(n.items.map((item) => superset(item, terms)), 'OR');
    case 'not': {
      const exclude = subset(n.exclude, terms);
      return exclude === null ? superset(n.include, terms) : `(${superset(n.include, terms)}) NOT (${exclude})`;
    }
  }
}

/** An expression matching only documents the query matches, or null when none can be written. */
function subset(n: QueryNode, terms: PrefixTerms | undefined): string | null {
  switch (n.kind) {
    case 'phrase': return column(n, terms);
    case 'near': return sameColumn(n) ? near(n) : null;
    case 'and': {
      const items = n.items.map((item) => subset(item, terms));
      return items.every((s): s is string => s !== null) ? join(items, 'AND') : null;
    }
    case 'or': {
      const items = n.items.map((item) => subset(item, terms)).filter((s): s is string => s !== null);
      return items.length > 0 ? join(items, 'OR') : null;
    }
    case 'not': {
      const include = subset(n.include, terms);
      return include === null ? null : `(${include}) NOT (${superset(n.exclude, terms)})`;
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
