/**
 * What the full-text index stores for one document: two parallel columns, the normalised words
 * and their stems, word i of the text at position i of both, and the document's chunks
 * (chunks.ts). FTS5's tokenizer (ascii with the apostrophe as a word character, since migration
 * 8: docs/search.md) reads each space-separated item back as exactly one term, unchanged, so
 * phrase and NEAR positions in SQLite, and the word offsets search reads back (fts5vocab), are
 * the same as the token indexes here.
 *
 * This runs for every document on import, so its cost is part of the index's share of import
 * time: the words are found without a Token object each, each word's normalised form and stem
 * come from one lookup of its written form, and the columns are built as the UTF-8 bytes SQLite
 * takes (utf8-column.ts), not as strings joined and then converted on binding.
 */
import { chunkText, type Chunk } from './chunks.js';
import { scanWords } from './tokenize.js';
import { formAt, normBytesOf, stemBytesOf } from './word-forms.js';
import { Utf8Column } from './utf8-column.js';

export interface IndexText {
  readonly words: string;
  readonly stems: string;
}

export interface DocumentColumns {
  /** Space-separated, in UTF-8 (utf8-column.ts). */
  readonly words: Uint8Array;
  readonly stems: Uint8Array;
  readonly chunks: readonly Chunk[];
}

/** The document's index row and its chunks, as written since migration 007. */
export function documentColumns(text: string): DocumentColumns {
  const spans = scanWords(text);
  const words = new Utf8Column(text.length);
  const stems = new Utf8Column(text.length);
  for (let k = 0; k < spans.count; k++) {
    const form = formAt(text, spans.unitStart[k]!, spans.unitEnd[k]!);
    words.add(normBytesOf(form));
    stems.add(stemBytesOf(form));
  }
  return { words: words.bytes(), stems: stems.bytes(), chunks: chunkText(text, spans) };
}

/**
 * Version 4's chunk index rows held a chunk's words and the first OVERLAP words of the next, so
 * a phrase of up to OVERLAP + 1 words was found in the chunk it starts in.
 */
export const OVERLAP = 20;

export interface DocumentIndex extends IndexText {
  readonly chunks: ReadonlyArray<{ readonly chunk: Chunk } & IndexText>;
}

/**
 * The rows of the version-4 index, chunk index included, for migration 004, which builds that
 * index when it brings an older project up (migration 007 then drops the chunk index).
 */
export function documentIndex(text: string): DocumentIndex {
  const columns = documentColumns(text);
  const words = Utf8Column.text(columns.words);
  const stems = Utf8Column.text(columns.stems);
  const wordList = words.split(' ');
  const stemList = stems.split(' ');
  return {
    words,
    stems,
    chunks: columns.chunks.map((chunk) => {
      const to = chunk.word + chunk.words + OVERLAP;
      return chunk.words === 0
        ? { chunk, words: '', stems: '' }
        : { chunk, words: wordList.slice(chunk.word, to).join(' '), stems: stemList.slice(chunk.word, to).join(' ') };
    }),
  };
}
