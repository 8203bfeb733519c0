/**
 * What one imported file may cost. Each limit is named in the refusal that enforces it, and
 * belongs in the README's list of limits (issue 12).
 */
import { MAX_DOCUMENT_CHARS } from '../../shared/document-limits.js';
import { MAX_SHEET_BYTES, type SheetFormat } from '../../shared/sheets.js';
import { refuse, type ImportRefusal } from './refusal.js';

const MB = 1024 * 1024;

export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx' | 'odt' | 'rtf' | 'pdf';

export const importLimits = {
  /** Bytes of the file as given, per format; zipped formats are also bounded unpacked (main/refi/limits.ts). */
  maxFileBytes: {
    txt: 50 * MB,
    md: 50 * MB,
    html: 20 * MB,
    docx: 50 * MB,
    odt: 50 * MB,
    rtf: 50 * MB,
    pdf: 50 * MB,
    csv: MAX_SHEET_BYTES,
    xlsx: MAX_SHEET_BYTES,
  } satisfies Record<DocumentFormat | SheetFormat, number>,
  /** Blocks (quotes, lists) nested in a Markdown file: notes nest a few; hundreds are an attack on the parser's stack. */
  markdownNesting: 100,
  /** Elements nested in an HTML page (or Word's, through mammoth): as deep as the XML readers take (refiLimits.maxXmlDepth). */
  htmlNesting: 256,
  /** UTF-16 units of extracted text: a long book is about 2 million. */
  maxTextChars: MAX_DOCUMENT_CHARS,
  /** Wall-clock seconds one file may take in the worker before it is killed. */
  timeoutSeconds: 60,
  /** Heap of the worker thread: a parser that balloons dies alone, not the app. */
  workerHeapMb: 1024,
  /**
   * What the process's resident memory may grow by while one file is read. The heap cap does not
   * count the buffers a parser inflates into (pdf.js's decoded streams): a 3 MB PDF took 6.4 GB.
   * Low enough that the refused file leaves the process under 1 GB (issue 13: the 3 MB PDF bomb
   * now peaks at 783 MB, against 1.16 GB at 1024), and well above what reading needs: a PDF of
   * 1,307 pages and 5 million characters imported at a 407 MB peak for the whole CLI process.
   */
  readerMemoryMb: 640,
  sheet: {
    maxColumns: 1_000,
    maxRows: 100_000,
    maxCellChars: 100_000,
    /** Rows × columns: XLSX readers fill the gaps between cells, so area, not just count, is held. */
    maxCells: 2_000_000,
  },
} as const;

const { maxColumns, maxRows, maxCells } = importLimits.sheet;

/** The refusals of a table past the sheet limits, a CSV's or an XLSX's alike. */
export function tooManyColumns(fileName: string): ImportRefusal {
  return refuse('tooManyColumns', fileName, `the table has more than ${maxColumns} columns`, { limit: maxColumns });
}

export function tooManyRows(fileName: string): ImportRefusal {
  return refuse('tooManyRows', fileName, `the table has more than ${maxRows} rows`, { limit: maxRows });
}

export function tooManyCells(fileName: string): ImportRefusal {
  return refuse('tooManyCells', fileName, `the table has more than ${maxCells} cells`, { limit: maxCells });
}
