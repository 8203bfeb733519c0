/**
 * REFI-QDA export: the project as a .qdpx (project.qde + sources/<GUID>.txt) or its codebook
 * as a .qdc. Positions are code points into the stored text, which is already LF-normalised
 * UTF-8 without BOM, as the standard asks. How CaseCoder's own concepts travel is described
 * in conventions.ts.
 */
// fflate: maintained, dependency-free zip writer (already used by the DOCX and XLSX writers).
import { zipSync } from 'fflate';
import {
  attributeRows, attributeValueRows, caseRows, codeRows, coderRows, codingRows, documentRows, frameworkRows, groupRows,
  memoLinkRows, memoRows, segmentRows, setMemberRows, setRows, type CodeRow, type LinkRow,
} from '../db/repos/exchange.js';
import { summaryNoteLinkRows, summaryNoteRows } from '../db/repos/summaries.js';
import { codeTree } from '../../shared/code-tree.js';
import { type ReadStore } from '../db/store.js';
import { newGuid } from '../db/stamps.js';
import {
  CASE_MEMO_LINK_NAME, CHOICES_PREFIX, EXCLUSIVE_SET_DESCRIPTION, EXCLUSIVE_SET_NAME, GROUPS_PREFIX, GROUP_VARIABLE_NAME,
} from './conventions.js';
import { XmlWriter } from './xml-writer.js';

const PROJECT_NS = 'urn:QDA-XML:project:1.0';
const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
const ORIGIN = 'CaseCoder';

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

function writeCodes(xml: XmlWriter, store: ReadStore, noteRefs: Map<string, string[]> | null): void {
  // The one code tree: an orphan or a code in a cycle is still exported, as a top-level code.
  const tree = codeTree({
    frameworks: frameworkRows(store),
    codes: codeRows(store).map((row) => ({ ...row, frameworkId: row.framework_id, parentId: row.parent_id })),
  });
  const writeCode = (code: CodeRow) => {
    const notes = noteRefs?.get(`code:${code.guid}`) ?? [];
    const kids = tree.children(code.id);
    const attrs = { guid: code.guid, name: code.name, isCodable: true, color: /^#[0-9a-f]{6}$/i.test(code.color) ? code.color.toUpperCase() : null };
    if (!code.description && notes.length === 0 && kids.length === 0) {
      xml.empty('Code', attrs);
      return;
    }
    xml.start('Code', attrs);
    if (code.description) xml.text('Description', code.description);
    for (const note of notes) xml.empty('NoteRef', { targetGUID: note });
    for (const kid of kids) writeCode(kid);
    xml.end();
  };
  xml.start('Codes');
  for (const framework of tree.frameworks) {
    // A framework is a category: a top-level code nobody codes with (conventions.ts).
    const top = tree.roots(framework.id);
    if (top.length === 0) {
      xml.empty('Code', { guid: framework.guid, name: framework.name, isCodable: false });
      continue;
    }
    xml.start('Code', { guid: framework.guid, name: framework.name, isCodable: false });
    for (const code of top) writeCode(code);
    xml.end();
  }
  xml.end();
}

/** Sets with their members; `memberAttr` differs between the project and codebook schemas. */
function writeSets(xml: XmlWriter, store: ReadStore, codebookOnly: boolean): void {
  const members = setMemberRows(store);
  const exclusive = frameworkRows(store).filter((f) => f.exclusive === 1);
  const sets = setRows(store)
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

export async function exportQdc(store: ReadStore): Promise<Buffer> {
  const xml = new XmlWriter();
  xml.start('CodeBook', { xmlns: CODEBOOK_NS, origin: ORIGIN });
  writeCodes(xml, store, null);
  writeSets(xml, store, true);
  xml.end();
  return xml.toBuffer();
}

export async function exportQdpx(store: ReadStore): Promise<Buffer> {
  // Case summaries travel as Notes beside the memos (conventions.ts).
  const links = [...memoLinkRows(store), ...summaryNoteLinkRows(store)];
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

  const coders = coderRows(store);
  xml.container('Users', coders, (c) => xml.empty('User', { guid: c.guid, name: c.name }));

  if (frameworkRows(store).length > 0) {
    xml.start('CodeBook');
    writeCodes(xml, store, notes);
    xml.end();
  }

  const attributes = attributeRows(store);
  const values = attributeValueRows(store);
  const variableType = (a: (typeof attributes)[number]) => {
    if (a.type === 'number') {
      const integral = values.filter((v) => v.attribute_id === a.id).every((v) => Number.isInteger(Number(v.value)));
      return integral ? 'Integer' : 'Float';
    }
    return { text: 'Text', choice: 'Text', date: 'Date', boolean: 'Boolean' }[a.type] ?? 'Text';
  };
  const types = new Map(attributes.map((a) => [a.id, variableType(a)]));
  const groups = groupRows(store);
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

  const cases = caseRows(store);
  const documents = documentRows(store);
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

  const segments = segmentRows(store);
  const codings = codingRows(store);
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

  const memos = [...memoRows(store), ...summaryNoteRows(store)];
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
  writeSets(xml, store, false);
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
