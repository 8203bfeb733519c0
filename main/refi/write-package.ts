/**
 * REFI-QDA export: the project as a .qdpx (project.qde + sources/<GUID>.txt) or its codebook
 * as a .qdc. Positions are code points into the stored text, which is already LF-normalised
 * UTF-8 without BOM, as the standard asks. How CaseCoder's own concepts travel is described
 * in conventions.ts.
 *
 * The package is zipped as it is written, so of a project of any size one document's text and
 * rows are held at a time (with the compressed package so far): each source text is read and
 * written as its own part, then project.qde is streamed into the last part, each document's
 * segments and codings read when its TextSource is written.
 */
import {
  attributeRows, attributeValueRows, caseRows, codeRows, coderRows, documentCodingRows, documentRows, documentSegmentRows,
  documentText, frameworkRows, inOneSnapshot, groupRows, memoLinkRows, detachedMemoLinkRows, memoRows, SELECTION_NAME_LENGTH, setMemberRows, setRows, type CodeRow, type DocumentRow, type LinkRow,
} from '../db/repos/exchange.js';
import { summaryNoteLinkRows, summaryNoteRows } from '../db/repos/summaries.js';
import { codeTree } from '../../shared/code-tree.js';
import { type ReadStore } from '../db/store.js';
import { newGuid } from '../db/stamps.js';
import {
  caseMemoLinkName, CHOICES_PREFIX, exclusiveSet, GROUPS_PREFIX, groupVariableName,
} from './conventions.js';
import { ZipWriter } from '../export/zip-writer.js';
import { XmlWriter } from './xml-writer.js';
import type { ExportLanguage } from '../../shared/tables.js';

const PROJECT_NS = 'urn:QDA-XML:project:1.0';
const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
const ORIGIN = 'CaseCoder';

/**
 * Memo GUIDs attached to each target, keyed `kind:guid`: imported GUIDs can repeat across
 * kinds (NVivo gives a case and a code the same one).
 */
function notesByTarget(links: LinkRow[]): Map<string, string[]> {
  const byTarget = groupBy(links, (link) => `${link.target_kind}:${link.target_guid ?? ''}`);
  return new Map([...byTarget].map(([key, list]) => [key, list.map((link) => link.memo_guid)]));
}

/** Rows grouped by a key in one pass, each group in the rows' order. */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
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
function writeSets(xml: XmlWriter, store: ReadStore, codebookOnly: boolean, language: ExportLanguage): void {
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
    const { name, description } = exclusiveSet(language);
    xml.start('Set', { guid: newGuid(), name });
    xml.text('Description', description);
    for (const f of exclusive) xml.empty('MemberCode', { [codeAttr]: f.guid });
    xml.end();
  }
  xml.end();
}

/** A codebook is small (codes and sets only): written whole. `language`: as exportQdpx's. */
export async function exportQdc(store: ReadStore, language: ExportLanguage = 'en'): Promise<Buffer> {
  const parts: string[] = [];
  const xml = new XmlWriter((text) => parts.push(text));
  xml.start('CodeBook', { xmlns: CODEBOOK_NS, origin: ORIGIN });
  writeCodes(xml, store, null);
  writeSets(xml, store, true, language);
  xml.end();
  xml.close();
  return Buffer.from(parts.join(''), 'utf8');
}

/** `language`: the one CaseCoder's own names in it are in (the groups' variable, the exclusive set); English when left out. */
export async function exportQdpx(store: ReadStore, language: ExportLanguage = 'en'): Promise<Buffer> {
  return inOneSnapshot(store, () => {
    const zip = new ZipWriter();
    const documents = documentRows(store);
    // The texts' parts first: a zip's parts follow one another, and readers find them by name.
    for (const d of documents) zip.file(`sources/${d.guid}.txt`, documentText(store, d.id));
    const qde = zip.stream('project.qde');
    writeProject(new XmlWriter((text) => qde.write(text)), store, documents, language);
    qde.end();
    return zip.done();
  });
}

