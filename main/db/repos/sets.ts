import { type WriteStore } from '../store.js';
import { newGuid } from '../stamps.js';

export type SetMemberKind = 'code' | 'document' | 'memo';

/** `guid` is kept from an imported file (REFI-QDA); a new one is made otherwise. */
export function insertSet(store: WriteStore, set: { name: string; description: string; guid?: string }): number {
  return Number(
    store.prepare('INSERT INTO code_set (guid, name, description) VALUES (?, ?, ?)').run(set.guid ?? newGuid(), set.name, set.description)
      .lastInsertRowid,
  );
}

/** Adds a member to a set; adding it twice keeps one. */
export function addSetMember(store: WriteStore, setId: number, kind: SetMemberKind, memberId: number): void {
  store.prepare('INSERT INTO set_member (set_id, member_kind, member_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(setId, kind, memberId);
}
