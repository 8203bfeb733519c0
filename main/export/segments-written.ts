/**
 * Which cells' segments an export of an analysis table writes, so the table is built with
 * those and no more (main/analysis/tables.ts): gathering every cell's segments and quotes took
 * most of the time of exporting a table of counts of the reference corpus (issue 13), and CSV
 * of such a table prints none of them.
 *
 * - 'shown': the quotes of the cells that show quotes (CSV, and XLSX, DOCX and Markdown without
 *   an appendix); a table of counts then needs none.
 * - 'data': those of every data row too, which the appendix lists (segment ids; XLSX with
 *   their cases and quotes). Subtotal and total rows repeat the rows above them, so not theirs.
 * - 'all': every cell's: JSON lists each cell's segments with their quotes, and HTML tags each
 *   count, subtotals and totals included, with the ids of its segments.
 */
import type { ExportFormat } from '../../shared/tables.js';

export type SegmentsWritten = 'shown' | 'data' | 'all';

export function segmentsWritten(format: ExportFormat, appendix: boolean): SegmentsWritten {
  switch (format) {
    case 'json':
    case 'html':
      return 'all';
    case 'csv':
      return 'shown';
    case 'xlsx':
    case 'docx':
    case 'md':
      return appendix ? 'data' : 'shown';
  }
}
