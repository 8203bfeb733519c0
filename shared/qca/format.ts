/**
 * Solutions written in the convention of the R package QCA and most QCA texts: `*` for AND,
 * `+` for OR, `~` for absence, e.g. `A*~B + C`. Names are used as given; a caller whose names
 * contain spaces or operator characters can pass `conditionLetters(k)` instead and print a key.
 */
import type { TermLiteral } from './cube.js';

/** A, B, C, … (MAX_CONDITIONS is well under 26). */
export function conditionLetters(k: number): string[] {
  return Array.from({ length: k }, (_, i) => String.fromCharCode(65 + i));
}

/** The empty conjunction (every configuration) is written `1`, as in Boolean algebra. */
export function formatTerm(literals: readonly TermLiteral[], names: readonly string[]): string {
  const parts = literals.flatMap((l, i) => (l === null ? [] : [l === 1 ? names[i]! : `~${names[i]!}`]));
  return parts.length === 0 ? '1' : parts.join('*');
}

/** The empty disjunction (no row has the outcome) is written `0`. */
export function formatSolution(terms: readonly { literals: readonly TermLiteral[] }[], names: readonly string[]): string {
  return terms.length === 0 ? '0' : terms.map((t) => formatTerm(t.literals, names)).join(' + ');
}
