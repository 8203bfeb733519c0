/**
 * The name an exported file is offered under, made where the file is written (a job's thread or
 * the main thread), so each answer leaves as the contract has it.
 */
import { fileNameFrom } from '../../shared/file-name.js';
import type { ExportFormat } from '../../shared/tables.js';

/** What a file is named when its title leaves nothing a file name may hold. */
export const FALLBACK_FILE_NAME = 'casecoder';

/** The file name extension, without the dot; every format's name is its usual extension. */
export function exportFileExtension(format: ExportFormat): string {
  return format;
}

/** A table's file: its title, readable as the title is (charts name theirs by the same rule), and its format's extension. */
export function exportFileName(title: string, format: ExportFormat): string {
  return `${fileNameFrom(title, FALLBACK_FILE_NAME)}.${exportFileExtension(format)}`;
}
