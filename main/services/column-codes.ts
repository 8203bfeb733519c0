/**
 * The code a case table's column is coded with when no code of the codebook matches it: a
 * top-level code named for the column, in the framework for such codes (made when missing),
 * which the app names in the user's language (DEFAULT_COLUMN_FRAMEWORK otherwise). A code made
 * is reported, so the researcher knows where the column's codings went.
 */
import type { ImportWarning } from '../../shared/entities.js';
import { findByName, sameName } from '../../shared/names.js';
import { DEFAULT_COLUMN_FRAMEWORK } from '../../shared/sheets.js';
import * as codebook from '../db/repos/codebook.js';
import type { WriteStore } from '../db/store.js';

export function columnCode(store: WriteStore, column: string, frameworkName: string | undefined, warnings: ImportWarning[]): number {
  const name = frameworkName ?? DEFAULT_COLUMN_FRAMEWORK;
  // One reading serves both: a framework just made has no codes yet.
  const { frameworks, codes } = codebook.getCodebook(store);
  const framework = findByName(frameworks, name) ?? codebook.insertFramework(store, name, false);
  const existing = codes.find((c) => c.frameworkId === framework.id && c.parentId === null && sameName(c.name, column));
  if (existing) return existing.id;
  warnings.push({ code: 'codeCreated', params: { column, code: `${framework.name}/${column}` } });
  return codebook.insertCode(store, { frameworkId: framework.id, parentId: null, name: column, color: '#888888', description: '' }).id;
}
