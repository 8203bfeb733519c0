/**
 * Runs of chunks read from a document's stored bytes (search/chunk-runs.ts): each run's text,
 * word bounds and located tokens are the whole text's, with astral characters and CRLF line
 * breaks at the chunks' edges; one read serves every run of a document; a text out of step with
 * its chunks gives no run.
 */
import { describe, expect, it } from 'vitest';
import { DocumentChunks, locatedTokens, type ChunkEnds, type TextRun } from '../../../main/search/chunk-runs.js';
import { chunkText } from '../../../main/search/chunks.js';
import { scanWords, tokenize } from '../../../main/search/tokenize.js';

const words = (n: number, word: string) => Array.from({ length: n }, (_, i) => (i % 7 === 3 ? '𝐀𝐁😀' : word)).join(' ');
// Chunks end at the CRLFs: 250, 300, 220 and 40 words, astral letters and emoji throughout.
const text = [words(250, 'үй'), words(300, 'дом'), words(220, 'field'), `${words(40, 'жол')}.`].join('\r\n');
const tokens = tokenize(text);
const chunks = chunkText(text, scanWords(text));
const ends: ChunkEnds = chunks.map((c) => [c.word + c.words, c.end, c.byteEnd]);
const utf8 = Buffer.from(text, 'utf8');
const points = [...text];

/** The document's chunks over its bytes, counting reads; the arguments stand for what is stored. */
function documentChunks(layout: ChunkEnds = ends, bytes: Buffer = utf8) {
  const reads: Array<[number, number]> = [];
  const read = new DocumentChunks(layout, (start, end) => {
    reads.push([start, end]);
    return bytes.subarray(start, end);
  });
  return { read, reads };
}

/** A run's words as the whole text's tokens: positions in the document. */
const runWords = (run: TextRun) => Array.from({ length: run.spans.count }, (_, k) => [run.start + run.spans.start[k]!, run.start + run.spans.end[k]!]);

describe('document chunks', () => {
  it('are four, ending at the CRLFs', () => {
    expect(chunks.map((c) => c.words)).toEqual([250, 300, 220, 40]);
    expect(points.slice(chunks[1]!.start, chunks[1]!.start + 2).join('')).toBe('\r\n');
  });

  it('read every run of a document in one read, each run the whole text\'s words there', () => {
    const { read, reads } = documentChunks();
    read.fetch(0, 3);
    for (const [first, last] of [[0, 0], [1, 1], [1, 2], [2, 3], [3, 3], [0, 3]] as const) {
      const run = read.run(first, last)!;
      const a = chunks[first]!;
      const b = chunks[last]!;
      expect(run.text).toBe(points.slice(a.start, b.end).join(''));
      expect([run.start, run.end, run.word]).toEqual([a.start, b.end, a.word]);
      expect(runWords(run)).toEqual(tokens.slice(a.word, b.word + b.words).map((t) => [t.start, t.end]));
      expect(run.tokens.map((t) => t.norm)).toEqual(tokens.slice(a.word, b.word + b.words).map((t) => t.norm));
      expect([run.wordsBefore, run.wordsAfter]).toEqual([first > 0, last < 3]);
    }
    expect(reads).toEqual([[0, utf8.length]]);
  });

  it('read again only for a run outside what was read', () => {
    const { read, reads } = documentChunks();
    read.fetch(1, 2);
    read.run(1, 1);
    read.run(2, 2);
    expect(reads).toHaveLength(1);
    expect(read.run(3, 3)!.text).toBe(points.slice(chunks[3]!.start).join(''));
    expect(reads).toEqual([[chunks[1]!.byteStart, chunks[2]!.byteEnd], [chunks[3]!.byteStart, chunks[3]!.byteEnd]]);
  });

  it('give no run of a text out of step with its chunks', () => {
    // Stored text shorter than the chunks say.
    expect(documentChunks(ends, utf8.subarray(0, chunks[3]!.byteEnd - 1)).read.run(3, 3)).toBeNull();
    // A chunk ending a code point early, or a word late, where the bytes say otherwise.
    const pointShort: ChunkEnds = ends.map(([w, p, b], k) => (k === 1 ? [w, p - 1, b] : [w, p, b]));
    expect(documentChunks(pointShort).read.run(1, 1)).toBeNull();
    const wordLong: ChunkEnds = ends.map(([w, p, b], k) => (k === 1 ? [w + 1, p, b] : [w, p, b]));
    expect(documentChunks(wordLong).read.run(1, 1)).toBeNull();
  });

  it('find the chunk holding a word', () => {
    const { read } = documentChunks();
    expect([0, 249, 250, 549, 550, 769, 770, 809].map((w) => read.chunkAt(w))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(read.words).toBe(810);
  });
});

describe('located tokens', () => {
  const { read } = documentChunks();
  const runs = [read.run(0, 0)!, read.run(2, 3)!];

  it('are the whole text\'s tokens at the located words, with their word indexes', () => {
    const located = [0, 3, 249, 550, 551, 769, 770, 809];
    const found = locatedTokens(runs, located)!;
    expect(found.tokens).toEqual(located.map((w) => tokens[w]));
    expect(found.positions).toEqual(located);
  });

  it('are none when a located word lies outside the runs', () => {
    expect(locatedTokens(runs, [0, 250])).toBeNull();
    expect(locatedTokens(runs, [810])).toBeNull();
  });
});
