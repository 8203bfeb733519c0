/**
 * A .qdpx is written as it is made: each source text is read from the project when its part is
 * written, one document at a time, so the export never holds the corpus (the reference corpus'
 * export peaked near 1 GB when it did).
 */
import { unzipSync } from 'fflate';
import { describe, expect, test, vi } from 'vitest';
import * as exchange from '../../../main/db/repos/exchange.js';
import { ZipWriter } from '../../../main/export/zip-writer.js';
import { exportQdpx } from '../../../main/refi/write-package.js';
import { richProject } from './rich-project.js';

vi.mock('../../../main/db/repos/exchange.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../main/db/repos/exchange.js')>();
  return { ...original, documentText: vi.fn(original.documentText) };
});

describe('the .qdpx export streams', () => {
  test('each text is read when its part is written, once, in document order', async () => {
    const store = richProject();
    const read = vi.mocked(exchange.documentText);
    read.mockClear();
    const write = vi.spyOn(ZipWriter.prototype, 'file');
    try {
      const files = unzipSync(new Uint8Array(await exportQdpx(store)));
      // Both spies' calls in the order they happened.
      const events = [
        ...read.mock.calls.map(([, id], i) => ({ at: read.mock.invocationCallOrder[i]!, event: `read ${id}` })),
        ...write.mock.calls.map(([name], i) => ({ at: write.mock.invocationCallOrder[i]!, event: `write ${name}` })),
      ].sort((a, b) => a.at - b.at).map((e) => e.event);
      const docs = store.prepare('SELECT id, guid FROM document ORDER BY id').all() as { id: number; guid: string }[];
      expect(docs.length).toBe(3);
      expect(events).toEqual(docs.flatMap((d) => [`read ${d.id}`, `write sources/${d.guid}.txt`]));
      expect(Object.keys(files)).toContain('project.qde');
    } finally {
      write.mockRestore();
    }
  });
});
