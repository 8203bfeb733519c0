/**
 * What the full-text index stores for one document: two parallel columns, the normalised words
 * and their stems, word i of the text at position i of both. FTS5's unicode61 tokenizer (with
 * the options in docs/search.md) reads each space-separated item back as exactly one term, so
 * phrase and NEAR positions in SQLite are the same as the token indexes here.
 */
import { stemOf } from './stem.js';
import type { Token } from './tokenize.js';

export interface IndexText {
  readonly words: string;
  readonly stems: string;
}

export function indexText(tokens: readonly Token[]): IndexText {
  const words: string[] = new Array(tokens.length);
  const stems: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    words[i] = norm;
    stems[i] = stemOf(norm);
  }
  return { words: words.join(' '), stems: stems.join(' ') };
}
