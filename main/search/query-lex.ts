/**
 * Splits a typed query into parentheses, quoted phrases, words and operators. Operators are
 * recognised only in capitals (AND OR NOT NEAR, Russian И ИЛИ НЕ РЯДОМ, Kazakh ЖӘНЕ НЕМЕСЕ ЕМЕС
 * ЖАҚЫН), as FTS5 does, because "и", "не" and "емес" are everyday words a researcher may search for.
 */
import { MAX_NEAR_DISTANCE } from './query-ast.js';
import { QuerySyntaxError } from './query-error.js';
import { tokenize } from './tokenize.js';

export type Lexeme =
  | { readonly type: '(' | ')' | ',' | 'end'; readonly at: number }
  | { readonly type: 'and' | 'or' | 'not'; readonly at: number; readonly text: string }
  /** `distance` is set for the infix form NEAR/n. */
  | { readonly type: 'near'; readonly at: number; readonly distance: number | undefined }
  | { readonly type: 'word' | 'phrase'; readonly at: number; readonly text: string; readonly prefix: boolean };

const OPERATORS: Record<string, 'and' | 'or' | 'not'> = {
  AND: 'and', OR: 'or', NOT: 'not',
  И: 'and', ИЛИ: 'or', НЕ: 'not',
  ЖӘНЕ: 'and', НЕМЕСЕ: 'or', ЕМЕС: 'not',
};
const NEAR_WORDS = ['NEAR', 'РЯДОМ', 'ЖАҚЫН'];
const NEAR_INFIX = /^(?:NEAR|РЯДОМ|ЖАҚЫН)\/(\d+)$/u;
export const MAX_QUERY_LENGTH = 1000;

export function lex(query: string): Lexeme[] {
  // Code points, so positions in messages match what the user sees and the rest of the app counts.
  const chars = Array.from(query);
  if (chars.length > MAX_QUERY_LENGTH) {
    throw new QuerySyntaxError('queryTooLong', `A query can be at most ${MAX_QUERY_LENGTH} characters`, MAX_QUERY_LENGTH);
  }
  const out: Lexeme[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      out.push({ type: c, at: i });
      i++;
    } else if (c === '"') {
      const close = chars.indexOf('"', i + 1);
      if (close < 0) throw new QuerySyntaxError('queryUnclosedQuote', 'This quote is not closed', i);
      const text = chars.slice(i + 1, close).join('');
      if (tokenize(text).length === 0) throw new QuerySyntaxError('queryEmptyPhrase', 'These quotes hold no word', i);
      const prefix = chars[close + 1] === '*';
      out.push({ type: 'phrase', at: i, text, prefix });
      i = close + (prefix ? 2 : 1);
    } else {
      let j = i;
      while (j < chars.length && !/[\s()",]/u.test(chars[j]!)) j++;
      out.push(...bareword(chars.slice(i, j).join(''), i));
      i = j;
    }
  }
  out.push({ type: 'end', at: chars.length });
  return out;
}

function bareword(text: string, at: number): Lexeme[] {
  const op = OPERATORS[text];
  if (op) return [{ type: op, at, text }];
  if (NEAR_WORDS.includes(text)) return [{ type: 'near', at, distance: undefined }];
  const near = NEAR_INFIX.exec(text);
  if (near) {
    const distance = Number(near[1]);
    if (distance > MAX_NEAR_DISTANCE) {
      throw new QuerySyntaxError('queryNearDistance', `The NEAR distance must be a whole number of words from 0 to ${MAX_NEAR_DISTANCE}`, at);
    }
    return [{ type: 'near', at, distance }];
  }
  if (NEAR_WORDS.some((word) => text.startsWith(`${word}/`))) {
    throw new QuerySyntaxError('queryNearForm', 'Write NEAR/ with a number of words, as in налог NEAR/5 льгота', at);
  }
  const star = text.indexOf('*');
  const prefix = star === text.length - 1;
  if (star >= 0 && !prefix) {
    throw new QuerySyntaxError('queryMisplacedStar', 'A * can only end a word, as in бюрокр*', at + Array.from(text.slice(0, star)).length);
  }
  const core = prefix ? text.slice(0, -1) : text;
  if (tokenize(core).length === 0) {
    // Punctuation alone (a dash, an ampersand) finds nothing and is skipped, as in the text.
    if (prefix) throw new QuerySyntaxError('queryMisplacedStar', 'A * can only end a word, as in бюрокр*', at);
    return [];
  }
  return [{ type: 'word', at, text: core, prefix }];
}
