import type { Memo, MemoTarget, NotedCoding, SegmentCoding } from '../../../shared/entities.js';
import { type ReadStore, type WriteStore } from '../store.js';
import { newGuid, now } from '../stamps.js';

export function memosOf(store: ReadStore, target: MemoTarget): Memo[] {
  return store
    .prepare(
      `SELECT m.id, m.name, m.text, m.created_at AS createdAt, u.name AS author
       FROM memo m JOIN memo_link l ON l.memo_id = m.id LEFT JOIN coder u ON u.id = m.created_by
       WHERE l.target_kind = ? AND l.target_id IS ? ORDER BY m.id`,
    )
    .all(target.kind, target.id) as Memo[];
}

export function memoExists(store: ReadStore, id: number): boolean {
  return !!store.prepare('SELECT 1 FROM memo WHERE id = ?').get(id);
}

export function insertMemo(store: WriteStore, target: MemoTarget, memo: { name: string; text: string; coderId: number | null }): number {
  const id = insertMemoRow(store, memo);
  linkMemo(store, id, target);
  return id;
}

/** A memo attached to nothing yet; `guid` and `createdAt` are kept from an imported file. */
export function insertMemoRow(
  store: WriteStore,
  memo: { name: string; text: string; coderId: number | null; guid?: string; createdAt?: string },
): number {
  return Number(
    store
      .prepare('INSERT INTO memo (guid, name, text, created_by, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(memo.guid ?? newGuid(), memo.name, memo.text, memo.coderId, memo.createdAt ?? now()).lastInsertRowid,
  );
}

/** The memos on one target, by id: a coding changed to another code takes its notes along (services/coding.ts). */
export function memoIdsOn(store: ReadStore, target: MemoTarget): number[] {
  return store
    .prepare('SELECT memo_id FROM memo_link WHERE target_kind = ? AND target_id IS ? ORDER BY memo_id')
    .pluck()
    .all(target.kind, target.id) as number[];
}

/** Whether a memo is on anything: one whose targets were all deleted is on nothing (migration 003). */
export function memoIsLinked(store: ReadStore, id: number): boolean {
  return !!store.prepare('SELECT 1 FROM memo_link WHERE memo_id = ?').get(id);
}

/** Attaches a memo to a target; attaching it twice keeps one link. */
export function linkMemo(store: WriteStore, memoId: number, target: MemoTarget): void {
  store
    .prepare('INSERT INTO memo_link (memo_id, target_kind, target_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
    .run(memoId, target.kind, target.id);
}

export function updateMemo(store: WriteStore, id: number, changes: { name?: string; text?: string }): void {
  if (changes.name !== undefined) store.prepare('UPDATE memo SET name = ? WHERE id = ?').run(changes.name, id);
  if (changes.text !== undefined) store.prepare('UPDATE memo SET text = ? WHERE id = ?').run(changes.text, id);
}

/** The segments a memo is on: deleting it may leave a passage with nothing on it (services/memos.ts). */
export function segmentsOfMemo(store: ReadStore, id: number): number[] {
  return store.prepare("SELECT target_id FROM memo_link WHERE memo_id = ? AND target_kind = 'segment'").pluck().all(id) as number[];
}

/** A memo with its links and set memberships, children first so history replays in order. */
export function deleteMemo(store: WriteStore, id: number): void {
  store.prepare('DELETE FROM memo_link WHERE memo_id = ?').run(id);
  store.prepare("DELETE FROM set_member WHERE member_kind = 'memo' AND member_id = ?").run(id);
  store.prepare('DELETE FROM memo WHERE id = ?').run(id);
}

/** The memos of many targets of one kind, by target id then memo id: an export lists those of its rows and columns. */
export function memosOfTargets(store: ReadStore, kind: MemoTarget['kind'], ids: readonly number[]): (Memo & { targetId: number })[] {
  if (ids.length === 0) return [];
  return store
    .prepare(
      `SELECT m.id, m.name, m.text, m.created_at AS createdAt, u.name AS author, l.target_id AS targetId
       FROM memo m JOIN memo_link l ON l.memo_id = m.id LEFT JOIN coder u ON u.id = m.created_by
       WHERE l.target_kind = ? AND l.target_id IN (SELECT value FROM json_each(?)) ORDER BY l.target_id, m.id`,
    )
    .all(kind, JSON.stringify(ids)) as (Memo & { targetId: number })[];
}

/**
 * How many memos are on each of these segments (those with none left out): the marks the
 * document's segments and the segment list show, so a memo written on a segment is found again.
 */
export function segmentMemoCounts(store: ReadStore, segmentIds: readonly number[]): Map<number, number> {
  if (segmentIds.length === 0) return new Map();
  const rows = store
    .prepare(
      `SELECT target_id AS id, count(*) AS memos FROM memo_link
       WHERE target_kind = 'segment' AND target_id IN (SELECT value FROM json_each(?)) GROUP BY target_id`,
    )
    .all(JSON.stringify(segmentIds)) as { id: number; memos: number }[];
  return new Map(rows.map((r) => [r.id, r.memos]));
}

/** The most of a coding's first note a segment's row carries, for its mark's tip: the dialog shows it whole. */
const NOTE_SHOWN = 300;

/**
 * The codings of these segments that have notes (REFI-QDA packages carry notes on single
 * codings), with their code's and coder's names, how many notes, and the first one's beginning:
 * the marks on their codes in the segment list and the document.
 */
export function notedCodingsOf(store: ReadStore, segmentIds: readonly number[]): (NotedCoding & { segmentId: number })[] {
  if (segmentIds.length === 0) return [];
  return store
    .prepare(
      `SELECT x.segment_id AS segmentId, x.id AS codingId, k.name AS code, u.name AS coder, count(*) AS memoCount,
         (SELECT substr(m.text, 1, ${NOTE_SHOWN}) FROM memo_link f JOIN memo m ON m.id = f.memo_id
           WHERE f.target_kind = 'coding' AND f.target_id = x.id ORDER BY m.id LIMIT 1) AS firstText
       FROM coding x JOIN memo_link l ON l.target_kind = 'coding' AND l.target_id = x.id
       JOIN code k ON k.id = x.code_id JOIN coder u ON u.id = x.coder_id
       WHERE x.segment_id IN (SELECT value FROM json_each(?))
       GROUP BY x.id ORDER BY x.segment_id, x.id`,
    )
    .all(JSON.stringify(segmentIds)) as (NotedCoding & { segmentId: number })[];
}

/** A memo on a listed segment, or a note on one of its codings (with that coding's code and coder), as an exported list writes it. */
export interface SegmentListMemo {
  segmentId: number;
  name: string;
  text: string;
  code: string | null;
  coder: string | null;
}

/**
 * The memos on these segments and the notes on their codings, each segment's own memos first,
 * oldest first. Listed for one coder (`coder`, a name), only that coder's codings' notes, as the
 * list shows them.
 */
export function segmentListMemos(store: ReadStore, segmentIds: readonly number[], coder: string | undefined): SegmentListMemo[] {
  if (segmentIds.length === 0) return [];
  return store
    .prepare(
      `SELECT l.target_id AS segmentId, m.name, m.text, NULL AS code, NULL AS coder, 0 AS onCoding, 0 AS codingId, m.id AS memoId
       FROM memo_link l JOIN memo m ON m.id = l.memo_id
       WHERE l.target_kind = 'segment' AND l.target_id IN (SELECT value FROM json_each(@ids))
       UNION ALL
       SELECT x.segment_id, m.name, m.text, k.name, u.name, 1, x.id, m.id
       FROM coding x JOIN memo_link l ON l.target_kind = 'coding' AND l.target_id = x.id JOIN memo m ON m.id = l.memo_id
       JOIN code k ON k.id = x.code_id JOIN coder u ON u.id = x.coder_id
       WHERE x.segment_id IN (SELECT value FROM json_each(@ids)) AND (@coder IS NULL OR u.name = @coder)
       ORDER BY segmentId, onCoding, codingId, memoId`,
    )
    .all({ ids: JSON.stringify(segmentIds), coder: coder ?? null })
    .map((row) => {
      const { segmentId, name, text, code, coder: by } = row as SegmentListMemo;
      return { segmentId, name, text, code, coder: by };
    });
}

/** A segment's codings with their code's and coder's names and how many notes each has: a note is offered on each. */
export function codingsOfSegment(store: ReadStore, segmentId: number): SegmentCoding[] {
  return store
    .prepare(
      `SELECT x.id AS codingId, k.name AS code, u.name AS coder,
         (SELECT count(*) FROM memo_link l WHERE l.target_kind = 'coding' AND l.target_id = x.id) AS memoCount
       FROM coding x JOIN code k ON k.id = x.code_id JOIN coder u ON u.id = x.coder_id
       WHERE x.segment_id = ? ORDER BY x.id`,
    )
    .all(segmentId) as SegmentCoding[];
}
