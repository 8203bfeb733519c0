/**
 * Turns a cross-case table into a file in any export format. Pure Node, so the desktop app,
 * the browser mode's server and the tests share it.
 */
import type { CrossTable, ExportFormat } from '../../shared/tables.js';
import { writeCsv } from './csv.js';
import { writeDocx } from './docx.js';
import { writeHtml } from './html.js';
import { writeJson } from './json.js';
import { writeMarkdown } from './markdown.js';
import { writeXlsx } from './xlsx.js';

export async function exportTable(table: CrossTable, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'csv':
      return writeCsv(table);
    case 'xlsx':
      return writeXlsx(table);
    case 'docx':
      return writeDocx(table);
    case 'md':
      return writeMarkdown(table);
    case 'html':
      return writeHtml(table);
    case 'json':
      return writeJson(table);
  }
}

/** The file name extension, without the dot; every format's name is its usual extension. */
export function exportFileExtension(format: ExportFormat): string {
  return format;
}
