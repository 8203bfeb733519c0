/**
 * Which index terms say where a query's phrases lie in a document (docs/search.md, "How a search
 * runs"). Every phrase of the query, excluded and NEAR ones included, gets one of its terms: the
 * term's word offsets in a document (read from the index), less its place in the phrase, are
 * every word at which the phrase can start there. The matcher then needs only the text around
 * those words to give the whole text's answer.
 */
import type { PhraseNode, QueryNode } from './query-ast.js';

/** Where one phrase stands to the term that locates it, in words. */
export interface LocatedPhrase {
  /** The term's place in the phrase. */
  readonly at: number;
  readonly length: number;
}

export interface PhraseLocator {
  readonly column: 'stems' | 'words';
  readonly term: string;
  /** The term is a prefix: its offsets are those of every term beginning with it. */
  readonly prefix: boolean;
  readonly phrases: readonly LocatedPhrase[];
}

/** One locator per distinct term, each listing the phrases it locates. */
export function phraseLocators(query: QueryNode): PhraseLocator[] {
  const locators = new Map<string, { column: 'stems' | 'words'; term: string; prefix: boolean; phrases: Map<string, LocatedPhrase> }>();
  const add = (p: PhraseNode): void => {
    const { term, at, prefix } = locatingTerm(p);
    const key = `${p.column}\u0000${prefix ? '*' : ''}\u0000${term}`;
    const locator = locators.get(key) ?? locators.set(key, { column: p.column, term, prefix, phrases: new Map() }).get(key)!;
    locator.phrases.set(`${at} ${p.terms.length}`, { at, length: p.terms.length });
  };
  const collect = (n: QueryNode): void => {
    switch (n.kind) {
      case 'phrase': add(n); return;
      case 'near': n.items.forEach(add); return;
      case 'and': case 'or': n.items.forEach(collect); return;
      case 'not': collect(n.include); collect(n.exclude); return;
    }
  };
  collect(query);
  return [...locators.values()].map(({ phrases, ...locator }) => ({ ...locator, phrases: [...phrases.values()] }));
}

/**
 * The phrase's longest whole term (a longer word is usually rarer: fewer offsets to read), the
 * first of equals; a phrase that is one prefix is located by the prefix.
 */
function locatingTerm(p: PhraseNode): { term: string; at: number; prefix: boolean } {
  const whole = p.prefix ? p.terms.length - 1 : p.terms.length;
  if (whole === 0) return { term: p.terms[0]!, at: 0, prefix: true };
  let at = 0;
  for (let i = 1; i < whole; i++) if (p.terms[i]!.length > p.terms[at]!.length) at = i;
  return { term: p.terms[at]!, at, prefix: false };
}
