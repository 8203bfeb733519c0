/**
 * Reads a researcher's query into a tree (query-ast.ts).
 *
 *   query   := or
 *   or      := and (OR and)*
 *   and     := unary ([AND] unary)*          side by side means AND
 *   unary   := [NOT] primary                 NOT excludes from the words beside it
 *   primary := ( or ) | NEAR( item+ [, n] ) | item (NEAR[/n] item)*
 *   item    := word[*] | "phrase"[*]
 *
 * NOT binds tightest, then AND, then OR, as in FTS5: `a b OR c` is `(a AND b) OR c`.
 * Any input gives a tree or a QuerySyntaxError, never something SQLite could reject.
 */
import {
  DEFAULT_NEAR_DISTANCE,
  MAX_NEAR_DISTANCE,
  MIN_PREFIX_LENGTH,
  type PhraseNode,
  type QueryNode,
} from './query-ast.js';
import { QuerySyntaxError } from './query-error.js';
import { lex, type Lexeme } from './query-lex.js';
import { caseFormStems } from './case-forms.js';
import { russianVerbForms } from './verb-forms.js';
import { russianIrregularForms } from './irregular-forms.js';
import { kazakhBases, kazakhForms } from './kazakh-forms.js';
import { stemOf } from './stem.js';
import { tokenize } from './tokenize.js';

const MAX_DEPTH = 20;

