/**
 * What the full-text index stores for one document: two parallel columns, the normalised words
 * and their stems, word i of the text at position i of both; once for the whole document and
 * once per chunk (chunks.ts: a chunk's words and the first OVERLAP of the next). FTS5's unicode61 tokenizer (with the options in docs/search.md)
 * reads each space-separated item back as exactly one term, so phrase and NEAR positions in
 * SQLite are the same as the token indexes here.
 *
 * This runs for every document on import, so its cost is part of the index's share of import
 * time: the columns are joined once, and each chunk's strings are slices of them (no second
 * join of every word).
 */
import { chunkText, OVERLAP, type Chunk } from './chunks.js';
import { stemOf } from './stem.js';
import { tokenize } from './tokenize.js';

export interface IndexText {
  readonly words: string;
  readonly stems: string;
}

export interface DocumentIndex extends IndexText {
  readonly chunks: ReadonlyArray<{ readonly chunk: Chunk } & IndexText>;
}

export function documentIndex(text: string): DocumentIndex {
  const tokens = tokenize(text);
  const n = tokens.length;
  const words: string[] = new Array(n);
  const stems: string[] = new Array(n);
  // Where word i begins in the joined columns; one past the end for i = n.
  const wordAt = new Uint32Array(n + 1);
  const stemAt = new Uint32Array(n + 1);
  let w = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const norm = tokens[i]!.norm;
    const stem = stemOf(norm);
    words[i] = norm;
    stems[i] = stem;
    wordAt[i] = w;
    stemAt[i] = s;
    w += norm.length + 1;
    s += stem.length + 1;
  }
  wordAt[n] = w;
  stemAt[n] = s;
  const joinedWords = words.join(' ');
  const joinedStems = stems.join(' ');
  const chunks = chunkText(text, tokens).map((chunk) => {
    const from = chunk.word;
    const to = Math.min(n, chunk.word + chunk.words + OVERLAP);
    return {
      chunk,
      words: from < to ? joinedWords.slice(wordAt[from], wordAt[to]! - 1) : '',
      stems: from < to ? joinedStems.slice(stemAt[from], stemAt[to]! - 1) : '',
    };
  });
  return { words: joinedWords, stems: joinedStems, chunks };
}
