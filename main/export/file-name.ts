/**
 * The name an exported file is offered under, made where the file is written (a job's thread or
 * the main thread), so each answer leaves as the contract has it.
 */
import type { ExportFormat } from '../../shared/tables.js';

/** A title as a file name: each run of anything but letters and digits becomes one hyphen. */
export function safeFileName(title: string): string {
  return title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'casecoder';
}

/** The file name extension, without the dot; every format's name is its usual extension. */
export function exportFileExtension(format: ExportFormat): string {
  return format;
}

/** A table's file: its title and its format's extension. */
export function exportFileName(title: string, format: ExportFormat): string {
  return `${safeFileName(title)}.${exportFileExtension(format)}`;
}
