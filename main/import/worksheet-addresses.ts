/**
 * A worksheet given an address on every cell, and held to the sheet limits, before read-excel-file
 * reads it. The schema makes `r` optional on <row> and <c>, and Excel reads a cell without one as
 * the one after the previous cell of its row, a row without one as the one after the previous row;
 * some streaming writers and web exports leave it out. read-excel-file needs it on each
 * cell (parseSheet.js parses `r` of every <c>), so the cells lacking one get it here.
 *
 * read-excel-file fills the gaps between cells, so one cell at XFD1048576 would become sixteen
 * billion: the extent is checked as the addresses are read or given, cell by cell, and a sheet past
 * a limit is refused before anything is built. The sheet is walked as read-excel-file's own parser
 * walks it (saxen, as read-excel-file's parseXmlStream.saxen.js and parseSheet.js use it), so the
 * addresses checked are the ones it will read: an element by its name after any prefix (<x:c> is a
 * cell), from the first <sheetData> to the end, an attribute `r` under any prefix; comments and
 * CDATA skipped, a tag ending at the first `>` outside quotes. Where it could read an address
 * otherwise (an address written with a character reference, two of them on one cell, attributes it
 * parses its own way), the workbook is refused as one CaseCoder cannot read: a regex that missed
 * `<x:c r="ALL1">` or `r="&#65;LL1"` once let three million cells past a two-million cap.
 * One pass, linear in the sheet's length.
 */
import { importLimits, tooManyCells, tooManyColumns, tooManyRows } from './limits.js';
import { refuse, type ImportRefusal } from './refusal.js';

const { maxColumns, maxRows, maxCells } = importLimits.sheet;

/**
 * One of a <row>'s or <c>'s attributes, taken where both parsers read it alike: `name="value"` or
 * `name='value'` after white space, with nothing but white space after the last.
 */
const ATTRIBUTE = /[ \t\n\r]+([A-Za-z_:][\w.:-]*)=(?:"([^"]*)"|'([^']*)')/y;
const TRAILING_SPACE = /^[ \t\n\r]*$/;
const CELL_ADDRESS = /^([A-Z]+)(\d+)$/;
const ROW_NUMBER = /^\d+$/;
/** Pieces of the rewritten sheet joined at a time, so a sheet of millions of cells holds few strings. */
const JOIN_EVERY = 4096;

/**
 * The worksheet with an address on every cell, or undefined when each had one (the part is kept as
 * it is). Throws the sheet-limit refusals, or workbookUnreadable.
 */
export function addressWorksheet(xml: string, fileName: string): string | undefined {
  const unreadable = (detail: string) => workbookUnreadable(fileName, detail);
  let pieces: string[] = [];
  const joined: string[] = [];
  let copied = 0;
  let inSheetData = false;
  /** The open row: its number once known (its own `r`, else its first cell's), and its last cell's column. */
  let row: { number: number | undefined; column: number } | undefined;
  let previousRow = 0;
  let lastRow = 0;
  let lastColumn = 0;
  let cells = 0;

  const reach = (rowNumber: number, column = 0) => {
    if (column > maxColumns) throw tooManyColumns(fileName);
    lastRow = Math.max(lastRow, rowNumber);
    if (lastRow > maxRows + 1) throw tooManyRows(fileName);
    lastColumn = Math.max(lastColumn, column);
    if (cells > maxCells || lastColumn * lastRow > maxCells) throw tooManyCells(fileName);
  };
  const endRow = () => {
    // Unnumbered and empty, it is read where it stands: after the previous row.
    previousRow = row!.number ?? previousRow + 1;
    reach(previousRow);
    row = undefined;
  };

  let at = 0;
  while ((at = xml.indexOf('<', at)) !== -1) {
    const start = at;
    const kind = xml.charCodeAt(start + 1);
    if (kind === 0x21 /* ! */ || kind === 0x3f /* ? */) {
      const skipped = afterUnparsed(xml, start);
      if (skipped === -1) throw unreadable('an unclosed comment, CDATA section or processing instruction');
      if (skipped !== undefined) {
        at = skipped;
        continue;
      }
    }
    const end = tagEnd(xml, start);
    if (end === -1) throw unreadable('an unclosed tag');
    at = end + 1;
    if (kind === 0x21) continue;
    const closing = kind === 0x2f; /* / */
    const bodyEnd = !closing && xml.charCodeAt(end - 1) === 0x2f ? end - 1 : end;
    const nameStart = start + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = elementName(xml, nameStart, nameEnd);
    if (name === 'sheetData' && !closing) {
      // read-excel-file starts its rows afresh at each one.
      if (inSheetData) throw unreadable('two sheetData elements');
      inSheetData = true;
    }
    // read-excel-file reads rows and cells from the first <sheetData> on, even past its end.
    if (!inSheetData || (name !== 'row' && name !== 'c')) continue;
    if (closing) {
      if (name === 'row' && row) endRow();
      continue;
    }
    const selfClosing = bodyEnd < end;
    const address = addressAttribute(xml.slice(nameEnd, bodyEnd), unreadable);
    if (name === 'row') {
      if (row) throw unreadable('a row inside a row');
      if (address !== undefined && !(ROW_NUMBER.test(address) && Number(address) >= 1)) throw unreadable(`row number «${address}»`);
      row = { number: address === undefined ? undefined : Number(address), column: 0 };
      if (row.number !== undefined) reach(row.number);
      if (selfClosing) endRow();
      continue;
    }
    if (!row) throw unreadable('a cell outside a row');
    let rowNumber: number;
    let column: number;
    if (address === undefined) {
      column = row.column + 1;
      rowNumber = row.number ?? previousRow + 1;
    } else {
      const parsed = CELL_ADDRESS.exec(address);
      if (!parsed || Number(parsed[2]) < 1) throw unreadable(`cell address «${address}»`);
      column = columnNumber(parsed[1]!);
      rowNumber = Number(parsed[2]);
    }
    cells++;
    reach(rowNumber, column);
    // read-excel-file numbers an unnumbered row by its first cell.
    row.number ??= rowNumber;
    row.column = column;
    if (address === undefined) {
      pieces.push(xml.slice(copied, nameEnd), ` r="${columnLetters(column)}${rowNumber}"`);
      copied = nameEnd;
      if (pieces.length >= JOIN_EVERY) {
        joined.push(pieces.join(''));
        pieces = [];
      }
    }
  }
  if (joined.length === 0 && pieces.length === 0) return undefined;
  return [...joined, ...pieces, xml.slice(copied)].join('');
}

