/**
 * A .qdpx export reads one state of the project: a code made and applied by another connection
 * while the export reads (for many seconds on a large project) is in neither the codebook nor
 * the codings, so the package never refers to a code it does not define.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as exchange from '../../../main/db/repos/exchange.js';
import { JobReader } from '../../../main/db/repos/analysis.js';
import { insertCode, insertFramework } from '../../../main/db/repos/codebook.js';
import { insertCase } from '../../../main/db/repos/cases.js';
import { ensureCoder } from '../../../main/db/repos/coders.js';
import { insertDocument } from '../../../main/db/repos/documents.js';
import { insertCoding, insertSegment } from '../../../main/db/repos/segments.js';
import { Store } from '../../../main/db/store.js';
import { exportQdpx } from '../../../main/refi/write-package.js';

vi.mock('../../../main/db/repos/exchange.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../main/db/repos/exchange.js')>();
  return { ...original, documentText: vi.fn(original.documentText) };
});

let folder: string | null = null;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = null;
});

describe('the .qdpx export', () => {
  test('reads one state of the project while another connection codes', async () => {
    folder = mkdtempSync(join(tmpdir(), 'casecoder-export-snapshot-'));
    const store = Store.create(join(folder, 'p.casecoder'), 'p');
    const ada = ensureCoder(store, 'Ada');
    const framework = insertFramework(store, 'Valence', false);
    const caseId = insertCase(store, 'Anna', null);
    const documentId = insertDocument(store, caseId, 'Interview', 'Жильё дорогое, работа есть.', 'paste');
    // Made while the export reads its first text, committed at once by the project's own connection.
    vi.mocked(exchange.documentText).mockImplementationOnce((reader, id) => {
      store.transaction(() => {
        const late = insertCode(store, { frameworkId: framework.id, parentId: null, name: 'Made meanwhile', color: '#000000', description: '' });
        const segment = insertSegment(store, { documentId, start: 0, end: 5, quote: 'Жильё', coderId: ada });
        insertCoding(store, segment, late.id, ada);
      });
      return vi.mocked(exchange.documentText).getMockImplementation()?.(reader, id) ?? exchange.documentText(reader, id);
    });
    const reader = new JobReader(store.path);
    try {
      const qde = strFromU8(unzipSync(new Uint8Array(await exportQdpx(reader)))['project.qde']!);
      expect(qde).not.toContain('Made meanwhile');
      expect(qde).not.toContain('<Coding ');
    } finally {
      reader.close();
      store.close();
    }
  });
});
