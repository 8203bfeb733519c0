import type { MemoTarget } from '../../../shared/entities.js';
import type { ReadStore } from '../store.js';

/** The table of each kind of thing a memo can be about; the project is no row. */
const existsSql: Record<Exclude<MemoTarget['kind'], 'project'>, string> = {
  case: 'SELECT 1 FROM case_ WHERE id = ?',
  document: 'SELECT 1 FROM document WHERE id = ?',
  code: 'SELECT 1 FROM code WHERE id = ?',
  segment: 'SELECT 1 FROM segment WHERE id = ?',
  coding: 'SELECT 1 FROM coding WHERE id = ?',
};

/** Whether the case, document, code, segment or coding with this id exists. */
export function targetExists(store: ReadStore, kind: keyof typeof existsSql, id: number): boolean {
  return !!store.prepare(existsSql[kind]).get(id);
}
