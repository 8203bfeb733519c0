/**
 * A project with many coded segments, written straight into the tables in one transaction
 * (the services would log every row for undo, which a benchmark's set-up does not need).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { newGuid } from '../../main/db/stamps.js';
import { quoteSortKey } from '../../main/search/quote-key.js';
import { Store } from '../../main/db/store.js';
import { seedDefaultCodebook } from '../../main/services/codebook.js';

const words = ['housing', 'internet', 'language', 'wages', 'mountains', 'паспорт', 'аренда', 'банк', 'visa', 'friends', 'smog', 'taxes'];

export function bulkProject(path: string, segmentCount: number, segmentsPerDocument = 100): Store {
  const store = Store.create(path, 'bulk');
  seedDefaultCodebook(store);
  const codeIds = (store.db.prepare('SELECT id FROM code ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  store.transaction(() => {
    store.db.prepare("INSERT INTO coder (guid, name) VALUES (?, 'Ada'), (?, 'Boris')").run(newGuid(), newGuid());
    store.db.prepare("INSERT INTO case_group (name, sort) VALUES ('Programmers', 1), ('Entrepreneurs', 2)").run();
    const insertCase = store.db.prepare("INSERT INTO case_ (guid, name, group_id, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z')");
    const insertDocument = store.db.prepare("INSERT INTO document (guid, case_id, name, text, origin, created_at) VALUES (?, ?, ?, ?, 'bench', '2026-01-01T00:00:00.000Z')");
    const insertSegment = store.db.prepare('INSERT INTO segment (guid, document_id, start, "end", quote, quote_key, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const insertCoding = store.db.prepare("INSERT INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00.000Z')");
    const documents = Math.ceil(segmentCount / segmentsPerDocument);
    let made = 0;
    for (let d = 0; d < documents; d++) {
      const caseId = Number(insertCase.run(newGuid(), `Case ${d + 1}`, (d % 2) + 1).lastInsertRowid);
      const sentences = Array.from({ length: segmentsPerDocument }, (_, i) => `${words[(d + i) % words.length]} sentence ${i} of document ${d}.`);
      const text = sentences.join(' ');
      const documentId = Number(insertDocument.run(newGuid(), caseId, `Document ${d + 1}`, text).lastInsertRowid);
      let at = 0;
      for (const sentence of sentences) {
        if (made++ >= segmentCount) break;
        const segmentId = Number(insertSegment.run(newGuid(), documentId, at, at + sentence.length, sentence, quoteSortKey(sentence), 1 + (made % 2), `2026-01-${String(1 + (made % 28)).padStart(2, '0')}T00:00:00.000Z`).lastInsertRowid);
        insertCoding.run(newGuid(), segmentId, codeIds[made % 3]!, 1 + (made % 2));
        insertCoding.run(newGuid(), segmentId, codeIds[3 + (made % 6)]!, 1 + (made % 2));
        at += sentence.length + 1;
      }
    }
  });
  return store;
}

/** A 200,000-segment project and a 2,000-segment baseline, for a benchmark file. */
export function useBenchProjects(): { readonly small: Store; readonly large: Store } {
  const dir = mkdtempSync(join(tmpdir(), 'casecoder-bench-'));
  const projects: { small?: Store; large?: Store } = {};
  beforeAll(() => {
    projects.small = bulkProject(join(dir, 'small.casecoder'), 2_000);
    projects.large = bulkProject(join(dir, 'large.casecoder'), 200_000);
  });
  afterAll(() => {
    projects.small?.close();
    projects.large?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get small() {
      return projects.small!;
    },
    get large() {
      return projects.large!;
    },
  };
}

/**
 * A project of `caseCount` cases named C0, C1… in `groupCount` groups G0, G1… (case i in group
 * i mod `groupCount`), as a sheet of attributes brings them; the last case in the list's order
 * has one document, «Last interview».
 */
export function manyCasesProject(path: string, caseCount: number, groupCount: number): void {
  const store = Store.create(path, 'many cases');
  seedDefaultCodebook(store);
  store.transaction(() => {
    const insertGroup = store.db.prepare('INSERT INTO case_group (name, sort) VALUES (?, ?)');
    const groupIds = Array.from({ length: groupCount }, (_, g) => Number(insertGroup.run(`G${g}`, g + 1).lastInsertRowid));
    const insertCase = store.db.prepare("INSERT INTO case_ (guid, name, group_id, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z')");
    let last = 0;
    for (let i = 0; i < caseCount; i++) {
      const id = Number(insertCase.run(newGuid(), `C${i}`, groupIds[i % groupCount]!).lastInsertRowid);
      if (i % groupCount === groupCount - 1) last = id;
    }
    store.db
      .prepare("INSERT INTO document (guid, case_id, name, text, origin, created_at) VALUES (?, ?, 'Last interview', 'The last case speaks.', 'bench', '2026-01-01T00:00:00.000Z')")
      .run(newGuid(), last);
  });
  store.close();
}
