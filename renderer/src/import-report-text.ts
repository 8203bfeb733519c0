/**
 * One file's line of a document import report in the UI language: what became of it, and for
 * a refused file, why (shared/i18n/refusal-text.ts).
 */
import type { DocumentImportFile, ImportWarning } from '../../shared/entities.js';
import type { ServiceError } from '../../shared/i18n/error-text.js';
import { importErrorText as importErrorTextIn, refusalText as refusalTextIn } from '../../shared/i18n/refusal-text.js';
import { t, words } from './i18n/index.js';

/**
 * Encodings offered for re-reading a text file: those researchers' files come in (rk1048 is
 * KZ-1048, pt154 PT154, both Kazakh), and the Chinese and Japanese ones a guess reads only as
 * signs (decode-text.ts says it unsure), as interviews with migrants from China come in them.
 */
export const rereadEncodings = [
  'utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'windows-1251', 'rk1048', 'pt154', 'koi8-r', 'windows-1252', 'iso-8859-1', 'cp866', 'iso-8859-5',
  'gb18030', 'big5', 'shift_jis',
];

export function fileStatusText(file: DocumentImportFile): string {
  if (file.status === 'created') return t('import-documents.created', { count: file.characters ?? 0 });
  if (file.status === 'duplicate') return t('import-documents.duplicate');
  return `${t('import-documents.refused')}: ${refusalText(file.reason ?? '', file.params ?? {})}`;
}

export function refusalText(reason: string, params: Record<string, string | number>): string {
  return refusalTextIn(words, reason, params);
}

/** A service's error in the UI language; a file refused as a document import refuses one says why as its report does. */
export function importErrorText(error: ServiceError): string {
  return importErrorTextIn(words, error);
}

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
