import type { Group } from '../../../shared/entities.js';
import type { Store } from '../store.js';

export function listGroups(store: Store): Group[] {
  return store.prepare('SELECT id, name FROM case_group ORDER BY sort, id').all() as Group[];
}

export function findGroupByName(store: Store, name: string): Group | undefined {
  return store.prepare('SELECT id, name FROM case_group WHERE name = ?').get(name) as Group | undefined;
}

export function insertGroup(store: Store, name: string): Group {
  const info = store
    .prepare('INSERT INTO case_group (name, sort) VALUES (?, (SELECT coalesce(max(sort), 0) + 1 FROM case_group))')
    .run(name);
  return { id: Number(info.lastInsertRowid), name };
}
