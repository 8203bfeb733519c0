import { codePalette } from '../../shared/default-codebook.js';

/** The colour offered for a new code: the first of the palette no code uses yet, else the next one round. */
export function nextCodeColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  return codePalette.find((c) => !taken.has(c.toLowerCase())) ?? codePalette[used.length % codePalette.length]!;
}
