import { newGuid, type Store } from '../store.js';

/** The coder row for a name, created on first use. */
export function ensureCoder(store: Store, name: string): number {
  const existing = store.prepare('SELECT id FROM coder WHERE name = ?').get(name) as { id: number } | undefined;
  if (existing) return existing.id;
  const info = store.prepare('INSERT INTO coder (guid, name) VALUES (?, ?)').run(newGuid(), name);
  return Number(info.lastInsertRowid);
}

export function listCoderNames(store: Store): string[] {
  return store.prepare('SELECT name FROM coder ORDER BY name').pluck().all() as string[];
}
