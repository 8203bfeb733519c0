/**
 * Export: the .qde and .qdc validate against the official schemas (xmllint), and a project
 * exported then imported into an empty project comes back the same.
 */
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { Store } from '../../../main/db/store.js';
import { insertAttribute, setAttributeValue } from '../../../main/db/repos/attributes.js';
import { insertCase } from '../../../main/db/repos/cases.js';
import { insertCode, insertFramework } from '../../../main/db/repos/codebook.js';
import { ensureCoder } from '../../../main/db/repos/coders.js';
import { insertDocument } from '../../../main/db/repos/documents.js';
import { insertGroup } from '../../../main/db/repos/groups.js';
import { insertCoding, insertSegment } from '../../../main/db/repos/segments.js';
import { exportQdc, exportQdpx } from '../../../main/refi/write-package.js';
import { importRefi } from '../../../main/refi/import.js';
import { hasShared, sample, skipReason, validate } from './helpers.js';

/** A small project using every concept export carries. */
function richProject(): Store {
  const store = Store.memory();
  store.prepare("INSERT INTO project_meta (key, value) VALUES ('name', 'Städte & <Fälle>'), ('created_at', '2025-01-02T03:04:05.000Z')").run();
  const ada = ensureCoder(store, 'Ada');
  const bob = ensureCoder(store, 'Bob');
  const valence = insertFramework(store, 'Valence', true);
  const steepl = insertFramework(store, 'STEEPL', false);
  insertFramework(store, 'Empty framework', false);
  const positive = insertCode(store, { frameworkId: valence.id, parentId: null, name: 'Positive', color: '#e07a5f', description: 'Good "news"' });
  insertCode(store, { frameworkId: valence.id, parentId: null, name: 'Negative', color: '#3d85c6', description: '' });
  const social = insertCode(store, { frameworkId: steepl.id, parentId: null, name: 'Social', color: '#81b29a', description: '' });
  const family = insertCode(store, { frameworkId: steepl.id, parentId: social.id, name: 'Family & friends', color: '#f2cc8f', description: 'Line 1\nLine 2' });
  const north = insertGroup(store, 'North');
  insertGroup(store, 'South');
  const c1 = insertCase(store, 'Anna', north.id);
  const c2 = insertCase(store, 'Bálint', null);
  store.prepare("UPDATE case_ SET description = 'Interviewed twice' WHERE id = ?").run(c1);
  const age = insertAttribute(store, 'Age', 'number', []);
  const height = insertAttribute(store, 'Height', 'number', []);
  const born = insertAttribute(store, 'Born', 'date', []);
  const consent = insertAttribute(store, 'Consent', 'boolean', []);
  const sector = insertAttribute(store, 'Sector', 'choice', ['Public', 'Private']);
  const notes = insertAttribute(store, 'Notes', 'text', []);
  setAttributeValue(store, c1, age.id, '42');
  setAttributeValue(store, c1, height.id, '1.75');
  setAttributeValue(store, c1, born.id, '1983-04-05');
  setAttributeValue(store, c1, consent.id, 'true');
  setAttributeValue(store, c1, sector.id, 'Private');
  setAttributeValue(store, c2, notes.id, 'Tabs\tand <tags> & "quotes"');
  setAttributeValue(store, c2, consent.id, 'false');
  const text1 = 'Hello 👋 world.\nÜber café — naïve 😀 résumé.\nLast line';
  const d1 = insertDocument(store, c1, 'Interview 1', text1, 'paste');
  const d2 = insertDocument(store, c2, 'Interview 2', 'Second text\n\nwith blank line', 'paste');
  insertDocument(store, c2, 'Empty notes', '', 'paste');
  store.prepare("UPDATE document SET description = 'First visit' WHERE id = ?").run(d1);
  const cp = [...text1];
  const seg = (doc: number, start: number, end: number, coder: number, codes: number[], text: string[]) => {
    const id = insertSegment(store, { documentId: doc, start, end, quote: text.slice(start, end).join(''), coderId: coder });
    for (const code of codes) insertCoding(store, id, code, coder);
    return id;
  };
  const s1 = seg(d1, 6, 13, ada, [positive.id, family.id], cp); // '👋 world'
  seg(d1, 16, 27, bob, [social.id], cp);
  insertCoding(store, s1, positive.id, bob);
  seg(d2, 0, 6, bob, [family.id], [...'Second text\n\nwith blank line']);
  const memo = (name: string, text: string, kind: string, target: number | null) => {
    const id = Number(store.prepare("INSERT INTO memo (guid, name, text, created_by, created_at) VALUES (?, ?, ?, ?, '2025-02-03T04:05:06.000Z')")
      .run(crypto.randomUUID(), name, text, ada).lastInsertRowid);
    store.prepare('INSERT INTO memo_link (memo_id, target_kind, target_id) VALUES (?, ?, ?)').run(id, kind, target);
    return id;
  };
  const coding = (store.prepare('SELECT id FROM coding ORDER BY id LIMIT 1').get() as { id: number }).id;
  memo('Project log', 'Started.\nThen went on.', 'project', null);
  memo('About Positive', 'Use sparingly', 'code', positive.id);
  memo('About Anna', 'Talkative', 'case', c1);
  memo('About doc', 'Noisy audio', 'document', d1);
  memo('', 'Why wave?', 'segment', s1);
  const codingMemo = memo('Coding note', 'Unsure', 'coding', coding);
  const set = Number(store.prepare("INSERT INTO code_set (guid, name, description) VALUES (?, 'Core', 'Main themes')").run(crypto.randomUUID()).lastInsertRowid);
  store.prepare("INSERT INTO set_member (set_id, member_kind, member_id) VALUES (?, 'code', ?), (?, 'document', ?), (?, 'memo', ?)")
    .run(set, positive.id, set, d2, set, codingMemo);
  return store;
}

