/**
 * Segments with no coding: passages holding a memo alone (written on uncoded text, or a REFI-QDA
 * selection with a note). Most projects have none, which two counts off indexes tell (10 ms on
 * the reference corpus) sooner than a probe of every segment would (50 ms): only where some exist
 * do counts of coded segments probe each for a coding.
 */
import type { ReadStore } from '../store.js';

/** Whether some segment has no coding: fewer segments have codings than there are. */
export const uncodedSegmentsExist = (store: ReadStore) =>
  store.prepare('SELECT (SELECT count(*) FROM segment) > (SELECT count(DISTINCT segment_id) FROM coding)').pluck().get() === 1;

/** A condition on segment `s` (AND …) keeping it only if it has a coding: for the few segments of one case or document. */
export const CODED = ' AND EXISTS (SELECT 1 FROM coding y WHERE y.segment_id = s.id)';

/** CODED for a count over every segment, none where every segment has a coding. */
export const codedOnly = (store: ReadStore) => (uncodedSegmentsExist(store) ? CODED : '');
