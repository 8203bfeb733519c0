/**
 * A write job's thread loads only what its job needs: the REFI-QDA and merge code (some 200 ms
 * to load) is imported by those jobs when they run, so a thread importing documents starts
 * without it. Checked on the bundled worker entries (as the app ships them): what the
 * write-job thread loads at start is its entry and the chunks it imports statically.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useJobWorkers } from './worker-bundle.js';

const workerFolder = useJobWorkers();

/** The texts of a bundled entry and of every chunk it imports statically, transitively. */
function loadedAtStart(entry: string): string[] {
  const seen = new Map<string, string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const text = readFileSync(join(workerFolder(), name), 'utf8');
    seen.set(name, text);
    // `import … from "./chunk.js"` and `import "./chunk.js"`; `import("./chunk.js")` is loaded when it runs.
    for (const [, chunk] of text.matchAll(/^import\s+(?:[^;]*?\sfrom\s*)?["']\.\/([^"']+)["']/gms)) visit(chunk!);
  };
  visit(entry);
  return [...seen.values()];
}

describe('write-job thread start-up', () => {
  it('loads the documents import, but not the REFI-QDA or merge code', () => {
    const code = loadedAtStart('write-job-worker.js').join('\n');
    expect(code).toMatch(/function writeDocuments\b/);
    expect(code).not.toMatch(/function parseRefi\b/);
    expect(code).not.toMatch(/function applyMergeFrom\b/);
  });
});