/** The project described by names and values, independent of row ids. */
function snapshot(store: Store): unknown {
  const all = (sql: string) => store.prepare(sql).all();
  const codePath = `WITH RECURSIVE p(id, path) AS (
      SELECT c.id, f.name || '/' || c.name FROM code c JOIN framework f ON f.id = c.framework_id WHERE c.parent_id IS NULL
      UNION ALL SELECT c.id, p.path || '/' || c.name FROM code c JOIN p ON c.parent_id = p.id)`;
  return {
    coders: all('SELECT guid, name FROM coder ORDER BY name'),
    frameworks: all('SELECT guid, name, exclusive FROM framework ORDER BY name'),
    codes: all(`${codePath} SELECT c.guid, p.path, c.color, c.description FROM code c JOIN p ON p.id = c.id ORDER BY p.path`),
    groups: all('SELECT name FROM case_group ORDER BY name'),
    attributes: all('SELECT guid, name, type, choices FROM attribute ORDER BY name'),
    cases: all(`SELECT c.guid, c.name, g.name AS grp, c.description FROM case_ c LEFT JOIN case_group g ON g.id = c.group_id ORDER BY c.name`),
    values: all(`SELECT c.name AS c, a.name AS a, v.value FROM case_attribute v JOIN case_ c ON c.id = v.case_id
                 JOIN attribute a ON a.id = v.attribute_id ORDER BY c.name, a.name`),
    documents: all(`SELECT d.guid, c.name AS c, d.name, d.text, d.description FROM document d JOIN case_ c ON c.id = d.case_id ORDER BY d.name`),
    segments: all(`SELECT s.guid, d.name AS d, s.start, s."end", s.quote, k.name AS coder, s.created_at
                   FROM segment s JOIN document d ON d.id = s.document_id JOIN coder k ON k.id = s.created_by ORDER BY s.guid`),
    codings: all(`${codePath} SELECT x.guid, s.guid AS seg, p.path, k.name AS coder, x.created_at FROM coding x JOIN segment s ON s.id = x.segment_id
                  JOIN p ON p.id = x.code_id JOIN coder k ON k.id = x.coder_id ORDER BY x.guid`),
    memos: all(`SELECT m.guid, m.name, m.text, k.name AS coder, m.created_at, l.target_kind,
                  CASE l.target_kind WHEN 'code' THEN (SELECT guid FROM code WHERE id = l.target_id)
                    WHEN 'case' THEN (SELECT guid FROM case_ WHERE id = l.target_id)
                    WHEN 'document' THEN (SELECT guid FROM document WHERE id = l.target_id)
                    WHEN 'segment' THEN (SELECT guid FROM segment WHERE id = l.target_id)
                    WHEN 'coding' THEN (SELECT guid FROM coding WHERE id = l.target_id) END AS target
                FROM memo m LEFT JOIN coder k ON k.id = m.created_by LEFT JOIN memo_link l ON l.memo_id = m.id ORDER BY m.guid`),
    sets: all(`SELECT s.guid, s.name, s.description, m.member_kind,
                 CASE m.member_kind WHEN 'code' THEN (SELECT guid FROM code WHERE id = m.member_id)
                   WHEN 'document' THEN (SELECT guid FROM document WHERE id = m.member_id)
                   WHEN 'memo' THEN (SELECT guid FROM memo WHERE id = m.member_id) END AS member
               FROM code_set s JOIN set_member m ON m.set_id = s.id ORDER BY s.guid, m.member_kind`),
  };
}

