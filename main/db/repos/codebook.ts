import type { Code, Codebook, Framework } from '../../../shared/entities.js';
import { newGuid, type Store } from '../store.js';

export function getCodebook(store: Store): Codebook {
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

export function getFramework(store: Store, id: number): Framework | undefined {
  return getCodebook(store).frameworks.find((f) => f.id === id);
}

export function getCode(store: Store, id: number): Code | undefined {
  return store
    .prepare(
      `SELECT id, framework_id AS frameworkId, parent_id AS parentId, name, color, description
       FROM code WHERE id = ?`,
    )
    .get(id) as Code | undefined;
}

export function insertFramework(store: Store, name: string, exclusive: boolean): Framework {
  const info = store
    .prepare(
      `INSERT INTO framework (guid, name, exclusive, sort)
       VALUES (?, ?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM framework))`,
    )
    .run(newGuid(), name, exclusive ? 1 : 0);
  return { id: Number(info.lastInsertRowid), name, exclusive };
}

export function updateFramework(store: Store, id: number, changes: { name?: string; exclusive?: boolean }): void {
  if (changes.name !== undefined) store.prepare('UPDATE framework SET name = ? WHERE id = ?').run(changes.name, id);
  if (changes.exclusive !== undefined) {
    store.prepare('UPDATE framework SET exclusive = ? WHERE id = ?').run(changes.exclusive ? 1 : 0, id);
  }
}

export function insertCode(store: Store, code: Omit<Code, 'id'>): Code {
  const info = store
    .prepare(
      `INSERT INTO code (guid, framework_id, parent_id, name, color, description, sort)
       VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM code WHERE framework_id = ?))`,
    )
    .run(newGuid(), code.frameworkId, code.parentId, code.name, code.color, code.description, code.frameworkId);
  return { id: Number(info.lastInsertRowid), ...code };
}

export function updateCode(store: Store, id: number, changes: { name?: string; color?: string; description?: string }): void {
  for (const column of ['name', 'color', 'description'] as const) {
    const value = changes[column];
    if (value !== undefined) store.prepare(`UPDATE code SET ${column} = ? WHERE id = ?`).run(value, id);
  }
}

/** The code and its descendants, deepest first, so children go before their parent. */
export function codeSubtree(store: Store, id: number): number[] {
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

export function deleteCodeRow(store: Store, id: number): void {
  store.prepare('DELETE FROM code WHERE id = ?').run(id);
}

export function findCodeByPath(store: Store, frameworkName: string, codeName: string): Code | undefined {
  return store
    .prepare(
      `SELECT c.id, c.framework_id AS frameworkId, c.parent_id AS parentId, c.name, c.color, c.description
       FROM code c JOIN framework f ON f.id = c.framework_id
       WHERE f.name = ? COLLATE NOCASE AND c.name = ? COLLATE NOCASE`,
    )
    .get(frameworkName, codeName) as Code | undefined;
}
