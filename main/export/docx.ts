/**
 * A table as a Word document: the caption, a journal-style table (rules above, under the header
 * and below; the header row repeating on every page), the note, the appendix and the memos.
 * A table too wide for the page comes as several tables of column groups (docx-columns.ts), each
 * under its own caption. Written as WordprocessingML text (wordml.ts): a case matrix is tens of
 * thousands of cells.
 */
import { columnName, headerGroups, type CrossTable, type ExportLanguage, type TableRow } from '../../shared/tables.js';
import { cellAt, cellLines, cellText, showsCount } from './cell-text.js';
import { columnLayout, turnsPage, type ColumnPart } from './docx-columns.js';
import { keepsWhole } from './docx-rows.js';
import { appendixCells, captionLine, noteText, tableLabel, tableLanguage, words } from './journal.js';
import { memoBody, memoOwner, memoWords, type TableMemo } from './memo-text.js';
import { markedLanguage, markedName } from './text-language.js';
import { paragraph, run, writeWordPackage, type Page } from './wordml.js';

// A4 in twips, with Word's default one-inch margins.
export const PAGE = { width: 11906, height: 16838, margin: 1440 };
// Border widths in eighths of a point: the table's rules, and the thinner one under the header.
export const RULE = '<w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/>';
const BOTTOM_RULE = '<w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/>';
const THIN_TOP = '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>';
export const THIN_BOTTOM = '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>';
const noLine = (side: string) => `<w:${side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>`;
// In the order the schema sets: top, left, bottom, right, inside horizontal, inside vertical.
const TABLE_BORDERS = RULE + noLine('left') + BOTTOM_RULE + noLine('right') + noLine('insideH') + noLine('insideV');
// Half-points: the table in 10 pt, its note a size smaller, as journals set them.
const TEXT_SIZE = 20;
const NOTE_SIZE = 18;
const HEADING_SIZE = 22;

