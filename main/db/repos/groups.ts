import type { Group } from '../../../shared/entities.js';
import type { ReadStore, WriteStore } from '../store.js';

export function listGroups(store: ReadStore): Group[] {
  return store.prepare('SELECT id, name FROM case_group ORDER BY sort, id').all() as Group[];
}

export function findGroupByName(store: ReadStore, name: string): Group | undefined {
  return store.prepare('SELECT id, name FROM case_group WHERE name = ?').get(name) as Group | undefined;
}

/** REFI-QDA import matches a group name whatever its case. */
export function findGroupIgnoringCase(store: ReadStore, name: string): Group | undefined {
  return store.prepare('SELECT id, name FROM case_group WHERE name = ? COLLATE NOCASE').get(name) as Group | undefined;
}

export function insertGroup(store: WriteStore, name: string): Group {
  const info = store
    .prepare('INSERT INTO case_group (name, sort) VALUES (?, (SELECT coalesce(max(sort), 0) + 1 FROM case_group))')
    .run(name);
  return { id: Number(info.lastInsertRowid), name };
}
