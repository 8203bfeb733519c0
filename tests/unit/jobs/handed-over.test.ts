/**
 * A REFI-QDA package whose owner hands it over moves, with no copy, from the caller to the write
 * job's thread and on to the parser's; a package not handed over stays the caller's, whole.
 */
import { describe, expect, it } from 'vitest';
import { handOver } from '../../../main/jobs/handed-over.js';
import { readRefiParts } from '../../../main/jobs/refi-parse-ahead.js';
import { runWriteJob } from '../../../main/jobs/run-write-job.js';
import { bigPackage, useProjects } from './job-test-helpers.js';
import { useJobWorkers } from './worker-bundle.js';

useJobWorkers();
const project = useProjects();

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

  it("moves to the write job's thread, which imports it whole", async () => {
    for (const handed of [true, false]) {
      const { t } = project();
      const bytes = handed ? handOver(ownPackage()) : ownPackage();
      const size = bytes.byteLength;
      const report = await runWriteJob(t.session.context(), 'refi.import', { fileName: 'study.qdpx', bytes });
      expect(report.created).toMatchObject({ documents: 3, codes: 2, codings: 12 });
      expect(bytes.byteLength, handed ? 'handed over' : 'kept').toBe(handed ? 0 : size);
    }
  });
});
