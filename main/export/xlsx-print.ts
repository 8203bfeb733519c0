/**
 * Print setup write-excel-file does not offer (it writes only the orientation): every sheet
 * (the table, and beside it the notes, appendix and memos) fits the page width, as many pages
 * down as it needs, and the table's header row repeats on every printed page. Both are a few attributes in the sheet and the workbook XML, set here
 * after the library has written the file.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface PrintSetup {
  /** The sheet to set up: the workbook's first. */
  sheetName: string;
  /** 1-based row repeated at the top of every printed page. */
  headerRow: number;
}

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const WORKBOOK = 'xl/workbook.xml';

export function setUpPrinting(workbook: Buffer, setup: PrintSetup): Buffer {
  const files = unzipSync(new Uint8Array(workbook));
  const sheets = Object.keys(files).filter((name) => SHEET.test(name));
  const book = files[WORKBOOK];
  // The library always writes both; a version that did not would leave the file as written.
  if (sheets.length === 0 || !book) return workbook;
  for (const name of sheets) files[name] = strToU8(fitToWidth(strFromU8(files[name]!)));
  files[WORKBOOK] = strToU8(printTitles(strFromU8(book), setup));
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** <sheetPr> comes first in a worksheet, <pageSetup> after <pageMargins> (ECMA-376 order). */
function fitToWidth(xml: string): string {
  const fit = 'fitToWidth="1" fitToHeight="0"';
  let out = xml.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  if (/<pageSetup\b/.test(out)) return out.replace(/<pageSetup\b/, `<pageSetup ${fit}`);
  const pageSetup = `<pageSetup paperSize="9" ${fit}/>`;
  if (/<pageMargins\b[^>]*\/>/.test(out)) return out.replace(/(<pageMargins\b[^>]*\/>)/, `$1${pageSetup}`);
  out = out.replace(
    '</worksheet>',
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${pageSetup}</worksheet>`,
  );
  return out;
}

function printTitles(xml: string, { sheetName, headerRow }: PrintSetup): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const name = `<definedName name="_xlnm.Print_Titles" localSheetId="0">${quoted}!$${headerRow}:$${headerRow}</definedName>`;
  if (xml.includes('<definedNames/>')) return xml.replace('<definedNames/>', `<definedNames>${name}</definedNames>`);
  if (xml.includes('<definedNames>')) return xml.replace('<definedNames>', `<definedNames>${name}`);
  return xml.replace('</sheets>', `</sheets><definedNames>${name}</definedNames>`);
}
