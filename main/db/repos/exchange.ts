/**
 * The project's rows as REFI-QDA export writes them: every table with its GUIDs, references
 * resolved to GUIDs, in a stable order. The small tables are read whole; the corpus (texts,
 * segments, codings) one document at a time, so an export holds one document's worth of it.
 */
import type { ReadStore } from '../store.js';

export interface FrameworkRow { id: number; guid: string; name: string; exclusive: number }
export interface CodeRow { id: number; guid: string; framework_id: number; parent_id: number | null; name: string; color: string; description: string }
export interface SetRow { id: number; guid: string; name: string; description: string }
export interface MemberRow { set_id: number; member_kind: 'code' | 'document' | 'memo'; guid: string }
export interface LinkRow { memo_guid: string; target_kind: string; target_guid: string | null }
export interface CoderRow { guid: string; name: string }
export interface AttributeRow { id: number; guid: string; name: string; type: string; choices: string }
export interface ValueRow { case_id: number; attribute_id: number; value: string }
export interface GroupRow { id: number; name: string }
export interface CaseRow { id: number; guid: string; name: string; group_id: number | null; description: string }
export interface DocumentRow { id: number; guid: string; case_id: number; name: string; created_at: string; description: string }
/** `quote_head`: the quote's first SELECTION_NAME_LENGTH + 1 characters (enough to tell whether it is longer). */
export interface SegmentRow {
  id: number; guid: string; document_id: number; start: number; end: number; coder_guid: string; created_at: string; quote_head: string;
}

/**
 * Code points of a quote an exported selection's name holds whole (refi/write-package.ts
 * selectionName): enough to tell a moved selection, short enough that 200,000 names add little
 * to an export (the names' bytes, not their number, cost: 200 took a quarter more time than none).
 */
export const SELECTION_NAME_LENGTH = 100;
export interface CodingRow { guid: string; segment_id: number; code_guid: string; coder_guid: string; created_at: string }
export interface MemoRow { guid: string; name: string; text: string; coder_guid: string | null; created_at: string }

export function frameworkRows(store: ReadStore): FrameworkRow[] {
  return store.prepare('SELECT id, guid, name, exclusive FROM framework ORDER BY sort, id').all() as FrameworkRow[];
}

export function codeRows(store: ReadStore): CodeRow[] {
  return store.prepare('SELECT id, guid, framework_id, parent_id, name, color, description FROM code ORDER BY sort, id').all() as CodeRow[];
}

export function setRows(store: ReadStore): SetRow[] {
  return store.prepare('SELECT id, guid, name, description FROM code_set ORDER BY id').all() as SetRow[];
}

export function setMemberRows(store: ReadStore): MemberRow[] {
  return store
    .prepare(
      `SELECT m.set_id, m.member_kind, coalesce(c.guid, d.guid, n.guid) AS guid FROM set_member m
       LEFT JOIN code c ON m.member_kind = 'code' AND c.id = m.member_id
       LEFT JOIN document d ON m.member_kind = 'document' AND d.id = m.member_id
       LEFT JOIN memo n ON m.member_kind = 'memo' AND n.id = m.member_id
       ORDER BY m.id`,
    )
    .all() as MemberRow[];
}

/** Memo links with the GUID of what they point at (null for the project). */
export function memoLinkRows(store: ReadStore): LinkRow[] {
  return store
    .prepare(
      `SELECT n.guid AS memo_guid, l.target_kind,
         CASE l.target_kind
           WHEN 'code' THEN (SELECT guid FROM code WHERE id = l.target_id)
           WHEN 'case' THEN (SELECT guid FROM case_ WHERE id = l.target_id)
           WHEN 'document' THEN (SELECT guid FROM document WHERE id = l.target_id)
           WHEN 'segment' THEN (SELECT guid FROM segment WHERE id = l.target_id)
           WHEN 'coding' THEN (SELECT guid FROM coding WHERE id = l.target_id)
         END AS target_guid
       FROM memo_link l JOIN memo n ON n.id = l.memo_id ORDER BY l.id`,
    )
    .all() as LinkRow[];
}

