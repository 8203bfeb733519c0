import type { Code, Codebook, Framework } from '../../../shared/entities.js';
import { type ReadStore, type WriteStore } from '../store.js';
import { newGuid } from '../stamps.js';

export function getCodebook(store: ReadStore): Codebook {
  const frameworks = (
    store.prepare('SELECT id, name, exclusive FROM framework ORDER BY sort, id').all() as {
      id: number;
      name: string;
      exclusive: number;
    }[]
  ).map((f) => ({ ...f, exclusive: f.exclusive === 1 }));
  const codes = store
    .prepare(
      `SELECT id, framework_id AS frameworkId, parent_id AS parentId, name, color, description
       FROM code ORDER BY framework_id, sort, id`,
    )
    .all() as Code[];
  return { frameworks, codes };
}

export function getFramework(store: ReadStore, id: number): Framework | undefined {
  return getCodebook(store).frameworks.find((f) => f.id === id);
}

export function getCode(store: ReadStore, id: number): Code | undefined {
  return store
    .prepare(
      `SELECT id, framework_id AS frameworkId, parent_id AS parentId, name, color, description
       FROM code WHERE id = ?`,
    )
    .get(id) as Code | undefined;
}

/**
 * `guid` is kept from an imported file (REFI-QDA); a new one is made otherwise. An import of
 * many frameworks passes `sort` (from nextFrameworkSort) so each insert does not scan them all.
 */
export function insertFramework(store: WriteStore, name: string, exclusive: boolean, guid = newGuid(), sort?: number): Framework {
  const info = store
    .prepare(
      `INSERT INTO framework (guid, name, exclusive, sort)
       VALUES (?, ?, ?, coalesce(?, (SELECT coalesce(max(sort), 0) + 1 FROM framework)))`,
    )
    .run(guid, name, exclusive ? 1 : 0, sort ?? null);
  return { id: Number(info.lastInsertRowid), name, exclusive };
}

/** The sort a framework added after all others takes. */
export function nextFrameworkSort(store: ReadStore): number {
  return (store.prepare('SELECT coalesce(max(sort), 0) + 1 AS sort FROM framework').get() as { sort: number }).sort;
}

export function updateFramework(store: WriteStore, id: number, changes: { name?: string; exclusive?: boolean }): void {
  if (changes.name !== undefined) store.prepare('UPDATE framework SET name = ? WHERE id = ?').run(changes.name, id);
  if (changes.exclusive !== undefined) {
    store.prepare('UPDATE framework SET exclusive = ? WHERE id = ?').run(changes.exclusive ? 1 : 0, id);
  }
}

/**
 * A new code, last in its framework unless `imported.sort` places it (REFI-QDA import keeps the
 * file's order among siblings, and its GUID).
 */
export function insertCode(store: WriteStore, code: Omit<Code, 'id'>, imported: { guid?: string; sort?: number } = {}): Code {
  const info = store
    .prepare(
      `INSERT INTO code (guid, framework_id, parent_id, name, color, description, sort)
       VALUES (?, ?, ?, ?, ?, ?, coalesce(?, (SELECT coalesce(max(sort), 0) + 1 FROM code WHERE framework_id = ?)))`,
    )
    .run(imported.guid ?? newGuid(), code.frameworkId, code.parentId, code.name, code.color, code.description, imported.sort ?? null, code.frameworkId);
  return { id: Number(info.lastInsertRowid), ...code };
}

export function updateCode(store: WriteStore, id: number, changes: { name?: string; color?: string; description?: string }): void {
  for (const column of ['name', 'color', 'description'] as const) {
    const value = changes[column];
    if (value !== undefined) store.prepare(`UPDATE code SET ${column} = ? WHERE id = ?`).run(value, id);
  }
}

/** The code and its descendants, deepest first, so children go before their parent. */
export function codeSubtree(store: ReadStore, id: number): number[] {
  const rows = store
    .prepare(
      `WITH RECURSIVE sub(id, depth) AS (
         SELECT id, 0 FROM code WHERE id = ?
         UNION ALL SELECT c.id, sub.depth + 1 FROM code c JOIN sub ON c.parent_id = sub.id)
       SELECT id FROM sub ORDER BY depth DESC`,
    )
    .all(id) as { id: number }[];
  return rows.map((r) => r.id);
}

/**
 * How much deleting or merging these codes would write, read from the coding index alone: their
 * codings, and the segments they code (each code's own, as a segment coded by several coders
 * counts once), which a deletion may take with them.
 */
