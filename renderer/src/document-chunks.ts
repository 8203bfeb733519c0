/**
 * Cuts a document's runs into blocks of a few thousand characters, ending each block just
 * after a line break where there is one, so the browser can skip laying out the blocks far
 * from the viewport (content-visibility) while the text stays one selectable whole.
 */
import type { Run } from './document-runs.js';

export interface Chunk {
  start: number;
  end: number;
  runs: Run[];
}

/** Cut positions: after the first line break past each `size` characters, else at `2 × size`. */
export function chunkBounds(text: string, size: number): number[] {
  const cuts = [0];
  let at = 0;
  while (text.length - at > size) {
    const newline = text.indexOf('\n', at + size);
    const cut = newline >= 0 && newline < at + 2 * size ? newline + 1 : at + 2 * size;
    if (cut >= text.length) break;
    cuts.push(cut);
    at = cut;
  }
  cuts.push(text.length);
  return cuts;
}

/** The runs of each chunk, a run that crosses a cut split in two. */
export function chunkRuns(text: string, runs: Run[], size = 2000): Chunk[] {
  const bounds = chunkBounds(text, size);
  const chunks: Chunk[] = [];
  let r = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    const inside: Run[] = [];
    while (r < runs.length && runs[r]!.start < end) {
      const run = runs[r]!;
      inside.push({ ...run, start: Math.max(run.start, start), end: Math.min(run.end, end) });
      if (run.end > end) break;
      r++;
    }
    chunks.push({ start, end, runs: inside });
  }
  return chunks;
}