export async function writeDocx(table: CrossTable, memos: readonly TableMemo[] = []): Promise<Buffer> {
  const page: Page = { ...PAGE, landscape: turnsPage(table, PAGE.width - 2 * PAGE.margin) };
  const textWidth = (page.landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  const info = { title: captionLine(table), creator: 'CaseCoder', language: tableLanguage(table), font: 'Times New Roman', size: TEXT_SIZE, page };
  const layout = columnLayout(table, textWidth);
  return writeWordPackage(info, (write) => {
    layout.parts.forEach((part, p) => {
      write(layout.parts.length === 1 ? caption(table) : caption(table, part, p > 0));
      writeTable(table, part, layout.size, write);
    });
    write(note(table));
    write(appendix(table));
    write(memoSection(table, memos));
  });
}

/**
 * APA: "Table 1" in bold on its own line, the title in italics under it; unnumbered, the title in
 * bold. A part of a split table names its columns after the title, and stands apart from the part above.
 */
function caption(table: CrossTable, part?: ColumnPart, apart = false): string {
  const label = tableLabel(table);
  const columns = part ? run(` (${words(table).columnsPart(part.from + 1, part.to, table.columns.length)})`, { size: HEADING_SIZE }) : '';
  const before = apart ? 360 : 0;
  if (!label) return paragraph(run(table.title, { bold: true, size: HEADING_SIZE }) + columns, { keepNext: true, before, after: 120 });
  return (
    paragraph(run(label, { bold: true, size: HEADING_SIZE }), { keepNext: true, before, after: 60 }) +
    paragraph(run(table.title, { italic: true, size: HEADING_SIZE }) + columns, { keepNext: true, after: 120 })
  );
}

/**
 * The label column and the part's columns of the table, row by row, so no more than one row's
 * text is held at a time; `size` (half-points) sets the text smaller than the document's.
 */
function writeTable(table: CrossTable, part: ColumnPart, size: number | undefined, write: (xml: string) => void): void {
  const { widths } = part;
  const columns = table.columns.slice(part.from, part.to);
  // Names (of codes, cases, groups) in another language than the table's are marked as quotes are.
  const language = tableLanguage(table);
  const total = widths.reduce((sum, w) => sum + w, 0);
  write(
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>` +
      // Journal style: horizontal rules above, below the header and below; no vertical lines.
      `<w:tblBorders>${TABLE_BORDERS}</w:tblBorders>` +
      '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>' +
      '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  );
  // The cell properties repeat for every row: made once per column and kind of row.
  const cellProps = (borders: string, extra = '') =>
    widths.map((w) => `<w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${borders ? `<w:tcBorders>${borders}</w:tcBorders>` : ''}${extra}</w:tcPr>`);
  // The top rule on the header cells too, so the header repeated on a new page has it.
  const headerProps = cellProps(RULE + THIN_BOTTOM, '<w:vAlign w:val="bottom"/>');
  const dataProps = cellProps('');
  const totalProps = cellProps(THIN_TOP);
  const countsRight = table.display === 'counts' ? 'right' : 'left';
  if (columns.some((column) => column.framework !== undefined)) {
    write(frameworkHeader(table, part, size, countsRight));
  } else {
    write(
      `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${[table.rowHeader, ...columns.map((column) => column.label)]
        .map((label, c) => `<w:tc>${headerProps[c]}${paragraph(run(label, { bold: true, size, language: markedName(label, language) }), { align: c > 0 ? countsRight : 'left' })}</w:tc>`)
        .join('')}</w:tr>`,
    );
  }
  table.rows.forEach((row, r) => {
    if (row.role === 'heading') {
      // A group heading spans the table and stays with the first row of its group.
      write(
        `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="${total}" w:type="dxa"/><w:gridSpan w:val="${widths.length}"/></w:tcPr>` +
          `${paragraph(run(row.label, { italic: true, size, language: markedName(row.label, language) }), { keepNext: true, before: 80 })}</w:tc></w:tr>`,
      );
      return;
    }
    write(bodyRow(table, part, row, r, row.role === 'total' ? totalProps : dataProps, countsRight, size));
  });
  write('</w:tbl>');
}

/**
 * The header of codes from several frameworks, in two rows that both repeat on every page: each
 * framework's name centred over its codes with a thin rule under it, as journals set a spanning
 * heading, and each code by its own name under it («Позитивное», not «Валентность/Позитивное»,
 * which a narrow column broke mid-word). The row header and a column of no framework fill both rows.
 */
function frameworkHeader(table: CrossTable, part: ColumnPart, size: number | undefined, align: 'left' | 'right'): string {
  const { widths } = part;
  const language = tableLanguage(table);
  const width = (from: number, to: number) => widths.slice(from - part.from + 1, to - part.from + 1).reduce((sum, w) => sum + w, 0);
  const cell = (w: number, props: string, text: string, look: 'left' | 'right' | 'center') =>
    `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${props}<w:vAlign w:val="bottom"/></w:tcPr>` +
    `${text ? paragraph(run(text, { bold: true, size, language: markedName(text, language) }), { align: look }) : emptyParagraph(size)}</w:tc>`;
  const borders = (b: string) => `<w:tcBorders>${b}</w:tcBorders>`;
  const startMerge = `<w:vMerge w:val="restart"/>${borders(RULE)}`;
  const continueMerge = `<w:vMerge/>${borders(THIN_BOTTOM)}`;
  const row = (cells: string) => `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells}</w:tr>`;
  const groups = headerGroups(table.columns, part.from, part.to);
  const top =
    cell(widths[0]!, startMerge, table.rowHeader, 'left') +
    groups
      .map(({ from, to, framework }) =>
        framework === undefined
          ? cell(width(from, to), startMerge, table.columns[from]!.label, align)
          : cell(width(from, to), `${to - from > 1 ? `<w:gridSpan w:val="${to - from}"/>` : ''}${borders(RULE + THIN_BOTTOM)}`, framework, 'center'),
      )
      .join('');
  let bottom = cell(widths[0]!, continueMerge, '', 'left');
  for (let c = part.from; c < part.to; c++) {
    const column = table.columns[c]!;
    bottom +=
      column.framework === undefined
        ? cell(width(c, c + 1), continueMerge, '', align)
        : cell(width(c, c + 1), borders(THIN_BOTTOM), columnName(column), align);
  }
  return row(top) + row(bottom);
}

function bodyRow(
  table: CrossTable,
  part: ColumnPart,
  row: TableRow,
  r: number,
  props: string[],
  align: 'left' | 'right',
  size: number | undefined,
): string {
  const bold = row.role !== 'data';
  const language = tableLanguage(table);
  const cells: string[][] = [];
  for (let c = part.from; c < part.to; c++) {
    const cell = cellAt(table, r, c);
    // Numbers line up on the right in a table of counts; in a table of quotes a subtotal sits
    // under the quotes, on the left.
    cells.push(showsCount(table, row, cell) ? [cellText(table, row, cell)] : cellLines(table, cell));
  }
  // Word and LibreOffice still break a kept row taller than a page, losing nothing.
  const keep = keepsWhole([[row.label], ...cells], part.widths, size ?? TEXT_SIZE) ? '<w:trPr><w:cantSplit/></w:trPr>' : '';
  let xml = `<w:tr>${keep}<w:tc>${props[0]}${paragraph(run(row.label, { bold, size, language: markedName(row.label, language) }))}</w:tc>`;
  cells.forEach((pieces, i) => {
    // Each quote its own paragraph, a little apart, so a quote's own line breaks stay
    // distinct from the gap between quotes.
    const paragraphs =
      pieces.length === 0
        ? emptyParagraph(size)
        : pieces.map((piece, p) => paragraph(run(piece, { bold, size, language: markedLanguage(piece, language) }), { align, after: p < pieces.length - 1 ? 80 : 0 })).join('');
    xml += `<w:tc>${props[i + 1]}${paragraphs}</w:tc>`;
  });
  return `${xml}</w:tr>`;
}

/** A cell needs one paragraph even when empty; in smaller type its mark is smaller too, or the row would stand taller. */
function emptyParagraph(size: number | undefined): string {
  return size ? paragraph('', { markSize: size }) : '<w:p/>';
}

/** The note under the table: the researcher's note, its filters and what the counts count. */
function note(table: CrossTable): string {
  const text = noteText(table);
  if (!text) return '';
  return paragraph(run(words(table).note, { italic: true, size: NOTE_SIZE }) + run(` ${text}`, { size: NOTE_SIZE }), { before: 120 });
}

/** The segment ids behind each data cell, as a section after the note, where the request asked for it. */
function appendix(table: CrossTable): string {
  const cells = appendixCells(table);
  if (cells.length === 0) return '';
  return (
    paragraph(run(words(table).appendix, { bold: true, size: HEADING_SIZE }), { before: 240, after: 120 }) +
    cells
      .map(({ row, column, cell }) => paragraph(run(`${row.label} × ${column.label}: ${cell.segments.map((s) => s.id).join(', ')}`, { size: NOTE_SIZE })))
      .join('')
  );
}

/** A memo's lines as paragraphs, in the memo's language (judged on the whole: a line alone may be a word or two). */
function memoLines(body: string, documentLanguage: ExportLanguage): string {
  const language = markedLanguage(body, documentLanguage);
  return body.split('\n').map((line) => paragraph(run(line, { language }))).join('');
}

/** Each memo under what it is on (bold) and its title (italics), its lines as paragraphs, where there are memos. */
function memoSection(table: CrossTable, memos: readonly TableMemo[]): string {
  if (memos.length === 0) return '';
  const language = tableLanguage(table);
  return (
    paragraph(run(memoWords(table).heading, { bold: true, size: HEADING_SIZE }), { before: 240, after: 120 }) +
    memos
      .map(
        (memo) =>
          paragraph(
            run(memoOwner(table, memo), { bold: true }) +
              (memo.title.trim() ? run(` ${memo.title}`, { italic: true, language: markedLanguage(memo.title, language) }) : ''),
            { keepNext: true, before: 120 },
          ) + memoLines(memoBody(memo), language),
      )
      .join('')
  );
}
