/**
 * REFI-QDA export: the project as a .qdpx (project.qde + sources/<GUID>.txt) or its codebook
 * as a .qdc. Positions are code points into the stored text, which is already LF-normalised
 * UTF-8 without BOM, as the standard asks. How CaseCoder's own concepts travel is described
 * in conventions.ts.
 */
// fflate: maintained, dependency-free zip writer (already used by docx and write-excel-file).
import { zipSync } from 'fflate';
import { newGuid, type Store } from '../db/store.js';
import {
  CASE_MEMO_LINK_NAME, CHOICES_PREFIX, EXCLUSIVE_SET_DESCRIPTION, EXCLUSIVE_SET_NAME, GROUPS_PREFIX, GROUP_VARIABLE_NAME,
} from './conventions.js';
import { XmlWriter } from './xml-writer.js';

const PROJECT_NS = 'urn:QDA-XML:project:1.0';
const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
const ORIGIN = 'CaseCoder';

interface FrameworkRow { id: number; guid: string; name: string; exclusive: number }
interface CodeRow { id: number; guid: string; framework_id: number; parent_id: number | null; name: string; color: string; description: string }
interface SetRow { id: number; guid: string; name: string; description: string }
interface MemberRow { set_id: number; member_kind: 'code' | 'document' | 'memo'; guid: string }
interface LinkRow { memo_guid: string; target_kind: string; target_guid: string | null }

/** Reads what both exports share: the codebook and the sets. */
class ProjectReader {
  constructor(readonly store: Store) {}

  all<T>(sql: string, ...params: unknown[]): T[] {
    return this.store.prepare(sql).all(...params) as T[];
  }

  frameworks(): FrameworkRow[] {
    return this.all('SELECT id, guid, name, exclusive FROM framework ORDER BY sort, id');
  }

  codes(): CodeRow[] {
    return this.all('SELECT id, guid, framework_id, parent_id, name, color, description FROM code ORDER BY sort, id');
  }

  sets(): SetRow[] {
    return this.all('SELECT id, guid, name, description FROM code_set ORDER BY id');
  }

  members(): MemberRow[] {
    return this.all(
      `SELECT m.set_id, m.member_kind, coalesce(c.guid, d.guid, n.guid) AS guid FROM set_member m
       LEFT JOIN code c ON m.member_kind = 'code' AND c.id = m.member_id
       LEFT JOIN document d ON m.member_kind = 'document' AND d.id = m.member_id
       LEFT JOIN memo n ON m.member_kind = 'memo' AND n.id = m.member_id
       ORDER BY m.id`,
    );
  }

  /** Memo links with the GUID of what they point at (null for the project). */
  memoLinks(): LinkRow[] {
    return this.all(
      `SELECT n.guid AS memo_guid, l.target_kind,
         CASE l.target_kind
           WHEN 'code' THEN (SELECT guid FROM code WHERE id = l.target_id)
           WHEN 'case' THEN (SELECT guid FROM case_ WHERE id = l.target_id)
           WHEN 'document' THEN (SELECT guid FROM document WHERE id = l.target_id)
           WHEN 'segment' THEN (SELECT guid FROM segment WHERE id = l.target_id)
           WHEN 'coding' THEN (SELECT guid FROM coding WHERE id = l.target_id)
         END AS target_guid
       FROM memo_link l JOIN memo n ON n.id = l.memo_id ORDER BY l.id`,
    );
  }
}

/**
 * Memo GUIDs attached to each target, keyed `kind:guid`: imported GUIDs can repeat across
 * kinds (NVivo gives a case and a code the same one).
 */
function notesByTarget(links: LinkRow[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const link of links) {
    const key = `${link.target_kind}:${link.target_guid ?? ''}`;
    map.set(key, [...(map.get(key) ?? []), link.memo_guid]);
  }
  return map;
}

