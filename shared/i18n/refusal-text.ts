/**
 * Why a file was not imported, in the reader's language, for the app's import reports and the
 * command line alike. The reasons are the services' refusal codes (main/import/refusal.ts).
 */
import { errorKey, errorText, type ServiceError, type Words } from './error-text.js';

const MB = 1024 * 1024;

const reasonKeys = new Set([
  'passwordProtected', 'corrupt', 'empty', 'noTextLayer', 'textTooLong', 'timeout', 'cancelled', 'unsupported', 'notText', 'unknownEncoding',
]);

export function refusalText(words: Words, reason: string, params: Record<string, string | number>): string {
  if (reason === 'tooLarge') {
    // The worker's memory cap, a file over its size limit, or an archive part over its own.
    if (params.unit === 'MB') return words.t('import-documents.reasons.tooLargeMemory', params);
    if (params.format !== undefined) return words.t('import-documents.reasons.tooLarge', { ...params, limit: Math.round(Number(params.limit) / MB) });
    return words.t('import-documents.reasons.tooLargeStructure');
  }
  const key = `import-documents.reasons.${reason}`;
  return words.t(reasonKeys.has(reason) ? key : 'import-documents.reasons.other', params);
}

/**
 * A service's error in the reader's language. A file refused by the readers that spreadsheets
 * share with documents (empty, damaged, not text…) says so as a document import's report does,
 * after the file's name: those refusals have no message of their own among the errors.
 */
export function importErrorText(words: Words, error: ServiceError): string {
  const params = error.params ?? {};
  if (errorKey(words, error.code) || !(reasonKeys.has(error.code) || error.code === 'tooLarge')) return errorText(words, error);
  return `${params.file ?? ''}: ${refusalText(words, error.code, params)}`;
}
