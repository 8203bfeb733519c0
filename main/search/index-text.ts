/**
 * What the full-text index stores for one document: two parallel columns, the normalised words
 * and their stems, word i of the text at position i of both; once for the whole document and
 * once per chunk (chunks.ts: a chunk's words and the first OVERLAP of the next). FTS5's unicode61 tokenizer (with the options in docs/search.md)
 * reads each space-separated item back as exactly one term, so phrase and NEAR positions in
 * SQLite are the same as the token indexes here.
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
  const words: string[] = new Array(tokens.length);
  const stems: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    words[i] = norm;
    stems[i] = stemOf(norm);
  }
  const chunks = chunkText(text, tokens).map((chunk) => ({
    chunk,
    words: words.slice(chunk.word, chunk.word + chunk.words + OVERLAP).join(' '),
    stems: stems.slice(chunk.word, chunk.word + chunk.words + OVERLAP).join(' '),
  }));
  return { words: words.join(' '), stems: stems.join(' '), chunks };
}
