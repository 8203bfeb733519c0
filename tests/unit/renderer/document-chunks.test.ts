import { describe, expect, it } from 'vitest';
import { chunkBounds, chunkRuns } from '../../../renderer/src/document-chunks.js';
import { documentRuns } from '../../../renderer/src/document-runs.js';

describe('chunkBounds', () => {
  it('keeps a short text whole', () => {
    expect(chunkBounds('short', 10)).toEqual([0, 5]);
  });

  it('cuts just after the first line break past the size', () => {
    const text = `${'a'.repeat(12)}\n${'b'.repeat(12)}\n${'c'.repeat(3)}`;
    expect(chunkBounds(text, 10)).toEqual([0, 13, 26, 29]);
  });

  it('cuts a text without line breaks at twice the size', () => {
    expect(chunkBounds('x'.repeat(45), 10)).toEqual([0, 20, 40, 45]);
  });
});

describe('chunkRuns', () => {
  it('covers the text exactly once and splits a run that crosses a cut', () => {
    const text = `${'a'.repeat(12)}\n${'b'.repeat(12)}\n${'c'.repeat(3)}`;
    const runs = documentRuns(text.length, [{ id: 7, start: 10, end: 20 }]);
    const chunks = chunkRuns(text, runs, 10);
    expect(chunks.map((c) => [c.start, c.end])).toEqual([[0, 13], [13, 26], [26, 29]]);
    const pieces = chunks.flatMap((c) => c.runs);
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    expect(pieces.filter((p) => p.segmentIds.includes(7)).map((p) => [p.start, p.end])).toEqual([[10, 13], [13, 20]]);
    for (const chunk of chunks) for (const run of chunk.runs) expect(run.start >= chunk.start && run.end <= chunk.end).toBe(true);
  });
});
