/**
 * The codes applied most recently in each project, newest first, for the coding menu. Kept for
 * the session only: what was used a minute ago is the point, not a history.
 */
import { useSyncExternalStore } from 'react';

const MAX = 5;
const NONE: readonly number[] = [];
const byProject = new Map<string, readonly number[]>();
const listeners = new Set<() => void>();

export function noteRecentCode(projectPath: string, codeId: number): void {
  const before = byProject.get(projectPath) ?? NONE;
  byProject.set(projectPath, [codeId, ...before.filter((id) => id !== codeId)].slice(0, MAX));
  for (const listener of listeners) listener();
}

export function useRecentCodes(projectPath: string): readonly number[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => byProject.get(projectPath) ?? NONE,
  );
}
