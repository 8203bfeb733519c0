/** A small project using every concept REFI-QDA export carries (export tests). */
import { Store } from '../../../main/db/store.js';
import { insertAttribute, setAttributeValue } from '../../../main/db/repos/attributes.js';
import { insertCase } from '../../../main/db/repos/cases.js';
import { insertCode, insertFramework } from '../../../main/db/repos/codebook.js';
import { ensureCoder } from '../../../main/db/repos/coders.js';
import { insertDocument } from '../../../main/db/repos/documents.js';
import { insertGroup } from '../../../main/db/repos/groups.js';
import { insertCoding, insertSegment } from '../../../main/db/repos/segments.js';

export function richProject(): Store {
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
