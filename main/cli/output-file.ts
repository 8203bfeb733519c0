/**
 * The files commands write (--out, --r-csv): never the project they read, checked before the
 * work, and written whole or not at all. A table written over its own project destroyed it
 * (exit 0, no backup); a Ctrl+C or a full disk while a large file was written left part of it
 * under its name, over the earlier good file; a folder that did not exist was found only after
 * minutes of work, in errno's words.
 */
import { accessSync, constants, existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { AppError } from '../errors.js';
import { UsageError } from './args.js';
import { messagesFor } from './messages.js';
import type { CliIo } from './output.js';

/** Formats whose files are not text: sent to a terminal they are noise that can upset it. */
const BINARY_FORMATS = ['xlsx', 'docx', 'qdpx'];

/** The extensions of the files commands write, each its format's name. */
const FORMAT_EXTENSIONS = ['csv', 'xlsx', 'docx', 'md', 'html', 'json', 'qdpx', 'qdc'];

/** `--out -`: the data goes to standard output, for a pipe; messages stay on stderr. */
export const STDOUT = '-';

/**
 * The absolute path `out` names (or STDOUT for `-`, where `stdout` allows it), refused before
 * the work is done when it is the opened project's file (its path as the session resolved it)
 * or one of SQLite's files beside it, a folder, or in a folder that is missing or cannot be written.
 */
export function outputPath(io: CliIo, option: string, out: string, project: string, { stdout = true, format }: { stdout?: boolean; format?: string } = {}): string {
  if (out === STDOUT) {
    if (!stdout) throw new UsageError('mixesOutput', { option: `--${option}` });
    if (io.stdoutIsTerminal && format !== undefined && BINARY_FORMATS.includes(format)) throw new UsageError('binaryToTerminal', { option: `--${option}`, format });
    return STDOUT;
  }
  const file = resolve(io.cwd, out);
  // Said, not refused (a name is the user's to choose): CSV written under «t.xlsx» without a word
  // was found only when Excel refused the file (review-cli-1208 #15).
  const named = extname(file).slice(1).toLowerCase();
  if (format !== undefined && FORMAT_EXTENSIONS.includes(named) && named !== format) {
    io.err(messagesFor(io.env).t('commandLine.formatNotNamed', { file: out, format }));
  }
  const existing = statOf(file);
  // A device or a pipe (/dev/stdout, /dev/null, a FIFO) is written to as it is: it is not the
  // project, and there is nothing to rename over it.
  if (existing && !existing.isFile()) {
    if (existing.isDirectory()) throw new AppError('outputIsFolder', `--${option} ${out} is a folder: name a file to write`, { option, file: out });
    return file;
  }
  const projectFile = realPath(project);
  const own = [projectFile, ...['-wal', '-shm', '-journal'].map((suffix) => projectFile + suffix)];
  if (own.includes(realPath(file))) throw new UsageError('isTheProject', { option: `--${option}`, file: out });
  const folder = dirname(realPath(file));
  if (!statOf(folder)?.isDirectory()) {
    throw new AppError('outputFolderMissing', `--${option} ${out}: there is no folder ${folder}; make it first or name another file`, { option, file: out, folder });
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new AppError('outputFolderReadOnly', `--${option} ${out}: the folder ${folder} cannot be written (it or its disk is read-only); name a file elsewhere`, { option, file: out, folder });
  }
  return file;
}

/** Writes `content` where `output` says and tells stderr, in the system's language, what was written where. */
export function deliver(io: CliIo, output: string, content: Buffer | string, what: string): void {
  const words = messagesFor(io.env);
  if (output === STDOUT) {
    io.write(io.stdoutIsPipe ? withoutBom(content) : content);
    io.err(words.t('commandLine.wroteToStdout', { what }));
    return;
  }
  writeWhole(output, content);
  io.err(words.t('commandLine.wrote', { what, file: output }));
}

/** `content` without the byte-order mark a CSV export starts with, for a program reading a pipe. */
function withoutBom(content: Buffer | string): Buffer | string {
  if (typeof content === 'string') return content.startsWith('\uFEFF') ? content.slice(1) : content;
  return content.subarray(0, UTF8_BOM.length).equals(UTF8_BOM) ? content.subarray(UTF8_BOM.length) : content;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Writes `content` to a file beside `file`'s target (links followed, so a link stays a link),
 * then renames it over the target: a reader never sees part of it. A device or pipe is written
 * to directly.
 */
export function writeWhole(file: string, content: Buffer | string): void {
  try {
    if (statOf(file)?.isFile() === false) return writeFileSync(file, content);
    const target = realPath(file);
    const partial = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
    try {
      writeFileSync(partial, content);
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
  } catch (error) {
    throw writeFailure(file, error);
  }
}

/** A failed write in plain words: the file under its name is the earlier one, or none. */
function writeFailure(file: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('outputDiskFull', `The disk is full: ${file} was not written. Free some space and try again`, { file });
  // ENOENT: the folder took no new file after all (/proc), or went away during the work.
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT') {
    return new AppError('outputReadOnly', `${file} cannot be written here (a read-only file, folder or disk); name a file elsewhere`, { file });
  }
  return error;
}

function statOf(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The path with links followed, as far as it exists (a file yet to be written is its folder's real path and its name). */
function realPath(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const folder = dirname(path);
  return folder === path ? path : join(realPath(folder), basename(path));
}