export function coderRows(store: ReadStore): CoderRow[] {
  return store.prepare('SELECT guid, name FROM coder ORDER BY id').all() as CoderRow[];
}

export function attributeRows(store: ReadStore): AttributeRow[] {
  return store.prepare('SELECT id, guid, name, type, choices FROM attribute ORDER BY sort, id').all() as AttributeRow[];
}

export function attributeValueRows(store: ReadStore): ValueRow[] {
  return store.prepare('SELECT case_id, attribute_id, value FROM case_attribute').all() as ValueRow[];
}

export function groupRows(store: ReadStore): GroupRow[] {
  return store.prepare('SELECT id, name FROM case_group ORDER BY sort, id').all() as GroupRow[];
}

export function caseRows(store: ReadStore): CaseRow[] {
  return store.prepare('SELECT id, guid, name, group_id, description FROM case_ ORDER BY id').all() as CaseRow[];
}

/** The documents without their texts: documentText reads each when its part is written. */
export function documentRows(store: ReadStore): DocumentRow[] {
  return store.prepare('SELECT id, guid, case_id, name, created_at, description FROM document ORDER BY id').all() as DocumentRow[];
}

export function documentText(store: ReadStore, documentId: number): string {
  return (store.prepare('SELECT text FROM document WHERE id = ?').get(documentId) as { text: string }).text;
}

/** One document's segments in position order (off the (document_id, start, end) index). */
export function documentSegmentRows(store: ReadStore, documentId: number): SegmentRow[] {
  return store
    .prepare(
      `SELECT s.id, s.guid, s.document_id, s.start, s."end" AS "end", k.guid AS coder_guid, s.created_at,
              substr(s.quote, 1, ${SELECTION_NAME_LENGTH + 1}) AS quote_head
       FROM segment s JOIN coder k ON k.id = s.created_by WHERE s.document_id = ? ORDER BY s.start, s."end"`,
    )
    .all(documentId) as SegmentRow[];
}

/** The codings of one document's segments, in the order they were made. */
export function documentCodingRows(store: ReadStore, documentId: number): CodingRow[] {
  return store
    .prepare(
      `SELECT c.guid, c.segment_id, k.guid AS code_guid, u.guid AS coder_guid, c.created_at
       FROM segment s JOIN coding c ON c.segment_id = s.id JOIN code k ON k.id = c.code_id JOIN coder u ON u.id = c.coder_id
       WHERE s.document_id = ? ORDER BY c.id`,
    )
    .all(documentId) as CodingRow[];
}

/**
 * Memos with no link left (what they were on was deleted), as links to the project: a package's
 * Note that nothing refers to is one another tool may not show, and these are still the researcher's.
 */
export function detachedMemoLinkRows(store: ReadStore): LinkRow[] {
  return store
    .prepare(
      `SELECT n.guid AS memo_guid, 'project' AS target_kind, NULL AS target_guid
       FROM memo n WHERE NOT EXISTS (SELECT 1 FROM memo_link l WHERE l.memo_id = n.id) ORDER BY n.id`,
    )
    .all() as LinkRow[];
}

export function memoRows(store: ReadStore): MemoRow[] {
  return store
    .prepare('SELECT m.guid, m.name, m.text, k.guid AS coder_guid, m.created_at FROM memo m LEFT JOIN coder k ON k.id = m.created_by ORDER BY m.id')
    .all() as MemoRow[];
}

/**
 * Runs `read` in one read transaction, so every row it reads comes from one state of the
 * project even while another connection commits: an export that reads for many seconds must not
 * pair a coding made meanwhile with a codebook read before it.
 */
export function inOneSnapshot<T>(store: ReadStore, read: () => T): T {
  store.prepare('BEGIN').run();
  try {
    return read();
  } finally {
    store.prepare('COMMIT').run();
  }
}
