/**
 * Keyword-in-context lines: each hit with a few words or characters of its document around it,
 * on one line, with every hit inside that line marked. Positions are code points; the caller
 * adds the case · group label and the document name.
 */
import { OffsetMap } from '../../shared/offsets.js';
import type { Span } from './query-match.js';
import type { Token } from './tokenize.js';

/** How much text to show on each side of a hit: whole words, or up to so many characters. */
export type KwicContext = { readonly words: number } | { readonly characters: number };

export interface KwicLine {
  /** The hit this line is for, in code points into the document. */
  readonly hit: Span;
  /** Where the line's text lies in the document (code points). */
  readonly start: number;
  readonly end: number;
  /** The document's text from start to end, line breaks and tabs shown as spaces. */
  readonly text: string;
  /** Every hit within the line (this one and neighbours), relative to the line's start. */
  readonly highlights: Span[];
  /** Whether words of the document lie before / after the line (for an ellipsis). */
  readonly moreBefore: boolean;
  readonly moreAfter: boolean;
}

/**
 * `tokens` are tokenize(text); `hits` are spans in it, as compileMatcher returns them.
 * Characters mode shows the whole words within reach, never part of one.
 */
export function keywordInContext(text: string, tokens: readonly Token[], hits: readonly Span[], context: KwicContext): KwicLine[] {
  const map = new OffsetMap(text);
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const lines: KwicLine[] = [];
  let first = 0; // first hit that may still reach into a line (lines move forward with hits)
  for (const hit of sorted) {
    const [start, end] = 'words' in context ? byWords(tokens, hit, context.words) : byCharacters(map, tokens, hit, context.characters);
    while (first < sorted.length && sorted[first]!.end <= start) first++;
    const highlights: Span[] = [];
    for (let k = first; k < sorted.length && sorted[k]!.start < end; k++) {
      const h = sorted[k]!;
      if (h.end > start) highlights.push({ start: Math.max(h.start, start) - start, end: Math.min(h.end, end) - start });
    }
    lines.push({
      hit,
      start,
      end,
      text: text.slice(map.toUtf16(start), map.toUtf16(end)).replace(/[\n\r\t]/g, ' '),
      highlights,
      moreBefore: tokens.length > 0 && tokens[0]!.start < start,
      moreAfter: tokens.length > 0 && tokens[tokens.length - 1]!.end > end,
    });
  }
  return lines;
}

/** Index of the first token ending after `position`. */
function tokenAfter(tokens: readonly Token[], position: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function byWords(tokens: readonly Token[], hit: Span, words: number): [number, number] {
  const firstOfHit = tokenAfter(tokens, hit.start);
  const lastOfHit = tokenAfter(tokens, hit.end) - 1; // the last token ending by hit.end
  const before = tokens[Math.max(0, firstOfHit - words)];
  const after = tokens[Math.min(tokens.length - 1, Math.max(lastOfHit, firstOfHit) + words)];
  return [Math.min(hit.start, before?.start ?? hit.start), Math.max(hit.end, after?.end ?? hit.end)];
}

function byCharacters(map: OffsetMap, tokens: readonly Token[], hit: Span, characters: number): [number, number] {
  const from = Math.max(0, hit.start - characters);
  const to = Math.min(map.codePointLength, hit.end + characters);
  // The line starts at the first word that begins in reach, and ends with the last that ends in reach.
  const first = tokens[firstStartingAt(tokens, from)];
  const last = tokens[tokenAfter(tokens, to) - 1];
  return [Math.min(hit.start, first?.start ?? hit.start), Math.max(hit.end, last?.end ?? hit.end)];
}

/** Index of the first token starting at or after `position`. */
function firstStartingAt(tokens: readonly Token[], position: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
