/**
 * Turns a cross-case table into a file in any export format, with the memos of what it shows
 * where the caller read them (table-memos.ts). Pure Node, so the desktop app, the browser mode's
 * server and the tests share it. The Word and Excel writers are loaded when first asked for:
 * their libraries are a good part of what every command line start would otherwise read.
 */
import type { CrossTable, ExportFormat } from '../../shared/tables.js';
import { writeCsv } from './csv.js';
import { writeHtml } from './html.js';
import { writeJson } from './json.js';
import { writeMarkdown } from './markdown.js';
import type { TableMemo } from './memo-text.js';

export async function exportTable(table: CrossTable, format: ExportFormat, memos: readonly TableMemo[] = []): Promise<Buffer> {
  switch (format) {
    case 'csv':
      return writeCsv(table, memos);
    case 'xlsx':
      return (await import('./xlsx.js')).writeXlsx(table, memos);
    case 'docx':
      return (await import('./docx.js')).writeDocx(table, memos);
    case 'md':
      return writeMarkdown(table, memos);
    case 'html':
      return writeHtml(table, memos);
    case 'json':
      return writeJson(table, memos);
  }
}