function writeProject(xml: XmlWriter, store: ReadStore, documents: DocumentRow[], language: ExportLanguage): void {
  // Case summaries travel as Notes beside the memos (conventions.ts); detached memos as the project's.
  const links = [...memoLinkRows(store), ...detachedMemoLinkRows(store), ...summaryNoteLinkRows(store)];
  const notes = notesByTarget(links);
  const noteRefs = (key: string) => {
    for (const memo of notes.get(key) ?? []) xml.empty('NoteRef', { targetGUID: memo });
  };
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
  const groupWord = groupVariableName(language);
  const groupName = attributes.some((a) => a.name.toLowerCase() === groupWord.toLowerCase()) ? 'CaseCoder group' : groupWord;
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
  const attributeGuid = new Map(attributes.map((a) => [a.id, a.guid]));
  const valuesOf = groupBy(values, (v) => v.case_id);
  const documentsOf = groupBy(documents, (d) => d.case_id);
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  xml.container('Cases', cases, (c) => {
    xml.start('Case', { guid: c.guid, name: c.name });
    if (c.description) xml.text('Description', c.description);
    for (const v of valuesOf.get(c.id) ?? []) {
      writeValue(xml, attributeGuid.get(v.attribute_id)!, types.get(v.attribute_id)!, v.value);
    }
    const group = c.group_id === null ? undefined : groupNames.get(c.group_id);
    if (group !== undefined && groupGuid) writeValue(xml, groupGuid, 'Text', group);
    for (const d of documentsOf.get(c.id) ?? []) xml.empty('SourceRef', { targetGUID: d.guid });
    xml.end();
  });

  xml.container('Sources', documents, (d) => {
    xml.start('TextSource', { guid: d.guid, name: d.name, plainTextPath: `internal://${d.guid}.txt`, creationDateTime: d.created_at });
    if (d.description) xml.text('Description', d.description);
    const codingsOf = groupBy(documentCodingRows(store, d.id), (c) => c.segment_id);
    for (const s of documentSegmentRows(store, d.id)) {
      xml.start('PlainTextSelection', {
        guid: s.guid, name: selectionName(s.quote_head), startPosition: s.start, endPosition: s.end, creatingUser: s.coder_guid, creationDateTime: s.created_at,
      });
      for (const c of codingsOf.get(s.id) ?? []) {
        xml.start('Coding', { guid: c.guid, creatingUser: c.coder_guid, creationDateTime: c.created_at });
        xml.empty('CodeRef', { targetGUID: c.code_guid });
        noteRefs(`coding:${c.guid}`);
        xml.end();
      }
      noteRefs(`segment:${s.guid}`);
      xml.end();
    }
    noteRefs(`document:${d.guid}`);
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
    xml.empty('Link', { guid: newGuid(), name: caseMemoLinkName(language), direction: 'OneWay', originGUID: l.memo_guid, targetGUID: l.target_guid }),
  );
  writeSets(xml, store, false, language);
  noteRefs('project:');
  xml.end();
  xml.close();
}

/**
 * A selection's name: its quote, as QualCoder and ATLAS.ti write it, so a reader (ours too:
 * position-units.ts QuoteVerdict) can tell a selection whose position was moved from one that
 * was not. A quote longer than SELECTION_NAME_LENGTH code points is cut there and ends in «…»,
 * which readers take as a prefix. `head` is the quote's first SELECTION_NAME_LENGTH + 1 characters.
 */
function selectionName(head: string): string {
  // A head of at most that many UTF-16 units has at most that many code points: whole.
  if (head.length <= SELECTION_NAME_LENGTH) return head;
  // Where the last code point kept ends, counted without splitting the head into characters (one name per selection).
  let end = 0;
  for (let kept = 0; kept < SELECTION_NAME_LENGTH && end < head.length; kept++) {
    const unit = head.charCodeAt(end);
    end += unit >= 0xd800 && unit <= 0xdbff && end + 1 < head.length ? 2 : 1;
  }
  return end >= head.length ? head : `${head.slice(0, end)}…`;
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
