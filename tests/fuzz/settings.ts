/**
 * How long each property runs, and how to replay a failure. Every run explores new inputs;
 * a failure prints fast-check's seed and path, and FUZZ_SEED=… FUZZ_PATH=… replays it.
 * FUZZ_MS sets the time per property (default 2.5 s).
 */
import fc from 'fast-check';

const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const path = process.env.FUZZ_PATH;
const propertyMs = Number(process.env.FUZZ_MS ?? 2_500);

/** Vitest's limit for one fuzz test: the property's time, plus shrinking and slow machines. */
export const FUZZ_TEST_TIMEOUT = propertyMs + 20_000;

const parameters = () => ({
  seed,
  path,
  // Time, not a count, bounds the run: as many inputs as fit.
  numRuns: Number.MAX_SAFE_INTEGER,
  plugins: [fc.interruptAfterTimeLimit(propertyMs)],
  endOnFailure: path !== undefined,
});

export function fuzz<T extends [unknown, ...unknown[]]>(property: fc.IProperty<T>): void {
  fc.assert(property, parameters());
}

export async function fuzzAsync<T extends [unknown, ...unknown[]]>(property: fc.IAsyncProperty<T>): Promise<void> {
  await fc.assert(property, parameters());
}
