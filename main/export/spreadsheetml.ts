/**
 * An Excel workbook written as SpreadsheetML text straight into its zip. write-excel-file made
 * an object and a style lookup per cell and deflated in JavaScript, and had no print setup, so
 * the workbook was unzipped and deflated again to add it: 11 s for issue 13's workbooks of every
 * segment. What these sheets need is small: shared strings, a few cell formats, merged caption
 * rows, frozen panes, widths, row heights and the page setup, each in the order ECMA-376 fixes.
 */
import { contentTypes, REL, relationships, XML_HEAD } from './opc.js';
import { xmlEscape } from './xml-text.js';
import { ZipWriter } from './zip-writer.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
// Excel's built-in "Text" number format, '@': what is typed into the cell stays text.
const TEXT_FORMAT = 49;

/** A cell: text (a shared string, wrapped) or a number, and how it looks; every cell sits at the top. */
export interface Cell {
  value: string | number;
  bold?: boolean;
  italic?: boolean;
  /** Points; the workbook's font size when absent. */
  size?: number;
  shaded?: boolean;
  /** A thin rule under the cell. */
  rule?: boolean;
  right?: boolean;
  /** Centred, as a heading over the columns it spans. */
  center?: boolean;
  /** Set in from the left by a space's width: text beside a column of numbers set right («30 Бюрократия…» read as one). */
  indent?: boolean;
  /** Merged with the cells to its right, this many in all. */
  span?: number;
  /** A number's format code («0.0%», «0.000»): Excel writes it in the reader's locale (54,4 %). */
  numberFormat?: string;
  /**
   * Text written in the cell (an inline string), not in the shared table, which is held until the
   * sheet ends: for long texts that occur once, a list's quotes.
   */
  inline?: boolean;
}

export interface SheetRow {
  cells: (Cell | null)[];
  /** Points; a row without one is one line high. */
  height?: number;
}

export interface Sheet {
  name: string;
  /** Read once, in order: a long list's rows can be made as they are written. */
  rows: Iterable<SheetRow>;
  /** Column widths in Excel's units (digits of the default font). */
  widths: number[];
  frozenRows?: number;
  frozenColumns?: number;
  landscape?: boolean;
  /** 1-based row repeated at the top of every printed page. */
  titleRow?: number;
  /** How many rows from titleRow repeat (a header of two rows); one when absent. */
  titleRows?: number;
}

export function writeWorkbook(sheets: readonly Sheet[], font: { name: string; size: number }): Buffer {
  const zip = new ZipWriter();
  zip.file('[Content_Types].xml', workbookContentTypes(sheets.length));
  zip.file('_rels/.rels', relationships([[`${REL}/officeDocument`, 'xl/workbook.xml']]));
  zip.file('xl/workbook.xml', workbook(sheets));
  zip.file('xl/_rels/workbook.xml.rels', workbookRels(sheets.length));
  const strings = new SharedStrings();
  const styles = new Styles();
  sheets.forEach((sheet, i) => writeSheet(zip.stream(`xl/worksheets/sheet${i + 1}.xml`), sheet, strings, styles));
  zip.file('xl/styles.xml', styles.xml(font));
  const sst = zip.stream('xl/sharedStrings.xml');
  strings.write(sst.write);
  sst.end();
  return zip.done();
}

/**
 * The widest a sheet is printed fitted to the page's width, in column width units: about twice a
 * landscape A4 page (~127), down to half size. A case matrix of 180 codes fitted so printed its
 * letters at a twentieth, 49 pages of nothing readable; wider sheets print across pages at full
 * size, their row labels repeated on each (workbook's print titles).
 */
const FIT_WIDTH_MAX = 260;
const fitsPageWidth = (sheet: Sheet) => sheet.widths.reduce((sum, width) => sum + width, 0) <= FIT_WIDTH_MAX;

