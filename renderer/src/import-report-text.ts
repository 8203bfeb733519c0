/**
 * One file's line of a document import report in the UI language: what became of it, and for
 * a refused file, why. The reasons are the services' refusal codes (main/import/refusal.ts).
 */
import type { DocumentImportFile, ImportWarning } from '../../shared/entities.js';
import { errorKey, errorText, t } from './i18n/index.js';

const MB = 1024 * 1024;

/** Encodings offered for re-reading a text file: those researchers' files come in. */
export const rereadEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r', 'windows-1252', 'iso-8859-1', 'cp866', 'iso-8859-5'];

export function fileStatusText(file: DocumentImportFile): string {
  if (file.status === 'created') return t('import-documents.created', { count: file.characters ?? 0 });
  if (file.status === 'duplicate') return t('import-documents.duplicate');
  return `${t('import-documents.refused')}: ${refusalText(file.reason ?? '', file.params ?? {})}`;
}

export function refusalText(reason: string, params: Record<string, string | number>): string {
  if (reason === 'tooLarge') {
    // The worker's memory cap, a file over its size limit, or an archive part over its own.
    if (params.unit === 'MB') return t('import-documents.reasons.tooLargeMemory', params);
    if (params.format !== undefined) return t('import-documents.reasons.tooLarge', { ...params, limit: Math.round(Number(params.limit) / MB) });
    return t('import-documents.reasons.tooLargeStructure');
  }
  const key = `import-documents.reasons.${reason}`;
  return t(reasonKeys.has(reason) ? key : 'import-documents.reasons.other', params);
}

/**
 * A service's error in the UI language. A file refused by the readers that spreadsheets share
 * with documents (empty, damaged, not text…) says so as a document import's report does, after
 * the file's name: those refusals have no message of their own among the errors.
 */
export function importErrorText(error: { code: string; message: string; params?: Record<string, string | number> }): string {
  const params = error.params ?? {};
  if (errorKey(error.code) || !(reasonKeys.has(error.code) || error.code === 'tooLarge')) return errorText(error);
  return `${params.file ?? ''}: ${refusalText(error.code, params)}`;
}

const reasonKeys = new Set([
  'passwordProtected', 'corrupt', 'empty', 'noTextLayer', 'textTooLong', 'timeout', 'cancelled', 'unsupported', 'notText', 'unknownEncoding',
]);

export function encodingText(file: DocumentImportFile): string | null {
  if (!file.encoding) return null;
  return t(file.encodingUnsure ? 'import-documents.encodingUnsure' : 'import-documents.encoding', { encoding: file.encoding });
}

/** A file's warnings beyond its encoding line, which already says when the encoding was a guess. */
export function warningTexts(file: DocumentImportFile): string[] {
  return file.warnings.filter((w) => w.code !== 'encodingUnsure').map(importWarningText);
}

export function importWarningText(warning: ImportWarning): string {
  return t(`import-documents.warnings.${warning.code}`, warning.params);
}

/** "Group · Case" where the case has a group, so same-named cases of two groups tell apart. */
export function caseLabel(item: { name: string; groupId: number | null }, groups: { id: number; name: string }[]): string {
  const group = item.groupId === null ? undefined : groups.find((g) => g.id === item.groupId);
  return group ? `${group.name} · ${item.name}` : item.name;
}