export function parseQuery(query: string): QueryNode {
  const lexemes = lex(query);
  if (lexemes.length === 1) throw new QuerySyntaxError('queryEmpty', 'Type a word to search for', 0);
  let pos = 0;
  let depth = 0;
  const peek = (): Lexeme => lexemes[pos]!;
  const next = (): Lexeme => lexemes[pos++]!;

  const describe = (l: Lexeme): string => {
    switch (l.type) {
      case 'end': return 'the end of the query';
      case 'word': case 'phrase': return `"${l.text}"`;
      case 'and': case 'or': case 'not': return l.text;
      case 'near': return 'NEAR';
      default: return `"${l.type}"`;
    }
  };
  const unexpected = (l: Lexeme, expected: string): never => {
    if (l.type === 'end') throw new QuerySyntaxError('queryExpectedWord', `The query ends too early: expected ${expected}`, l.at, { expected });
    // AND or OR (И, ЖӘНЕ…) with no word before it: the commonest slip, said in the researcher's words.
    if (l.type === 'and' || l.type === 'or') {
      throw new QuerySyntaxError('queryOperatorWithoutWord', `${l.text} joins two words or phrases: put one on each side`, l.at, { operator: l.text });
    }
    throw new QuerySyntaxError('queryUnexpected', `Unexpected ${describe(l)}: expected ${expected}`, l.at, { expected });
  };

  const parseOr = (): QueryNode => {
    const items = [parseAnd()];
    while (peek().type === 'or') {
      next();
      items.push(parseAnd());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  };

  const startsUnary = (l: Lexeme): boolean =>
    l.type === 'word' || l.type === 'phrase' || l.type === '(' || l.type === 'not' || l.type === 'near';

  const parseAnd = (): QueryNode => {
    const include: QueryNode[] = [];
    const exclude: QueryNode[] = [];
    let firstNot: number | undefined;
    const unary = (): void => {
      const l = peek();
      if (l.type === 'not') {
        next();
        firstNot ??= l.at;
        if (!startsPrimary(peek())) unexpected(peek(), 'a word, a "phrase" or ( after NOT');
        exclude.push(parsePrimary());
      } else {
        include.push(parsePrimary());
      }
    };
    if (!startsUnary(peek())) unexpected(peek(), 'a word, a "phrase" or (');
    unary();
    for (;;) {
      const l = peek();
      if (l.type === 'and') {
        next();
        if (!startsUnary(peek())) unexpected(peek(), `a word, a "phrase" or ( after ${l.text}`);
        unary();
      } else if (startsUnary(l)) {
        unary();
      } else {
        break;
      }
    }
    if (include.length === 0) {
      throw new QuerySyntaxError('queryNotWithoutWord', 'NOT only excludes: add a word to find, as in налог NOT НДС', firstNot ?? 0);
    }
    const found: QueryNode = include.length === 1 ? include[0]! : { kind: 'and', items: include };
    if (exclude.length === 0) return found;
    return { kind: 'not', include: found, exclude: exclude.length === 1 ? exclude[0]! : { kind: 'or', items: exclude } };
  };

  const startsPrimary = (l: Lexeme): boolean => l.type === 'word' || l.type === 'phrase' || l.type === '(' || l.type === 'near';

  const parsePrimary = (): QueryNode => {
    const l = peek();
    if (l.type === '(') {
      next();
      if (++depth > MAX_DEPTH) throw new QuerySyntaxError('queryTooDeep', `At most ${MAX_DEPTH} parentheses can nest`, l.at);
      if (peek().type === ')') unexpected(peek(), 'a word inside the parentheses');
      const inner = parseOr();
      const close = peek();
      if (close.type === 'end') throw new QuerySyntaxError('queryUnclosedParenthesis', 'This parenthesis is not closed', l.at);
      if (close.type !== ')') unexpected(close, ')');
      next();
      depth--;
      return inner;
    }
    if (l.type === 'near') return parseNearGroup();
    if (l.type === 'word' || l.type === 'phrase') return parseItemChain();
    return unexpected(l, 'a word, a "phrase" or (');
  };

  // NEAR(a b "c d", 5)
  const parseNearGroup = (): QueryNode => {
    const near = next() as Extract<Lexeme, { type: 'near' }>;
    const form = 'Write NEAR(a b) or NEAR(a b, 5) or a NEAR/5 b';
    if (near.distance !== undefined || peek().type !== '(') throw new QuerySyntaxError('queryNearForm', form, near.at);
    next();
    const items: PhraseNode[] = [];
    while (peek().type === 'word' || peek().type === 'phrase') items.push(item(next()));
    let distance = DEFAULT_NEAR_DISTANCE;
    if (peek().type === ',') {
      next();
      distance = nearDistance(next());
    }
    if (peek().type !== ')') {
      if (peek().type === 'end') throw new QuerySyntaxError('queryUnclosedParenthesis', 'This parenthesis is not closed', near.at);
      unexpected(peek(), `words, "phrases" or ) inside NEAR( )`);
    }
    next();
    if (items.length < 2) throw new QuerySyntaxError('queryNearForm', `NEAR needs two or more words or phrases. ${form}`, near.at);
    return { kind: 'near', items, distance };
  };

  const nearDistance = (l: Lexeme): number => {
    const n = l.type === 'word' && /^\d+$/.test(l.text) ? Number(l.text) : NaN;
    if (!(n <= MAX_NEAR_DISTANCE)) {
      throw new QuerySyntaxError('queryNearDistance', `The NEAR distance must be a whole number of words from 0 to ${MAX_NEAR_DISTANCE}`, l.at);
    }
    return n;
  };

  // a NEAR b NEAR/5 c: one group, as FTS5 has no chained NEAR.
  const parseItemChain = (): QueryNode => {
    const first = item(next());
    const items = [first];
    let distance: number | undefined;
    while (peek().type === 'near') {
      const near = next() as Extract<Lexeme, { type: 'near' }>;
      const d = near.distance ?? DEFAULT_NEAR_DISTANCE;
      if (distance !== undefined && d !== distance) {
        throw new QuerySyntaxError('queryNearForm', 'NEARs in a row need one distance; write NEAR(a b c, 5)', near.at);
      }
      distance = d;
      const l = peek();
      if (l.type !== 'word' && l.type !== 'phrase') unexpected(l, 'a word or a "phrase" after NEAR');
      items.push(item(next()));
    }
    return distance === undefined ? withCaseForms(first) : { kind: 'near', items, distance };
  };

  const root = parseOr();
  if (peek().type !== 'end') unexpected(peek(), peek().type === ')' ? 'no ) without a ( before it' : 'AND, OR, NOT or the end');
  return root;
}

/**
 * A plain Cyrillic word alone (not in a NEAR, whose items FTS5 takes as phrases only) as the OR
 * of its Russian case forms' stems (case-forms.ts), so «Астана» finds «Астане», of an -овать
 * verb's forms Snowball stems apart (verb-forms.ts), so «планировать» finds «планирую», of a word
 * whose root changes (irregular-forms.ts), so «жить» finds «живём», and of
 * its Kazakh forms as written (kazakh-forms.ts), so «жұмыс» finds «жұмыста» and «жұмысы»; when
 * the word is itself a Kazakh form, also of the word it is a form of and that word's forms, as
 * written, so «жұмысының» finds «жұмыс» and «жұмыста». Anything else as it is.
 */
function withCaseForms(p: PhraseNode): QueryNode {
  if (p.column !== 'stems' || p.terms.length !== 1) return p;
  const [norm] = tokenize(p.source).map((t) => t.norm);
  const verb = russianVerbForms(norm!);
  const irregular = russianIrregularForms(norm!);
  const written = new Set([...verb.words, ...irregular.words, ...kazakhForms(norm!)]);
  for (const base of kazakhBases(norm!)) {
    written.add(base);
    for (const form of kazakhForms(base)) written.add(form);
  }
  // The word itself is found by its stem.
  written.delete(norm!);
  const items: PhraseNode[] = [
    ...[...new Set([...caseFormStems(norm!), ...verb.stems, ...irregular.stems])].map((stem) => ({ ...p, terms: [stem] })),
    ...[...written].map((form) => ({ ...p, column: 'words' as const, terms: [form] })),
  ];
  return items.length === 1 ? p : { kind: 'or', items };
}

function item(l: Lexeme): PhraseNode {
  if (l.type !== 'word' && l.type !== 'phrase') throw new Error('item() called on a non-item lexeme');
  const norms = tokenize(l.text).map((t) => t.norm);
  const last = norms[norms.length - 1]!;
  if (l.prefix && Array.from(last).length < MIN_PREFIX_LENGTH) {
    throw new QuerySyntaxError('queryShortPrefix', `A prefix needs at least ${MIN_PREFIX_LENGTH} letters before *`, l.at, { min: MIN_PREFIX_LENGTH });
  }
  // A plain word finds all its forms; quotes or a * ask for the written form.
  const column = l.type === 'word' && !l.prefix ? 'stems' : 'words';
  const source = l.type === 'phrase' ? `"${l.text}"${l.prefix ? '*' : ''}` : `${l.text}${l.prefix ? '*' : ''}`;
  return { kind: 'phrase', column, terms: column === 'stems' ? norms.map(stemOf) : norms, prefix: l.prefix, source };
}