describe('REFI-QDA export', () => {
  test('a round trip through .qdpx gives the same project', async () => {
    const original = richProject();
    const bytes = await exportQdpx(original);
    const copy = { store: Store.memory(), coderName: 'Zed' };
    const report = await importRefi(copy, 'round-trip.qdpx', bytes);
    expect(report.notCarried).toEqual([]);
    expect(snapshot(copy.store)).toEqual(snapshot(original));
  });

  test('the package holds project.qde and sources/<GUID>.txt in UTF-8 with LF and no BOM', async () => {
    const store = richProject();
    const files = unzipSync(new Uint8Array(await exportQdpx(store)));
    const docs = store.prepare('SELECT guid, text FROM document').all() as { guid: string; text: string }[];
    expect(Object.keys(files).sort()).toEqual(['project.qde', ...docs.map((d) => `sources/${d.guid}.txt`)].sort());
    for (const d of docs) expect(Buffer.from(files[`sources/${d.guid}.txt`]!).toString('utf8')).toBe(d.text);
    expect(files['project.qde']![0]).toBe('<'.charCodeAt(0));
  });

  test.skipIf(!hasShared)('project.qde validates against Project-mrt2019.xsd', async () => {
    const files = unzipSync(new Uint8Array(await exportQdpx(richProject())));
    expect(validate(files['project.qde']!, 'Project-mrt2019.xsd', 'rich.qde')).toBe('');
    // An empty project: every container omitted, still valid.
    const empty = unzipSync(new Uint8Array(await exportQdpx(Store.memory())));
    expect(validate(empty['project.qde']!, 'Project-mrt2019.xsd', 'empty.qde')).toBe('');
  });

  test.skipIf(!hasShared)('the codebook (.qdc) validates against Codebook.xsd and round-trips its frameworks', async () => {
    const store = richProject();
    const qdc = await exportQdc(store);
    expect(validate(qdc, 'Codebook.xsd', 'rich.qdc')).toBe('');
    const copy = { store: Store.memory(), coderName: 'Zed' };
    await importRefi(copy, 'codebook.qdc', qdc);
    const snap = (s: Store) => s.prepare('SELECT f.name AS f, f.exclusive, c.name, c.color, c.description FROM code c JOIN framework f ON f.id = c.framework_id ORDER BY c.name').all();
    expect(snap(copy.store)).toEqual(snap(store));
  });

  test.skipIf(!hasShared)('re-exporting every imported sample validates', async () => {
    for (const name of ['nvivo-win-12.6_oltas.qdpx', 'maxqda-24.7_icls-themes.qdpx', 'atlasti-8.4_spec-annexA2_project.qde',
      'f4analyse-2025.2.9_project.qde', 'qc-1.3.2_demo.qdpx', 'nvivo-mac-15.0_qc-project.qdpx', 'taguette-1.4.1_codebook.qdc']) {
      const ctx = { store: Store.memory(), coderName: 'Ada' };
      await importRefi(ctx, name, sample(name));
      const files = unzipSync(new Uint8Array(await exportQdpx(ctx.store)));
      expect(validate(files['project.qde']!, 'Project-mrt2019.xsd', `${name}.qde`), name).toBe('');
      expect(validate(await exportQdc(ctx.store), 'Codebook.xsd', `${name}.qdc`), name).toBe('');
    }
  });
});

if (!hasShared) console.warn(skipReason);
