/**
 * Index columns computed ahead in a thread (an import's documents): each text's columns come
 * back in the order given and equal to computing them in place, from a real thread bundled from
 * the sources, and in place when no thread can be had.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IN_FLIGHT, IndexColumnsAhead } from '../../../main/jobs/index-columns-ahead.js';
import { useWorkerFolder } from '../../../main/jobs/worker-scripts.js';
import { documentColumns } from '../../../main/search/index-text.js';
import { useJobWorkers } from './worker-bundle.js';

const workerFolder = useJobWorkers();

// Texts that differ in length, script and line breaks, so a text's columns cannot pass for another's.
const texts = Array.from({ length: 11 }, (_, i) =>
  `Документ ${i}: Алматы, жұмыс ${'слово '.repeat(i * 37)}\n${'migrant work '.repeat(300 - i * 13)}ақша ${i}`,
);

const chars = (list: string[]) => list.reduce((sum, t) => sum + t.length, 0);
/** A thread for any length: minSize 0. */
const startAhead = (list: string[]) => new IndexColumnsAhead(list.length, (i) => list[i]!, chars(list), 0);

describe('IndexColumnsAhead', () => {
  it('gives every text’s columns in order, as computing them in place does', () => {
    const ahead = startAhead(texts);
    try {
      for (const text of texts) expect(ahead.next()).toEqual(documentColumns(text));
    } finally {
      ahead.close();
    }
  });

  it('computes in place when the worker entry is not there', () => {
    const empty = mkdtempSync(join(tmpdir(), 'casecoder-no-workers-'));
    useWorkerFolder(empty);
    try {
      const ahead = startAhead(texts);
      expect(texts.map(() => ahead.next())).toEqual(texts.map(documentColumns));
      ahead.close();
    } finally {
      useWorkerFolder(workerFolder());
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('asks for each text once, in order, and only a few ahead of the columns taken', () => {
    const asked: number[] = [];
    const ahead = new IndexColumnsAhead(texts.length, (i) => (asked.push(i), texts[i]!), chars(texts), 0);
    try {
      for (let taken = 1; taken <= texts.length; taken++) {
        ahead.next();
        expect(asked.length).toBeLessThanOrEqual(taken + IN_FLIGHT);
      }
      expect(asked).toEqual(texts.map((_, i) => i));
    } finally {
      ahead.close();
    }
  });

  it('refuses to give more columns than it has texts', () => {
    const ahead = startAhead(texts.slice(0, 1));
    ahead.next();
    expect(() => ahead.next()).toThrow();
    ahead.close();
  });
});
