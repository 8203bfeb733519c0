/**
 * Word document via the `docx` package: maintained, pure JavaScript, and it writes real Word
 * tables with repeating header rows and per-edge borders.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { CrossTable, TableRow as CrossRow } from '../../shared/tables.js';
import { cellAt, cellLines, cellText, showsCount } from './cell-text.js';
import { appendixCells, captionLine, noteText, tableLabel, words } from './journal.js';
import { memoBody, memoOwner, memoWords, type TableMemo } from './memo-text.js';
import { xmlSafeTable, xmlText } from './xml-text.js';

// A4 in twips, with Word's default one-inch margins.
const PAGE = { width: 11906, height: 16838, margin: 1440 };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const THIN_RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
// Half-points: the table in 10 pt, its note a size smaller, as journals set them.
const TEXT_SIZE = 20;
const NOTE_SIZE = 18;

export async function writeDocx(source: CrossTable, memos: readonly TableMemo[] = []): Promise<Buffer> {
  // docx drops control characters from runs, but not from the document properties, nor U+FFFE.
  const table = xmlSafeTable(source);
  const landscape = table.columns.length > 3;
  const textWidth = (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  const document = new Document({
    creator: 'CaseCoder',
    title: captionLine(table),
    styles: { default: { document: { run: { font: 'Times New Roman', size: TEXT_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
          },
        },
        children: [...caption(table), wordTable(table, columnWidths(table, textWidth)), ...note(table), ...appendix(table), ...memoSection(table, memos)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** APA: "Table 1" in bold on its own line, the title in italics under it; unnumbered, the title in bold. */
function caption(table: CrossTable): Paragraph[] {
  const label = tableLabel(table);
  if (!label) {
    return [new Paragraph({ children: [new TextRun({ text: table.title, bold: true, size: 22 })], keepNext: true, spacing: { after: 120 } })];
  }
  return [
    new Paragraph({ children: [new TextRun({ text: label, bold: true, size: 22 })], keepNext: true, spacing: { after: 60 } }),
    new Paragraph({ children: [new TextRun({ text: table.title, italics: true, size: 22 })], keepNext: true, spacing: { after: 120 } }),
  ];
}

/** Quotes share what the label column leaves; counts need only a narrow column each. */
function columnWidths(table: CrossTable, textWidth: number): number[] {
  const n = table.columns.length;
  if (table.display === 'counts') {
    const label = Math.round(textWidth * 0.3);
    const value = Math.min(1600, Math.floor((textWidth - label) / Math.max(n, 1)));
    return [label, ...Array<number>(n).fill(value)];
  }
  const label = Math.round(textWidth * (n > 3 ? 0.16 : 0.22));
  return [label, ...Array<number>(n).fill(Math.floor((textWidth - label) / Math.max(n, 1)))];
}

function wordTable(table: CrossTable, widths: number[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [table.rowHeader, ...table.columns.map((column) => column.label)].map(
      (label, c) =>
        new TableCell({
          width: { size: widths[c] ?? 0, type: WidthType.DXA },
          // The top rule on the cells too, so the header repeated on a new page has it.
          borders: { top: RULE, bottom: THIN_RULE },
          verticalAlign: VerticalAlignTable.BOTTOM,
          children: [paragraph(label, { bold: true, align: c > 0 && table.display === 'counts' ? 'right' : 'left' })],
        }),
    ),
  });
  return new Table({
    width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Journal style: horizontal rules above, below the header and below; no vertical lines.
    borders: { top: RULE, bottom: RULE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...table.rows.map((row, r) => bodyRow(table, row, r, widths))],
  });
}

function bodyRow(table: CrossTable, row: CrossRow, r: number, widths: number[]): TableRow {
  if (row.role === 'heading') {
    // A group heading spans the table and stays with the first row of its group.
    return new TableRow({
      cantSplit: true,
      keepNext: true,
      children: [
        new TableCell({
          columnSpan: widths.length,
          children: [paragraph(row.label, { italic: true, spaceBefore: 80 })],
        }),
      ],
    });
  }
  const bold = row.role !== 'data';
  // Numbers line up on the right in a table of counts; in a table of quotes a subtotal sits
  // under the quotes, on the left.
  const align = table.display === 'counts' ? 'right' : 'left';
  const borders = row.role === 'total' ? { top: THIN_RULE } : undefined;
  const label = new TableCell({
    width: { size: widths[0] ?? 0, type: WidthType.DXA },
    borders,
    children: [paragraph(row.label, { bold })],
  });
  const values = table.columns.map((_, c) => {
    const cell = cellAt(table, r, c);
    const pieces = showsCount(table, row)
      ? [cellText(table, row, cell)]
      : cellLines(table, cell);
    if (pieces.length === 0) pieces.push('');
    return new TableCell({
      width: { size: widths[c + 1] ?? 0, type: WidthType.DXA },
      borders,
      // Each quote its own paragraph, a little apart, so a quote's own line breaks stay
      // distinct from the gap between quotes.
      children: pieces.map((piece, i) =>
        paragraph(piece, { bold, align, spaceAfter: i < pieces.length - 1 ? 80 : 0 }),
      ),
    });
  });
  return new TableRow({ children: [label, ...values] });
}

interface ParagraphLook {
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'right';
  spaceBefore?: number;
  spaceAfter?: number;
}

function paragraph(text: string, look: ParagraphLook = {}): Paragraph {
  return new Paragraph({
    alignment: look.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { before: look.spaceBefore ?? 0, after: look.spaceAfter ?? 0 },
    children: text
      .split('\n')
      .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: look.bold, italics: look.italic })),
  });
}

/** The note under the table: the researcher's note, its filters and what the counts count. */
function note(table: CrossTable): Paragraph[] {
  const text = noteText(table);
  if (!text) return [];
  return [
    new Paragraph({
      spacing: { before: 120 },
      children: [
        new TextRun({ text: words(table).note, italics: true, size: NOTE_SIZE }),
        new TextRun({ text: ` ${text}`, size: NOTE_SIZE }),
      ],
    }),
  ];
}

/** The segment ids behind each data cell, as a section after the note, where the request asked for it. */
function appendix(table: CrossTable): Paragraph[] {
  const cells = appendixCells(table);
  if (cells.length === 0) return [];
  return [
    new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: words(table).appendix, bold: true, size: 22 })] }),
    ...cells.map(
      ({ row, column, cell }) =>
        new Paragraph({
          children: [new TextRun({ text: `${row.label} × ${column.label}: ${cell.segments.map((s) => s.id).join(', ')}`, size: NOTE_SIZE })],
        }),
    ),
  ];
}

/** Each memo under what it is on (bold) and its title (italics), its lines as paragraphs, where there are memos. */
function memoSection(table: CrossTable, memos: readonly TableMemo[]): Paragraph[] {
  if (memos.length === 0) return [];
  return [
    new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: xmlText(memoWords(table).heading), bold: true, size: 22 })] }),
    ...memos.flatMap((memo) => [
      new Paragraph({
        keepNext: true,
        spacing: { before: 120 },
        children: [
          new TextRun({ text: xmlText(memoOwner(table, memo)), bold: true }),
          ...(memo.title.trim() ? [new TextRun({ text: ` ${xmlText(memo.title)}`, italics: true })] : []),
        ],
      }),
      ...xmlText(memoBody(memo)).split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line })] })),
    ]),
  ];
}
