/**
 * Runs of a document's chunks as a search reads them (docs/search.md, "How a search runs").
 *
 * SQLite loads a document's whole text for every read of part of it (~50 µs for the reference
 * corpus's 85 KB texts), so a document's runs are fetched in one read: the bytes from the chunk
 * before its first run to the chunk after its last (context for hits near a run's edges). Each run
 * is then decoded alone and its words' bounds found (scanWords) without a Token per word: the
 * matcher needs the normalised form of only the words the index locates (locatedTokens), the
 * context lines only the bounds of the words around the hits shown.
 */
import { scanWords, tokenAt, tokenize, type Token, type WordSpans } from './tokenize.js';

/**
 * Where each of a document's chunks ends, in text order: a word index (its first word + its word
 * count), a code point and a byte of the stored text's UTF-8. Each chunk begins where the one
 * before it ends, the first at 0 (chunks.ts).
 */
export type ChunkEnds = readonly (readonly [word: number, point: number, byte: number])[];

/** Bytes [start, end) of the document's stored text (UTF-8), fewer where the text ends sooner. */
export type ReadBytes = (start: number, end: number) => Buffer;

/** A stretch of a document that was read: whole chunks, or the whole text. */
export interface TextRun {
  /** Code points into the document, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** scanWords(text): where its words lie, relative to `start`. */
  readonly spans: WordSpans;
  /** tokenize(text), made on first use: a search over chunks matches locatedTokens instead. */
  readonly tokens: readonly Token[];
  /** The document word index of its first word. */
  readonly word: number;
  /** Whether the document has words before / after the run (for a context line's ellipsis). */
  readonly wordsBefore: boolean;
  readonly wordsAfter: boolean;
  /** The document's chunks and the run's first and last (indexes); undefined for the whole text. */
  readonly source?: { readonly chunks: DocumentChunks; readonly first: number; readonly last: number };
}

/** A document's chunks, read for one search: nothing is kept past it, so nothing goes stale. */
export class DocumentChunks {
  /** The stretch of the text's bytes read, from byte `from`. */
  private fetched: { from: number; bytes: Buffer } | undefined;

  /** `ends` holds at least one chunk. */
  constructor(private readonly ends: ChunkEnds, private readonly read: ReadBytes) {}

  get count(): number {
    return this.ends.length;
  }

  /** Words in the document. */
  get words(): number {
    return this.ends[this.ends.length - 1]![0];
  }

  /** The index of the chunk holding word `word`: the first whose end lies past it. */
  chunkAt(word: number): number {
    let low = 0;
    let high = this.ends.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.ends[middle]![0] > word) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /**
   * Reads the bytes of chunks `first`..`last` at once (each read loads the whole text: one read
   * costs less than several, however far apart the runs in it): runs within them cost no further read.
   */
  fetch(first: number, last: number): { from: number; bytes: Buffer } {
    const from = this.begin(first)[2];
    this.fetched = { from, bytes: this.read(from, this.ends[last]![2]) };
    return this.fetched;
  }

  /**
   * Chunks `first`..`last` as one run; null when the text does not hold them where the layout
   * says (never expected): too short, or not the layout's words and code points.
   */
  run(first: number, last: number): TextRun | null {
    const [word, start, from] = this.begin(first);
    const [endWord, end, to] = this.ends[last]!;
    let fetched = this.fetched;
    if (!fetched || from < fetched.from || to > fetched.from + fetched.bytes.length) fetched = this.fetch(first, last);
    if (to > fetched.from + fetched.bytes.length || from > to) return null;
    const text = fetched.bytes.toString('utf8', from - fetched.from, to - fetched.from);
    const spans = scanWords(text);
    if (spans.count !== endWord - word || spans.points !== end - start) return null;
    return textRun({ start, end, text, spans, word, wordsBefore: word > 0, wordsAfter: endWord < this.words, source: { chunks: this, first, last } });
  }

  /** Where chunk k begins: where the one before it ends. */
  private begin(k: number): readonly [number, number, number] {
    return k === 0 ? [0, 0, 0] : this.ends[k - 1]!;
  }
}

/** A document's whole text as one run. */
export function wholeTextRun(text: string): TextRun {
  const spans = scanWords(text);
  return textRun({ start: 0, end: spans.points, text, spans, word: 0, wordsBefore: false, wordsAfter: false });
}

function textRun(fields: Omit<TextRun, 'tokens'>): TextRun {
  let tokens: Token[] | undefined;
  return {
    ...fields,
    get tokens() {
      return (tokens ??= tokenize(fields.text));
    },
  };
}

/**
 * The runs' (sorted, apart) tokens at document word indexes `words` (sorted, distinct), in
 * document positions, with those indexes as positions for the matcher (query-match.ts): the
 * words where the index locates a query's phrases are every word a hit can hold. Null when a
 * word lies outside the runs (never expected).
 */
export function locatedTokens(runs: readonly TextRun[], words: readonly number[]): { tokens: Token[]; positions: readonly number[] } | null {
  const tokens: Token[] = [];
  let r = 0;
  for (const word of words) {
    while (r < runs.length && runs[r]!.word + runs[r]!.spans.count <= word) r++;
    const run = runs[r];
    if (!run || word < run.word) return null;
    const token = tokenAt(run.text, run.spans, word - run.word);
    tokens.push({ start: token.start + run.start, end: token.end + run.start, norm: token.norm });
  }
  return { tokens, positions: words };
}
