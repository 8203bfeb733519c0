/**
 * A REFI-QDA package whose owner hands it over (the write job's thread, which read it from its
 * file) moves, with no copy, to the parser's thread; a package not handed over stays the caller's, whole.
 */
import { describe, expect, it } from 'vitest';
import { handOver } from '../../../main/jobs/handed-over.js';
import { readRefiParts } from '../../../main/jobs/refi-parse-ahead.js';
import { bigPackage } from './job-test-helpers.js';
import { useJobWorkers } from './worker-bundle.js';

useJobWorkers();

/** The package in memory of its own, as a file read or a request decoded is. */
const ownPackage = () => new Uint8Array(bigPackage(3));

describe('a package handed over', () => {
  it('moves to the parser thread; one not handed over is copied and stays whole', async () => {
    const given = handOver(ownPackage());
    const kept = ownPackage();
    const size = kept.byteLength;
    for (const bytes of [given, kept]) {
      const parts = await readRefiParts('study.qdpx', bytes);
      try {
        expect(parts.head().codes.map((code) => code.name)).toEqual(['Housing', 'Transport']);
      } finally {
        parts.close();
      }
    }
    expect(given.byteLength).toBe(0);
    expect(kept.byteLength).toBe(size);
  });
});
