/**
 * Case summaries in REFI-QDA: each travels as a Note referenced by its code and linked from its
 * case (conventions.ts), the package still validates, and an import makes them summaries again.
 */
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { insertCase } from '../../../main/db/repos/cases.js';
import { insertCode, insertFramework } from '../../../main/db/repos/codebook.js';
import { ensureCoder } from '../../../main/db/repos/coders.js';
import { insertMemoRow, linkMemo } from '../../../main/db/repos/memos.js';
import { SUMMARY_NOTE_PREFIX, upsertSummary } from '../../../main/db/repos/summaries.js';
import { Store } from '../../../main/db/store.js';
import { importRefi } from '../../../main/refi/import.js';
import { exportQdpx } from '../../../main/refi/write-package.js';
import { hasShared, validate } from './helpers.js';

function projectWithSummaries(): Store {
  const store = Store.memory();
  const ada = ensureCoder(store, 'Ada');
  const valence = insertFramework(store, 'Valence', false);
  const negative = insertCode(store, { frameworkId: valence.id, parentId: null, name: 'Negative', color: '#3d85c6', description: '' });
  const positive = insertCode(store, { frameworkId: valence.id, parentId: null, name: 'Positive', color: '#e07a5f', description: '' });
  const anna = insertCase(store, 'Anna', null);
  const boris = insertCase(store, 'Boris', null);
  upsertSummary(store, { caseId: anna, codeId: negative.id, text: 'Rent, & <slow> internet.\nTwice.', coderId: ada });
  upsertSummary(store, { caseId: anna, codeId: positive.id, text: 'Neighbours.', coderId: null });
  upsertSummary(store, { caseId: boris, codeId: negative.id, text: 'Visa runs.', coderId: ada });
  // A memo named like a summary but on a case only is a memo, and stays one.
  const memo = insertMemoRow(store, { guid: crypto.randomUUID(), name: `${SUMMARY_NOTE_PREFIX}draft`, text: 'Ask again', coderId: ada, createdAt: '2025-01-01T00:00:00.000Z' });
  linkMemo(store, memo, { kind: 'case', id: anna });
  return store;
}

/** Summaries by case name and code name, independent of row ids. */
function summaries(store: Store): unknown[] {
  return store
    .prepare(`SELECT c.name AS caseName, k.name AS codeName, s.text, u.name AS coder, s.updated_at
              FROM case_summary s JOIN case_ c ON c.id = s.case_id JOIN code k ON k.id = s.code_id LEFT JOIN coder u ON u.id = s.updated_by
              ORDER BY c.name, k.name`)
    .all();
}

describe('case summaries in REFI-QDA', () => {
  test('travel as Notes named for their cell, and come back as the same summaries', async () => {
    const original = projectWithSummaries();
    const bytes = await exportQdpx(original);
    const qde = Buffer.from(unzipSync(new Uint8Array(bytes))['project.qde']!).toString('utf8');
    expect(qde).toContain(`name="${SUMMARY_NOTE_PREFIX}Anna × Negative"`);

    const copy = { store: Store.memory(), coderName: 'Zed' };
    const report = await importRefi(copy, 'summaries.qdpx', bytes);
    expect(report.notCarried).toEqual([]);
    expect(summaries(copy.store)).toHaveLength(3);
    expect(summaries(copy.store)).toEqual(summaries(original));
    // Only the memo is a memo: the summaries' Notes did not also become memos.
    expect(copy.store.prepare('SELECT name, text FROM memo').all()).toEqual([{ name: `${SUMMARY_NOTE_PREFIX}draft`, text: 'Ask again' }]);
  });

  test.skipIf(!hasShared)('the package with summaries validates against Project-mrt2019.xsd', async () => {
    const files = unzipSync(new Uint8Array(await exportQdpx(projectWithSummaries())));
    expect(validate(files['project.qde']!, 'Project-mrt2019.xsd', 'summaries.qde')).toBe('');
  });
});