function writeSheet(out: { write(text: string): void; end(): void }, sheet: Sheet, strings: SharedStrings, styles: Styles): void {
  const fitted = fitsPageWidth(sheet);
  out.write(`${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${fitted ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : ''}`);
  out.write(`<sheetViews><sheetView workbookViewId="0">${pane(sheet.frozenRows ?? 0, sheet.frozenColumns ?? 0)}</sheetView></sheetViews>`);
  out.write(`<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols><sheetData>`);
  const merges: string[] = [];
  let n = 0;
  for (const row of sheet.rows) {
    n++;
    let xml = `<row r="${n}"${row.height ? ` ht="${row.height}" customHeight="1"` : ''}>`;
    row.cells.forEach((cell, c) => {
      if (!cell) return;
      const ref = `${column(c)}${n}`;
      if (cell.span && cell.span > 1) merges.push(`${ref}:${column(c + cell.span - 1)}${n}`);
      const s = styles.of(cell);
      if (typeof cell.value === 'number') xml += `<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`;
      else if (cell.value === '') xml += `<c r="${ref}" s="${s}"/>`;
      else if (cell.inline) xml += `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(cell.value)}</t></is></c>`;
      else xml += `<c r="${ref}" s="${s}" t="s"><v>${strings.of(cell.value)}</v></c>`;
    });
    out.write(`${xml}</row>`);
  }
  out.write('</sheetData>');
  if (merges.length > 0) out.write(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  // A sheet fits the page width where it can be read so, as many pages down as it needs.
  out.write(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      `<pageSetup paperSize="9"${sheet.landscape ? ' orientation="landscape"' : ''}${fitted ? ' fitToWidth="1" fitToHeight="0"' : ''}/></worksheet>`,
  );
  out.end();
}

function pane(rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return '';
  const split = `${columns ? ` xSplit="${columns}"` : ''}${rows ? ` ySplit="${rows}"` : ''}`;
  const active = rows && columns ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  return `<pane${split} topLeftCell="${column(columns)}${rows + 1}" activePane="${active}" state="frozen"/>`;
}

/** Column letters of a 0-based index: A…Z, AA…. */
function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function workbook(sheets: readonly Sheet[]): string {
  const titles = sheets.flatMap((sheet, i) => {
    if (!sheet.titleRow) return [];
    const quoted = xmlEscape(`'${sheet.name.replace(/'/g, "''")}'`);
    const last = sheet.titleRow + (sheet.titleRows ?? 1) - 1;
    // Printed across pages, each page repeats the frozen row labels too.
    const labels = !fitsPageWidth(sheet) && sheet.frozenColumns ? `${quoted}!$A:$${column(sheet.frozenColumns - 1)},` : '';
    return [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${labels}${quoted}!$${sheet.titleRow}:$${last}</definedName>`];
  });
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
    sheets.map((sheet, i) => `<sheet name="${xmlEscape(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${titles.length > 0 ? `<definedNames>${titles.join('')}</definedNames>` : ''}</workbook>`
  );
}

function workbookRels(sheetCount: number): string {
  return relationships([
    ...Array.from({ length: sheetCount }, (_, i) => [`${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`] as const),
    [`${REL}/styles`, 'styles.xml'],
    [`${REL}/sharedStrings`, 'sharedStrings.xml'],
  ]);
}

function workbookContentTypes(sheetCount: number): string {
  const type = (kind: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml`;
  return contentTypes([
    ['/xl/workbook.xml', type('sheet.main')],
    ...Array.from({ length: sheetCount }, (_, i) => [`/xl/worksheets/sheet${i + 1}.xml`, type('worksheet')] as const),
    ['/xl/styles.xml', type('styles')],
    ['/xl/sharedStrings.xml', type('sharedStrings')],
  ]);
}

/** Each distinct text once, cells naming it by index: a quote repeated across sheets is stored once. */
class SharedStrings {
  private readonly index = new Map<string, number>();

  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  write(write: (xml: string) => void): void {
    write(`${XML_HEAD}<sst xmlns="${MAIN}" uniqueCount="${this.index.size}">`);
    for (const text of this.index.keys()) write(`<si><t xml:space="preserve">${xmlEscape(text)}</t></si>`);
    write('</sst>');
  }
}

/** The id `key` has in `ids`, the next from `first` when it is new (`added` told of it). */
function idOf<K>(ids: Map<K, number>, key: K, first: number, added?: () => void): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = first + ids.size;
    ids.set(key, id);
    added?.();
  }
  return id;
}

interface FontSpec { bold: boolean; italic: boolean; size: number }
interface FormatSpec { font: number; format: number; text: boolean; shaded: boolean; rule: boolean; align: 'center' | 'right' | 'indent' | '' }
const ALIGNS = ['', 'center', 'right', 'indent'] as const;

/**
 * The cell formats the cells use, each written once; fonts, fills and borders likewise. A cell's
 * is found by a number its flags make: a text key per cell made 1.7 million strings for the
 * segment list of every segment on the reference corpus (0.6 s and the collector's time after).
 */
class Styles {
  private readonly formats = new Map<number, number>();
  private readonly formatSpecs: FormatSpec[] = [];
  private readonly fonts = new Map<number, number>();
  private readonly fontSpecs: FontSpec[] = [];
  private readonly numberFormats = new Map<string, number>();

  of(cell: Cell): number {
    const text = typeof cell.value === 'string';
    const font = this.font(cell);
    const align = cell.center ? 1 : cell.right ? 2 : cell.indent ? 3 : 0;
    // Excel's own number formats end at id 163.
    const format = text ? TEXT_FORMAT : cell.numberFormat === undefined ? 0 : idOf(this.numberFormats, cell.numberFormat, 164);
    const shaded = cell.shaded ?? false;
    const rule = cell.rule ?? false;
    const key = (((font * 4096 + format) * 2 + Number(text)) * 2 + Number(shaded)) * 8 + Number(rule) * 4 + align;
    // Format 0 is the default every workbook has.
    return idOf(this.formats, key, 1, () => this.formatSpecs.push({ font, format, text, shaded, rule, align: ALIGNS[align] }));
  }

  private font(cell: Cell): number {
    const bold = cell.bold ?? false;
    const italic = cell.italic ?? false;
    const size = cell.size ?? 0;
    // Sizes in tenths of a point (9.5 pt is one), each with the two flags.
    return idOf(this.fonts, Math.round(size * 10) * 4 + Number(bold) * 2 + Number(italic), 1, () => this.fontSpecs.push({ bold, italic, size }));
  }

  xml(font: { name: string; size: number }): string {
    const fontXml = ({ bold, italic, size }: FontSpec) =>
      `<font>${bold ? '<b/>' : ''}${italic ? '<i/>' : ''}<sz val="${size || font.size}"/><name val="${xmlEscape(font.name)}"/><family val="2"/></font>`;
    const fonts = [fontXml({ bold: false, italic: false, size: 0 }), ...this.fontSpecs.map(fontXml)];
    const formats = this.formatSpecs.map(({ font: fontId, format, text, shaded, rule, align }) => {
      const horizontal = align === 'indent' ? ' horizontal="left" indent="1"' : align ? ` horizontal="${align}"` : '';
      const alignment = `<alignment${horizontal} vertical="top"${text ? ' wrapText="1"' : ''}/>`;
      return (
        `<xf numFmtId="${format}" fontId="${fontId}" fillId="${shaded ? 2 : 0}" borderId="${rule ? 1 : 0}" xfId="0" ` +
        `applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${alignment}</xf>`
      );
    });
    const numberFormats = [...this.numberFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
      (numberFormats.length > 0 ? `<numFmts count="${numberFormats.length}">${numberFormats.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${formats.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}
