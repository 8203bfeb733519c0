/**
 * Keyword-in-context lines: each hit with a few words or characters of its document around it,
 * on one line, with every hit inside that line marked. Positions are code points; the caller
 * adds the case · group label and the document name.
 */
import { OffsetMap } from '../../shared/offsets.js';
import { PARAGRAPH_MARK } from '../../shared/search.js';
import type { Span } from './query-match.js';
import type { Token, WordSpans } from './tokenize.js';

/** How much text to show on each side of a hit: whole words, or up to so many characters. */
export type KwicContext = { readonly words: number } | { readonly characters: number };

export interface KwicLine {
  /** The hit this line is for, in code points into the document. */
  readonly hit: Span;
  /** Where the line's text lies in the document (code points). */
  readonly start: number;
  readonly end: number;
  /** The document's text from start to end, on one line (contextText). */
  readonly text: string;
  /** Every hit within the line (this one and neighbours), relative to the line's start. */
  readonly highlights: Span[];
  /** Whether words of the document lie before / after the line (for an ellipsis). */
  readonly moreBefore: boolean;
  readonly moreAfter: boolean;
}

/** Where the text's words lie: word k spans code points start[k] to end[k], k < count. */
interface Words {
  readonly count: number;
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
}

/**
 * `words` are the text's words: tokenize(text), or their bounds alone, scanWords(text) (a search
 * shows a few lines from chunks of thousands of words); `hits` are spans in it, as
 * compileMatcher returns them. Characters mode shows the whole words within reach, never part of one.
 */
export function keywordInContext(text: string, words: readonly Token[] | WordSpans, hits: readonly Span[], context: KwicContext): KwicLine[] {
  const bounds: Words = 'count' in words ? words : { count: words.length, start: words.map((t) => t.start), end: words.map((t) => t.end) };
  const map = new OffsetMap(text);
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const lines: KwicLine[] = [];
  let first = 0; // first hit that may still reach into a line (lines move forward with hits)
  for (const hit of sorted) {
    const [start, end] = 'words' in context ? byWords(bounds, hit, context.words) : byCharacters(map, bounds, hit, context.characters);
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
      text: contextText(text.slice(map.toUtf16(start), map.toUtf16(end))),
      highlights,
      moreBefore: bounds.count > 0 && bounds.start[0]! < start,
      moreAfter: bounds.count > 0 && bounds.end[bounds.count - 1]! > end,
    });
  }
  return lines;
}

/**
 * A piece of the text on one line, as long as it was: a run of line breaks shows as one ¶
 * (PARAGRAPH_MARK) and spaces, a tab as a space.
 */
function contextText(piece: string): string {
  return piece.replace(/\n(\n*)/g, (_, blank: string) => PARAGRAPH_MARK + ' '.repeat(blank.length)).replace(/[\r\t]/g, ' ');
}

/** Index of the first word ending after `position` (count when none does). */
function wordAfter(words: Words, position: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.end[mid]! <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function byWords(words: Words, hit: Span, n: number): [number, number] {
  const firstOfHit = wordAfter(words, hit.start);
  const lastOfHit = wordAfter(words, hit.end) - 1; // the last word ending by hit.end
  const before = Math.max(0, firstOfHit - n);
  const after = Math.min(words.count - 1, Math.max(lastOfHit, firstOfHit) + n);
  return [
    Math.min(hit.start, before < words.count ? words.start[before]! : hit.start),
    Math.max(hit.end, after >= 0 ? words.end[after]! : hit.end),
  ];
}

function byCharacters(map: OffsetMap, words: Words, hit: Span, characters: number): [number, number] {
  const from = Math.max(0, hit.start - characters);
  const to = Math.min(map.codePointLength, hit.end + characters);
  // The line starts at the first word that begins in reach, and ends with the last that ends in reach.
  const first = firstStartingAt(words, from);
  const last = wordAfter(words, to) - 1;
  return [
    Math.min(hit.start, first < words.count ? words.start[first]! : hit.start),
    Math.max(hit.end, last >= 0 ? words.end[last]! : hit.end),
  ];
}

/** Index of the first word starting at or after `position` (count when none does). */
function firstStartingAt(words: Words, position: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.start[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
