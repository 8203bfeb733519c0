/**
 * Export: the .qde and .qdc validate against the official schemas (xmllint), and a project
 * exported then imported into an empty project comes back the same.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { Store } from '../../../main/db/store.js';
import { exportQdc, exportQdpx } from '../../../main/refi/write-package.js';
import { importRefi } from '../../../main/refi/import.js';
import { hasShared, sample, skipReason, validate } from './helpers.js';
import { richProject } from './rich-project.js';
import { insertDocument } from '../../../main/db/repos/documents.js';
import { insertSegment } from '../../../main/db/repos/segments.js';

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

  test("names the groups' variable in the export's language, and reads any of the names back as groups", async () => {
    const original = richProject();
    const variables = (qde: Uint8Array) => [...Buffer.from(qde).toString('utf8').matchAll(/<Variable [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    for (const [language, name] of [['en', 'Group'], ['ru', 'Группа'], ['kk', 'Топ']] as const) {
      const bytes = await exportQdpx(original, language);
      expect(variables(unzipSync(new Uint8Array(bytes))['project.qde']!)).toContain(name);
      // As another tool writes it back: the variable by its name alone, without CaseCoder's list of groups.
      const files = unzipSync(new Uint8Array(bytes));
      const qde = Buffer.from(files['project.qde']!).toString('utf8').replace(/<Description>CaseCoder case groups: [^<]*<\/Description>/, '');
      const copy = { store: Store.memory(), coderName: 'Zed' };
      await importRefi(copy, `${language}.qdpx`, Buffer.from(zipSync({ ...files, 'project.qde': strToU8(qde) })));
      const cases = (store: Store) => store.prepare('SELECT c.name, g.name AS grp FROM case_ c LEFT JOIN case_group g ON g.id = c.group_id ORDER BY c.name').all();
      expect(cases(copy.store), language).toEqual(cases(original));
    }
  });

  test("names the exclusive frameworks' set and the case memos' links in the export's language, and reads them back", async () => {
    const original = richProject();
    const exclusive = (store: Store) => store.prepare('SELECT name, exclusive FROM framework ORDER BY name').all();
    const sets = (xml: string) => [...xml.matchAll(/<Set [^>]*name="([^"]+)"[^>]*>\s*<Description>([^<]*)</g)].map((m) => [m[1], m[2]]);
    const caseMemos = (store: Store) => store.prepare("SELECT m.name, c.name AS on_case FROM memo m JOIN memo_link l ON l.memo_id = m.id JOIN case_ c ON c.id = l.target_id WHERE l.target_kind = 'case' ORDER BY m.name").all();
    expect(caseMemos(original)).not.toEqual([]);
    for (const [language, name, description, link] of [
      ['en', 'CaseCoder: exclusive frameworks', 'Frameworks (top-level codes)', 'CaseCoder case memo'],
      ['ru', 'CaseCoder: взаимоисключающие схемы', 'Схемы (коды верхнего уровня)', 'CaseCoder: мемо кейса'],
      ['kk', 'CaseCoder: үйлеспейтін схемалар', 'Кодтары бір-бірін', 'CaseCoder: кейс мемосы'],
    ] as const) {
      const bytes = await exportQdpx(original, language);
      const qde = Buffer.from(unzipSync(new Uint8Array(bytes))['project.qde']!).toString('utf8');
      expect(sets(qde).filter(([set]) => set!.startsWith('CaseCoder')).map(([set, text]) => [set, text!.startsWith(description)]), language).toEqual([[name, true]]);
      expect([...qde.matchAll(/<Link [^>]*name="([^"]+)"/g)].map((m) => m[1]), language).toEqual(caseMemos(original).map(() => link));
      const codebook = (await exportQdc(original, language)).toString('utf8');
      expect(codebook, language).toContain(`name="${name}"`);
      // Read back, it makes its frameworks exclusive again and is not kept as a set of its own.
      const copy = { store: Store.memory(), coderName: 'Zed' };
      await importRefi(copy, `${language}.qdpx`, bytes);
      expect(exclusive(copy.store), language).toEqual(exclusive(original));
      expect(caseMemos(copy.store), language).toEqual(caseMemos(original));
      expect(copy.store.prepare('SELECT name FROM code_set').pluck().all(), language).not.toContain(name);
    }
  });

  test("writes each selection's quote as its name, so a package whose positions were moved has its selections listed on import, not shifted", async () => {
    const original = richProject();
    // 300 code points, astral ones among them, and a control character XML cannot hold in a name.
    const long = `Start\u0001 ${'😀 слово '.repeat(37)}end.`;
    const caseId = Number(original.prepare('SELECT min(id) FROM case_').pluck().get());
    const document = insertDocument(original, caseId, 'Long', long, 'paste');
    const coder = Number(original.prepare('SELECT min(id) FROM coder').pluck().get());
    insertSegment(original, { documentId: document, start: 0, end: 250, quote: [...long].slice(0, 250).join(''), coderId: coder });
    const files = unzipSync(new Uint8Array(await exportQdpx(original)));
    const qde = Buffer.from(files['project.qde']!).toString('utf8');
    const names = [...qde.matchAll(/<PlainTextSelection [^>]*name="([^"]*)"/g)].map((m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(['👋 world', 'Second']));
    const cut = names.find((name) => name.startsWith('Start'))!;
    expect([...cut].length).toBe(100);
    // Cut at 100 code points of the quote; the control character is not written, which the import allows for.
    expect(cut).toBe(`Start ${[...long].slice(7, 100).join('')}…`);
    // Back as it was: every selection placed.
    const copy = { store: Store.memory(), coderName: 'Zed' };
    expect((await importRefi(copy, 'same.qdpx', Buffer.from(zipSync(files)))).notCarried).toEqual([]);
    expect(snapshot(copy.store)).toEqual(snapshot(original));
    // A tool on the way moved every position on by two: nothing comes in shifted. (By one, a selection
    // after one astral character reads right as UTF-16 units, as some tools count: that one is placed.)
    const moved = qde.replace(/(startPosition|endPosition)="(\d+)"/g, (_, attribute: string, at: string) => `${attribute}="${Number(at) + 2}"`);
    const shifted = { store: Store.memory(), coderName: 'Zed' };
    const report = await importRefi(shifted, 'moved.qdpx', Buffer.from(zipSync({ ...files, 'project.qde': strToU8(moved) })));
    expect(shifted.store.prepare('SELECT count(*) FROM segment').pluck().get()).toBe(0);
    expect(report.notCarried[0]).toMatchObject({ kind: 'selection whose quoted text is not at its position', count: names.length });
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
