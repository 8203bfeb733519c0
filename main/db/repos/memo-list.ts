/** Every memo with what it hangs on, or that it hangs on nothing any more, for the memo list (issue 10, "memos everywhere"). */
import type { MemoListRow } from '../../../shared/entities.js';
import type { ReadStore } from '../store.js';

/**
 * Newest first. Memos are few (a researcher writes them by hand), so text filtering is left to the caller.
 * A memo with no link left (what it was on was deleted) is one row of kind 'detached'.
 */
export function allMemos(store: ReadStore, kind: string | null): MemoListRow[] {
  return store
    .prepare(
      `SELECT m.id, m.name, m.text, m.created_at AS createdAt, u.name AS author, coalesce(l.target_kind, 'detached') AS targetKind, l.target_id AS targetId,
         CASE l.target_kind
           WHEN 'case' THEN (SELECT name FROM case_ WHERE id = l.target_id)
           WHEN 'document' THEN (SELECT name FROM document WHERE id = l.target_id)
           WHEN 'code' THEN (SELECT name FROM code WHERE id = l.target_id)
           WHEN 'segment' THEN substr(s.quote, 1, 200)
           WHEN 'coding' THEN (SELECT k.name FROM coding x JOIN code k ON k.id = x.code_id WHERE x.id = l.target_id) || ' · ' || substr(s.quote, 1, 200)
         END AS targetLabel,
         oc.name AS caseName, og.name AS groupName, sd.name AS documentName,
         s.document_id AS documentId, s.start, s."end" AS "end"
       FROM memo m LEFT JOIN memo_link l ON l.memo_id = m.id
       LEFT JOIN coder u ON u.id = m.created_by
       -- A coding's note is on its segment's passage, which the list opens.
       LEFT JOIN segment s ON s.id = CASE l.target_kind
           WHEN 'segment' THEN l.target_id
           WHEN 'coding' THEN (SELECT x.segment_id FROM coding x WHERE x.id = l.target_id)
         END
       LEFT JOIN document sd ON sd.id = s.document_id
       LEFT JOIN case_ oc ON oc.id = CASE l.target_kind
           WHEN 'case' THEN l.target_id
           WHEN 'document' THEN (SELECT d.case_id FROM document d WHERE d.id = l.target_id)
           ELSE sd.case_id
         END
       LEFT JOIN case_group og ON og.id = oc.group_id
       WHERE ? IS NULL OR coalesce(l.target_kind, 'detached') = ?
       ORDER BY m.id DESC`,
    )
    .all(kind, kind) as MemoListRow[];
}
