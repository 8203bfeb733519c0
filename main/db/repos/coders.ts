import { type ReadStore, type WriteStore } from '../store.js';
import { newGuid } from '../stamps.js';

export interface CoderRef {
  id: number;
  name: string;
}

export function findCoder(store: ReadStore, name: string): number | undefined {
  const existing = store.prepare('SELECT id FROM coder WHERE name = ?').get(name) as { id: number } | undefined;
  return existing?.id;
}

/** `guid` is kept from an imported file (REFI-QDA); a new one is made otherwise. */
export function insertCoder(store: WriteStore, name: string, guid = newGuid()): number {
  return Number(store.prepare('INSERT INTO coder (guid, name) VALUES (?, ?)').run(guid, name).lastInsertRowid);
}

/** The coder row for a name, created on first use. */
export function ensureCoder(store: WriteStore, name: string): number {
  return findCoder(store, name) ?? insertCoder(store, name);
}

export function findCoderByGuid(store: ReadStore, guid: string): number | undefined {
  return store.prepare('SELECT id FROM coder WHERE guid = ?').pluck().get(guid) as number | undefined;
}

/**
 * The names of the coders with a coding, each probed off coding_coder_idx; `except`: leaving out
 * the coder of that GUID. A coder with none (whoever made a copy for a second coder, a merge's
 * coder whose codings were all removed) has nothing to filter or compare by.
 */
export function listCodingCoderNames(store: ReadStore, except?: string): string[] {
  const coded = 'EXISTS (SELECT 1 FROM coding WHERE coder_id = coder.id)';
  return except === undefined
    ? (store.prepare(`SELECT name FROM coder WHERE ${coded} ORDER BY name`).pluck().all() as string[])
    : (store.prepare(`SELECT name FROM coder WHERE guid <> ? AND ${coded} ORDER BY name`).pluck().all(except) as string[]);
}

export function listCoders(store: ReadStore): CoderRef[] {
  return store.prepare('SELECT id, name FROM coder ORDER BY name').all() as CoderRef[];
}
