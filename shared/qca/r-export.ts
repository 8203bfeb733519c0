/**
 * A CSV file the R package QCA reads as it is:
 *
 *   data <- read.csv("study.csv", row.names = 1, fileEncoding = "UTF-8")
 *   truthTable(data, outcome = "SURV", conditions = c("DEV", "URB"))
 *
 * The first column (empty header) holds the case labels as row names, then one 0/1 column per
 * condition and the outcome. Column names are made syntactic for R, so that `read.csv`'s own
 * `make.names` leaves them alone and they can be typed in `outcome = …` and in expressions:
 * characters other than ASCII letters, digits, `.` and `_` become `.` (runs collapsed, ends
 * trimmed), a name that does not start with a letter gets an `X` in front, R's reserved words get
 * a `.` appended, a name with no ASCII letter or digit left becomes C1, C2, … (by condition
 * position) or OUT, and repeats get `.1`, `.2`, … as R's `make.unique` does. `columns` maps each
 * original name to the name used. Row names must be unique too, so repeated labels are
 * suffixed in the same way (checked with R 4.2's read.csv: names and row names come back as
 * written, non-ASCII labels included, in a UTF-8 locale; an R session in the C locale cannot
 * read non-ASCII labels at all). The outcome is written as observed, never negated: use
 * `outcome = "~NAME"` in R for the absence.
 */
import { neutralizeFormula } from '../csv-formula.js';
import { validateQcaData, type QcaData } from './data.js';

export interface RColumn {
  original: string;
  rName: string;
}

export interface QcaCsv {
  csv: string;
  /** Conditions in order, then the outcome. */
  columns: RColumn[];
  /** The row name written for each case, in input order. */
  rowNames: string[];
  /** The R commands that read the file and build the truth table. */
  rCommands: string;
}

const RESERVED = new Set([
  'if', 'else', 'repeat', 'while', 'function', 'for', 'next', 'break', 'in', 'TRUE', 'FALSE', 'NULL',
  'Inf', 'NaN', 'NA', 'NA_integer_', 'NA_real_', 'NA_complex_', 'NA_character_',
]);

export function rSyntacticName(name: string, fallback: string): string {
  let s = name.replace(/[^A-Za-z0-9._]+/g, '.').replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '');
  if (!/[A-Za-z0-9]/.test(s)) return fallback;
  if (!/^[A-Za-z]/.test(s)) s = `X${s}`;
  return RESERVED.has(s) ? `${s}.` : s;
}

/** R's make.unique: the second "x" becomes "x.1", the third "x.2", skipping names already taken. */
export function makeUnique(names: readonly string[]): string[] {
  const taken = new Set(names);
  const seen = new Set<string>();
  return names.map((name) => {
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    let i = 1;
    while (taken.has(`${name}.${i}`)) i++;
    const unique = `${name}.${i}`;
    taken.add(unique);
    return unique;
  });
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const rString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
/** A label with line breaks or control characters would still parse, but reads badly as a row name. */
const singleLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ');

export interface QcaCsvOptions {
  /** The name the R commands read; 'qca-data.csv' unless given. */
  fileName?: string;
  /** Written into the R commands as incl.cut and n.cut, so R builds the same truth table. */
  consistencyThreshold?: number;
  frequencyThreshold?: number;
}

export function qcaCsv(data: QcaData, options: QcaCsvOptions = {}): QcaCsv {
  validateQcaData(data);
  const originals = [...data.conditions, data.outcome];
  const rNames = makeUnique(
    originals.map((name, i) => rSyntacticName(name, i < data.conditions.length ? `C${i + 1}` : 'OUT')),
  );
  const columns = originals.map((original, i) => ({ original, rName: rNames[i]! }));
  // A case's name is text a spreadsheet opening the file must not compute (=HYPERLINK…), as in
  // every CSV CaseCoder writes; R reads the quote put in front as part of the row's name.
  const rowNames = makeUnique(data.cases.map((c) => neutralizeFormula(singleLine(c.label).trim() || c.id)));
  const lines = [
    ['""', ...rNames.map(quote)].join(','),
    ...data.cases.map((c, i) => [quote(rowNames[i]!), ...c.conditions, c.outcome].join(',')),
  ];
  const conditionNames = rNames.slice(0, -1).map(rString).join(', ');
  const rCommands = [
    `data <- read.csv(${rString(options.fileName ?? 'qca-data.csv')}, row.names = 1, fileEncoding = "UTF-8")`,
    `tt <- truthTable(data, outcome = ${rString(rNames.at(-1)!)}, conditions = c(${conditionNames}), ` +
      `incl.cut = ${options.consistencyThreshold ?? 1}, n.cut = ${options.frequencyThreshold ?? 1}, complete = TRUE, show.cases = TRUE)`,
  ].join('\n');
  return { csv: `${lines.join('\n')}\n`, columns, rowNames, rCommands };
}
