import type { Code, Codebook, Framework } from '../../../shared/entities.js';
import { newGuid, type ReadStore, type WriteStore } from '../store.js';

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

/** `guid` is kept from an imported file (REFI-QDA); a new one is made otherwise. */
export function insertFramework(store: WriteStore, name: string, exclusive: boolean, guid = newGuid()): Framework {
  const info = store
    .prepare(
      `INSERT INTO framework (guid, name, exclusive, sort)
       VALUES (?, ?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM framework))`,
    )
    .run(guid, name, exclusive ? 1 : 0);
  return { id: Number(info.lastInsertRowid), name, exclusive };
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
