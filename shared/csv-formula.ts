/**
 * Text written into a CSV file that a spreadsheet must show, never compute: every CSV CaseCoder
 * writes (main/export/csv.ts) and the QCA data file for R (qca/r-export.ts).
 */

/**
 * A piece of text a reader may take for the start of a field, followed by what makes a field a
 * formula (= + - @, possibly after the reader's quotes). A field may start at the start of the
 * cell, or after a separator a spreadsheet offers when opening a CSV (comma, semicolon, tab,
 * pipe) or a line break: LibreOffice asks the user which separator to use and Excel follows the
 * system locale (";" in ru-RU), so "x;=1+1" opened with ";" has a field "=1+1". Quoting the cell
 * does not save it: once a reader with another separator has misread one quoted cell on a line,
 * the cells after it on that line are read unquoted. Not after a space, which LibreOffice also
 * offers: every quote's « - », « = », « @ » then took a quote mark («Wages '- low»), and the
 * comparison's heads «(n '= 2)» (review-hostile-1207 #21), for a reader no one splits text with.
 */
const FORMULA_PIECE = /(^|[,;\t|\r\n])(?="*[=+\-@])/g;

/**
 * Quoted interview text could otherwise compute or call out (=HYPERLINK) when the file is
 * opened. OWASP's CSV-injection advice, applied to every place a field could start: a single
 * quote in front, which the spreadsheet shows as text ("x;'=1+1"); a cell starting with a tab
 * or carriage return, which some spreadsheets skip before looking for "=", gets one too.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
export function neutralizeFormula(text: string): string {
  const safe = text.replace(FORMULA_PIECE, "$1'");
  return /^[\t\r]/.test(safe) ? `'${safe}` : safe;
}