export function workbookUnreadable(fileName: string, detail: string): ImportRefusal {
  return refuse('workbookUnreadable', fileName, 'CaseCoder cannot read how this workbook stores its cells: open it in Excel or LibreOffice, save it again (.xlsx or .csv) and import that', {
    detail,
  });
}

/**
 * Where a comment, CDATA section or processing instruction starting at `at` ends, as saxen finds
 * it (its end searched for from its `<`); -1 if it never ends; undefined if none starts there.
 */
function afterUnparsed(xml: string, at: number): number | undefined {
  const end = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<![CDATA[', at) ? ']]>' : xml.startsWith('<?', at) ? '?>' : undefined;
  if (end === undefined) return undefined;
  const found = xml.indexOf(end, at);
  return found === -1 ? -1 : found + end.length;
}

/** The `>` that ends the tag at `at`, quotes skipped as saxen skips them (an unmatched one is a plain character); -1 if none. */
function tagEnd(xml: string, at: number): number {
  for (let x = at + 1; x < xml.length; x++) {
    const code = xml.charCodeAt(x);
    if (code === 0x3e /* > */) return x;
    if (code === 0x22 /* " */ || code === 0x27 /* ' */) {
      const close = xml.indexOf(code === 0x22 ? '"' : "'", x + 1);
      if (close !== -1) x = close;
    }
  }
  return -1;
}

/** Saxen's white space, which ends an element's name. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/**
 * Which of the elements read here the name from `from` to `to` is, as read-excel-file sees it:
 * what follows the first colon (parseXmlStream.saxen.js, trimXmlnsPrefix). Compared in place: a
 * sheet has millions of tags.
 */
function elementName(xml: string, from: number, to: number): 'row' | 'c' | 'sheetData' | undefined {
  let local = from;
  while (local < to && xml.charCodeAt(local) !== 0x3a /* : */) local++;
  local = local < to ? local + 1 : from;
  const length = to - local;
  if (length === 1) return xml.charCodeAt(local) === 0x63 /* c */ ? 'c' : undefined;
  if (length === 3) return xml.startsWith('row', local) ? 'row' : undefined;
  return length === 9 && xml.startsWith('sheetData', local) ? 'sheetData' : undefined;
}

/** An attribute's name as read-excel-file sees it: after the first colon, but for `xmlns:`'s (trimXmlnsPrefix too). */
function attributeName(name: string): string {
  const colon = name.indexOf(':', name.startsWith('xmlns:') ? 6 : 0);
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The value of the one attribute read-excel-file takes for `r` (a prefixed `x:r` too, not `xmlns:r`), or undefined. */
function addressAttribute(attributes: string, unreadable: (detail: string) => ImportRefusal): string | undefined {
  let address: string | undefined;
  let match: RegExpExecArray | null;
  let read = 0;
  ATTRIBUTE.lastIndex = 0;
  while ((match = ATTRIBUTE.exec(attributes))) {
    read = ATTRIBUTE.lastIndex;
    const name = match[1]!;
    if (name !== 'r' && (name.length < 3 || attributeName(name) !== 'r')) continue;
    if (address !== undefined) throw unreadable('two addresses on one element');
    address = match[2] ?? match[3]!;
  }
  if (!TRAILING_SPACE.test(attributes.slice(read))) throw unreadable(`attributes «${attributes.trim().slice(0, 80)}»`);
  return address;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