function writeCodes(xml: XmlWriter, reader: ProjectReader, noteRefs: Map<string, string[]> | null): void {
  const codes = reader.codes();
  const children = (frameworkId: number, parentId: number | null) =>
    codes.filter((c) => c.framework_id === frameworkId && c.parent_id === parentId);
  const writeCode = (code: CodeRow, frameworkId: number) => {
    const notes = noteRefs?.get(`code:${code.guid}`) ?? [];
    const kids = children(frameworkId, code.id);
    const attrs = { guid: code.guid, name: code.name, isCodable: true, color: /^#[0-9a-f]{6}$/i.test(code.color) ? code.color.toUpperCase() : null };
    if (!code.description && notes.length === 0 && kids.length === 0) {
      xml.empty('Code', attrs);
      return;
    }
    xml.start('Code', attrs);
    if (code.description) xml.text('Description', code.description);
    for (const note of notes) xml.empty('NoteRef', { targetGUID: note });
    for (const kid of kids) writeCode(kid, frameworkId);
    xml.end();
  };
  xml.start('Codes');
  for (const framework of reader.frameworks()) {
    // A framework is a category: a top-level code nobody codes with (conventions.ts).
    const top = children(framework.id, null);
    if (top.length === 0) {
      xml.empty('Code', { guid: framework.guid, name: framework.name, isCodable: false });
      continue;
    }
    xml.start('Code', { guid: framework.guid, name: framework.name, isCodable: false });
    for (const code of top) writeCode(code, framework.id);
    xml.end();
  }
  xml.end();
}

/** Sets with their members; `memberAttr` differs between the project and codebook schemas. */
function writeSets(xml: XmlWriter, reader: ProjectReader, codebookOnly: boolean): void {
  const members = reader.members();
  const exclusive = reader.frameworks().filter((f) => f.exclusive === 1);
  const sets = reader.sets()
    .map((set) => ({ set, members: members.filter((m) => m.set_id === set.id && (!codebookOnly || m.member_kind === 'code')) }))
    .filter(({ members: list }) => !codebookOnly || list.length > 0);
  const codeAttr = codebookOnly ? 'guid' : 'targetGUID';
  const total = sets.length + (exclusive.length > 0 ? 1 : 0);
  if (total === 0) return;
  xml.start('Sets');
  for (const { set, members: list } of sets) {
    xml.start('Set', { guid: set.guid, name: set.name });
    if (set.description) xml.text('Description', set.description);
    for (const kind of ['code', 'document', 'memo'] as const) {
      const element = { code: 'MemberCode', document: 'MemberSource', memo: 'MemberNote' }[kind];
      for (const m of list.filter((x) => x.member_kind === kind)) xml.empty(element, { [kind === 'code' ? codeAttr : 'targetGUID']: m.guid });
    }
    xml.end();
  }
  if (exclusive.length > 0) {
    xml.start('Set', { guid: newGuid(), name: EXCLUSIVE_SET_NAME });
    xml.text('Description', EXCLUSIVE_SET_DESCRIPTION);
    for (const f of exclusive) xml.empty('MemberCode', { [codeAttr]: f.guid });
    xml.end();
  }
  xml.end();
}

export async function exportQdc(store: Store): Promise<Buffer> {
  const reader = new ProjectReader(store);
  const xml = new XmlWriter();
  xml.start('CodeBook', { xmlns: CODEBOOK_NS, origin: ORIGIN });
  writeCodes(xml, reader, null);
  writeSets(xml, reader, true);
  xml.end();
  return xml.toBuffer();
}

export async function exportQdpx(store: Store): Promise<Buffer> {
  const reader = new ProjectReader(store);
  const links = reader.memoLinks();
  const notes = notesByTarget(links);
  const noteRefs = (xml: XmlWriter, key: string) => {
    for (const memo of notes.get(key) ?? []) xml.empty('NoteRef', { targetGUID: memo });
  };
  const files: Record<string, Uint8Array> = {};
  const xml = new XmlWriter();
  xml.start('Project', {
    xmlns: PROJECT_NS, name: store.meta('name') ?? 'CaseCoder project', origin: ORIGIN,
    creationDateTime: store.meta('created_at') ?? undefined,
  });

  const coders = reader.all<{ guid: string; name: string }>('SELECT guid, name FROM coder ORDER BY id');
  xml.container('Users', coders, (c) => xml.empty('User', { guid: c.guid, name: c.name }));

  if (reader.frameworks().length > 0) {
    xml.start('CodeBook');
    writeCodes(xml, reader, notes);
    xml.end();
  }

  const attributes = reader.all<{ id: number; guid: string; name: string; type: string; choices: string }>(
    'SELECT id, guid, name, type, choices FROM attribute ORDER BY sort, id',
  );
  const values = reader.all<{ case_id: number; attribute_id: number; value: string }>('SELECT case_id, attribute_id, value FROM case_attribute');
  const variableType = (a: (typeof attributes)[number]) => {
    if (a.type === 'number') {
      const integral = values.filter((v) => v.attribute_id === a.id).every((v) => Number.isInteger(Number(v.value)));
      return integral ? 'Integer' : 'Float';
    }
    return { text: 'Text', choice: 'Text', date: 'Date', boolean: 'Boolean' }[a.type] ?? 'Text';
  };
  const types = new Map(attributes.map((a) => [a.id, variableType(a)]));
  const groups = reader.all<{ id: number; name: string }>('SELECT id, name FROM case_group ORDER BY sort, id');
  const groupGuid = groups.length > 0 ? newGuid() : null;
  const groupName = attributes.some((a) => a.name.toLowerCase() === GROUP_VARIABLE_NAME.toLowerCase()) ? 'CaseCoder group' : GROUP_VARIABLE_NAME;
  const variables = [
    ...attributes.map((a) => ({ guid: a.guid, name: a.name, type: types.get(a.id)!,
      description: a.type === 'choice' ? CHOICES_PREFIX + a.choices : '' })),
    ...(groupGuid ? [{ guid: groupGuid, name: groupName, type: 'Text', description: GROUPS_PREFIX + JSON.stringify(groups.map((g) => g.name)) }] : []),
  ];
  xml.container('Variables', variables, (v) => {
    xml.start('Variable', { guid: v.guid, name: v.name, typeOfVariable: v.type });
    if (v.description) xml.text('Description', v.description);
    xml.end();
  });

  const cases = reader.all<{ id: number; guid: string; name: string; group_id: number | null; description: string }>(
    'SELECT id, guid, name, group_id, description FROM case_ ORDER BY id',
  );
  const documents = reader.all<{ id: number; guid: string; case_id: number; name: string; text: string; created_at: string; description: string }>(
    'SELECT id, guid, case_id, name, text, created_at, description FROM document ORDER BY id',
  );
  const attributeGuid = new Map(attributes.map((a) => [a.id, a.guid]));
  xml.container('Cases', cases, (c) => {
    xml.start('Case', { guid: c.guid, name: c.name });
    if (c.description) xml.text('Description', c.description);
    for (const v of values.filter((x) => x.case_id === c.id)) {
      writeValue(xml, attributeGuid.get(v.attribute_id)!, types.get(v.attribute_id)!, v.value);
    }
    const group = groups.find((g) => g.id === c.group_id);
    if (group && groupGuid) writeValue(xml, groupGuid, 'Text', group.name);
    for (const d of documents.filter((x) => x.case_id === c.id)) xml.empty('SourceRef', { targetGUID: d.guid });
    xml.end();
  });

  const segments = reader.all<{ id: number; guid: string; document_id: number; start: number; end: number; coder_guid: string; created_at: string }>(
    `SELECT s.id, s.guid, s.document_id, s.start, s."end" AS "end", k.guid AS coder_guid, s.created_at
     FROM segment s JOIN coder k ON k.id = s.created_by ORDER BY s.document_id, s.start, s."end"`,
  );
  const codings = reader.all<{ guid: string; segment_id: number; code_guid: string; coder_guid: string; created_at: string }>(
    `SELECT c.guid, c.segment_id, k.guid AS code_guid, u.guid AS coder_guid, c.created_at
     FROM coding c JOIN code k ON k.id = c.code_id JOIN coder u ON u.id = c.coder_id ORDER BY c.id`,
  );
  const codingsBySegment = new Map<number, typeof codings>();
  for (const c of codings) codingsBySegment.set(c.segment_id, [...(codingsBySegment.get(c.segment_id) ?? []), c]);
  xml.container('Sources', documents, (d) => {
    const path = `${d.guid}.txt`;
    files[`sources/${path}`] = Buffer.from(d.text, 'utf8');
    xml.start('TextSource', { guid: d.guid, name: d.name, plainTextPath: `internal://${path}`, creationDateTime: d.created_at });
    if (d.description) xml.text('Description', d.description);
    for (const s of segments.filter((x) => x.document_id === d.id)) {
      xml.start('PlainTextSelection', {
        guid: s.guid, startPosition: s.start, endPosition: s.end, creatingUser: s.coder_guid, creationDateTime: s.created_at,
      });
      for (const c of codingsBySegment.get(s.id) ?? []) {
        xml.start('Coding', { guid: c.guid, creatingUser: c.coder_guid, creationDateTime: c.created_at });
        xml.empty('CodeRef', { targetGUID: c.code_guid });
        noteRefs(xml, `coding:${c.guid}`);
        xml.end();
      }
      noteRefs(xml, `segment:${s.guid}`);
      xml.end();
    }
    noteRefs(xml, `document:${d.guid}`);
    xml.end();
  });

  const memos = reader.all<{ guid: string; name: string; text: string; coder_guid: string | null; created_at: string }>(
    'SELECT m.guid, m.name, m.text, k.guid AS coder_guid, m.created_at FROM memo m LEFT JOIN coder k ON k.id = m.created_by ORDER BY m.id',
  );
  xml.container('Notes', memos, (m) => {
    xml.start('Note', { guid: m.guid, name: m.name, creatingUser: m.coder_guid, creationDateTime: m.created_at });
    xml.text('PlainTextContent', m.text);
    xml.end();
  });

  // A Case has no NoteRef in the schema; a memo on a case travels as a Link (conventions.ts).
  const caseMemos = links.filter((l) => l.target_kind === 'case' && l.target_guid);
  xml.container('Links', caseMemos, (l) =>
    xml.empty('Link', { guid: newGuid(), name: CASE_MEMO_LINK_NAME, direction: 'OneWay', originGUID: l.memo_guid, targetGUID: l.target_guid }),
  );
  writeSets(xml, reader, false);
  noteRefs(xml, 'project:');
  xml.end();

  files['project.qde'] = xml.toBuffer();
  return Buffer.from(zipSync(files, { level: 6 }));
}

function writeValue(xml: XmlWriter, variableGuid: string, type: string, value: string): void {
  xml.start('VariableValue');
  xml.empty('VariableRef', { targetGUID: variableGuid });
  xml.text(`${type === 'Text' ? 'Text' : type}Value`, type === 'Float' || type === 'Integer' ? decimal(value, type) : value);
  xml.end();
}

/** xsd:decimal and xsd:integer have no exponent form; JavaScript prints 1e21 and 1e-7 that way. */
function decimal(value: string, type: string): string {
  const n = Number(value);
  if (type === 'Integer' || Number.isInteger(n)) return BigInt(Math.trunc(n)).toString();
  return /e/i.test(String(n)) ? n.toFixed(20).replace(/\.?0+$/, '') : String(n);
}