export function codingWeight(store: ReadStore, codeIds: readonly number[]): { codings: number; segments: number } {
  return store
    .prepare(
      `SELECT count(*) AS codings, count(DISTINCT code_id || ':' || segment_id) AS segments
       FROM coding WHERE code_id IN (SELECT value FROM json_each(?))`,
    )
    .get(JSON.stringify(codeIds)) as { codings: number; segments: number };
}

export function deleteCodeRow(store: WriteStore, id: number): void {
  store.prepare('DELETE FROM code WHERE id = ?').run(id);
}

export function findCodeByPath(store: ReadStore, frameworkName: string, codeName: string): Code | undefined {
  return store
    .prepare(
      `SELECT c.id, c.framework_id AS frameworkId, c.parent_id AS parentId, c.name, c.color, c.description
       FROM code c JOIN framework f ON f.id = c.framework_id
       WHERE f.name = ? COLLATE NOCASE AND c.name = ? COLLATE NOCASE`,
    )
    .get(frameworkName, codeName) as Code | undefined;
}

/**
 * Per code: the segments, cases (through documents) and codings that carry it. The codings are
 * read document by document through the covering indexes of document, segment and coding, in
 * order, rather than looking up each coding's segment and document row (a third of the time on
 * the reference corpus's 200,000 codings).
 */
export function codeCounts(store: ReadStore): { codeId: number; segments: number; cases: number; codings: number }[] {
  return store
    .prepare(
      `SELECT c.id AS codeId, coalesce(n.segments, 0) AS segments, coalesce(n.cases, 0) AS cases, coalesce(n.codings, 0) AS codings
       FROM code c LEFT JOIN (
         SELECT x.code_id, count(DISTINCT x.segment_id) AS segments, count(DISTINCT d.case_id) AS cases, count(*) AS codings
         FROM document d CROSS JOIN segment s ON s.document_id = d.id CROSS JOIN coding x ON x.segment_id = s.id
         GROUP BY x.code_id) n ON n.code_id = c.id
       ORDER BY c.id`,
    )
    .all() as { codeId: number; segments: number; cases: number; codings: number }[];
}

/** The ids of a parent's children (top-level codes of the framework for null), in order. */
export function siblingIds(store: ReadStore, frameworkId: number, parentId: number | null): number[] {
  const rows = store
    .prepare('SELECT id FROM code WHERE framework_id = ? AND parent_id IS ? ORDER BY sort, id')
    .all(frameworkId, parentId) as { id: number }[];
  return rows.map((r) => r.id);
}

export function setCodeParent(store: WriteStore, id: number, parentId: number | null): void {
  store.prepare('UPDATE code SET parent_id = ? WHERE id = ?').run(parentId, id);
}

export function setCodeSort(store: WriteStore, id: number, sort: number): void {
  store.prepare('UPDATE code SET sort = ? WHERE id = ? AND sort IS NOT ?').run(sort, id, sort);
}

/**
 * Logs the code a merge goes into, in the merge's step, which writes no row of it otherwise (a
 * code with no codings and no memos moves nothing): the undo and redo labels read it from there.
 * The row is written as it is, so undoing and redoing it changes nothing.
 */
export function logMergeTarget(store: WriteStore, id: number): void {
  store.prepare('UPDATE code SET name = name WHERE id = ?').run(id);
}

/**
 * Moves every coding of one code to another. A segment that already carries the target code
 * from the same coder keeps that coding and loses the moved one (a segment holds a code once
 * per coder). Returns how many codings moved or merged.
 */
export function moveCodings(store: WriteStore, fromCodeId: number, toCodeId: number): number {
  const duplicates = store
    .prepare(
      `DELETE FROM coding WHERE code_id = ? AND EXISTS (
         SELECT 1 FROM coding t WHERE t.code_id = ? AND t.segment_id = coding.segment_id AND t.coder_id = coding.coder_id)`,
    )
    .run(fromCodeId, toCodeId).changes;
  const moved = store.prepare('UPDATE coding SET code_id = ? WHERE code_id = ?').run(toCodeId, fromCodeId).changes;
  return duplicates + moved;
}

/** Memos about one code become memos about another (a memo already linked to both keeps one link). */
export function moveCodeMemos(store: WriteStore, fromCodeId: number, toCodeId: number): void {
  store
    .prepare(
      `DELETE FROM memo_link WHERE target_kind = 'code' AND target_id = ? AND memo_id IN (
         SELECT memo_id FROM memo_link WHERE target_kind = 'code' AND target_id = ?)`,
    )
    .run(fromCodeId, toCodeId);
  store.prepare(`UPDATE memo_link SET target_id = ? WHERE target_kind = 'code' AND target_id = ?`).run(toCodeId, fromCodeId);
}
