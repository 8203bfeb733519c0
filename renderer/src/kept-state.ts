/**
 * useState whose value outlives its component for the rest of the session: a view left and
 * come back to shows what it showed (the Tables view went back to its first table each time).
 * Keys carry the project's path, since the values name its frameworks and groups by id.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

const kept = new Map<string, unknown>();

export function useKeptState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => (kept.has(key) ? (kept.get(key) as T) : initial));
  useEffect(() => {
    kept.set(key, value);
  }, [key, value]);
  return [value, setValue];
}

/** A value kept without a state of its own, read when a view is shown again (a scroll position). */
export function keptValue<T>(key: string): T | undefined {
  return kept.get(key) as T | undefined;
}

export function keepValue(key: string, value: unknown): void {
  kept.set(key, value);
}
