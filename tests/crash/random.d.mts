// Types for random.mjs, shared by the plain-Node crash worker and the TypeScript harness.
export interface Random {
  next(): number;
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T | undefined;
}

export function createRandom(seed: number): Random;
