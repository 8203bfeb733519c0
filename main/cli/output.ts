/** What a command prints and where: results on stdout, warnings and errors on stderr. */
import { largest } from '../../shared/extremes.js';

export interface CliIo {
  /** A line of results. */
  out(text: string): void;
  /** Data as it is, no line added: a file sent to stdout (`--out -`). */
  write(content: Buffer | string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** The directory relative paths on the command line are relative to. */
  cwd: string;
  /** Whether stdout is a terminal, where a binary file (`--out -`) would be read as screenfuls of noise. */
  stdoutIsTerminal?: boolean;
  /**
   * Whether stdout is a pipe, read by another program: CSV goes to it without the byte-order mark
   * that Excel needs to read a file as UTF-8 (csv.ts), which a program reading the pipe takes for
   * part of the first column's name (Python's csv, cut, awk). Redirected to a file (`> t.csv`),
   * stdout keeps the mark for Excel.
   */
  stdoutIsPipe?: boolean;
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** Columns padded to their widest cell, for reading in a terminal. */
export function printTable(io: CliIo, headers: string[], rows: string[][]): void {
  const widths = headers.map((header, i) => largest(rows.map((row) => width(row[i] ?? '')), width(header)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell))))
      .join('  ')
      .trimEnd();
  io.out([line(headers), ...rows.map(line)].join('\n'));
}

/** Text on one line and at most `max` characters, so a table row stays one row. */
export function oneLine(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function width(text: string): number {
  return [...text].length;
}
