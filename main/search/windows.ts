/**
 * Search reads each candidate document, and tokenizing a long one costs far more than finding
 * where it can hit. For queries whose every hit starts at a known string (one phrase, a prefix,
 * or an OR of them) the text is lower-cased natively, searched for those strings, and only the
 * stretches around them are tokenized; everything else tokenizes the whole text.
 *
 * Why that finds every hit: a hit starts with the query's first term, and that term (a quoted
 * word, a prefix, or a Cyrillic stem, which always begins its word: stem.ts) occurs as written
 * in the lower-cased text, with ё as е and one apostrophe. Texts where lower case is not the
 * whole normalisation (combining marks, the few letters that fold further) and Latin stems
 * (Porter rewrites word endings) take the whole-text path.
 */
import type { QueryNode } from './query-ast.js';
import { tokenize, type Token } from './tokenize.js';

/** Below this many UTF-16 units the whole text is tokenized: as cheap as finding windows. */
const SHORT_TEXT = 20_000;
/** Characters kept on each side of a start: room for a long phrase and the widest context line. */
const REACH = 800;
const NEEDS_MORE_THAN_LOWER_CASE = /[\p{M}\u00b5\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1e9b\u1fbe]/u;
const PLAIN_TERM = /^[\p{Script=Cyrillic}a-z0-9']+$/u;
const CYRILLIC_STEM = /^[\p{Script=Cyrillic}0-9]+$/u;

/** The strings every hit of the query starts with, or null when hits can start elsewhere (AND, NOT, NEAR, Latin stems). */
export function hitStarts(node: QueryNode): string[] | null {
  switch (node.kind) {
    case 'phrase': {
      const first = node.terms[0];
      if (first === undefined || !PLAIN_TERM.test(first)) return null;
      if (node.column === 'stems' && !CYRILLIC_STEM.test(first)) return null;
      return [first];
    }
    case 'or': {
      const starts: string[] = [];
      for (const item of node.items) {
        const more = hitStarts(item);
        if (!more) return null;
        starts.push(...more);
      }
      return starts;
    }
    default:
      return null;
  }
}

/**
 * The tokens of the stretches of `text` around each occurrence of a start, positions in code
 * points of the whole text, in order; null when the whole text should be tokenized instead.
 */
export function tokensAround(text: string, starts: readonly string[]): Token[] | null {
  if (text.length < SHORT_TEXT) return null;
  const lower = text.toLowerCase();
  if (lower.length !== text.length || NEEDS_MORE_THAN_LOWER_CASE.test(text)) return null;
  const folded = lower.replace(/ё/g, 'е').replace(/[\u2019\u02bc]/g, "'");
  const windows: [number, number][] = [];
  for (const start of starts) {
    for (let at = folded.indexOf(start); at >= 0; at = folded.indexOf(start, at + 1)) {
      windows.push([Math.max(0, at - REACH), Math.min(text.length, at + start.length + REACH)]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  let covered = 0;
  for (const [from, to] of windows) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  for (const [from, to] of merged) covered += to - from;
  if (covered > text.length / 2) return null;
  const tokens: Token[] = [];
  let unit = 0;
  let codePoint = 0;
  for (const [rawFrom, rawTo] of merged) {
    // Widen to whitespace, so no word (or surrogate pair) is cut at a window's edge.
    let from = rawFrom;
    let to = rawTo;
    while (from > unit && !isSpace(text.charCodeAt(from - 1))) from--;
    while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
    codePoint += codePoints(text, unit, from);
    for (const t of tokenize(text.slice(from, to))) tokens.push({ start: t.start + codePoint, end: t.end + codePoint, norm: t.norm });
    codePoint += codePoints(text, from, to);
    unit = to;
  }
  return tokens;
}

function isSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x0a || unit === 0x0d || unit === 0x09 || unit === 0xa0;
}

function codePoints(text: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}
