/**
 * The files commands write (--out, --r-csv): never the project they read, and written whole or
 * not at all. A table written over its own project destroyed it (exit 0, no backup), and a
 * Ctrl+C or a full disk while a large file was written left part of it under its name, over
 * the earlier good file.
 */
import { existsSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './args.js';
import type { CliIo } from './output.js';

/**
 * The absolute path `out` names, refused when it is the opened project's file (its path as the
 * session resolved it) or one of SQLite's files beside it; checked before the work is done.
 */
export function outputPath(io: CliIo, option: string, out: string, project: string): string {
  const file = resolve(io.cwd, out);
  const projectFile = realPath(project);
  const own = [projectFile, ...['-wal', '-shm', '-journal'].map((suffix) => projectFile + suffix)];
  if (own.includes(realPath(file))) throw new UsageError(`--${option} ${out} is the project itself: name another file to write`);
  return file;
}

/** Writes `content` to a file beside `file`, then renames it over `file`: a reader never sees part of it. */
export function writeWhole(file: string, content: Buffer | string): void {
  const partial = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
  try {
    writeFileSync(partial, content);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The path with links followed, as far as it exists (a file yet to be written is its folder's real path and its name). */
function realPath(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const folder = dirname(path);
  return folder === path ? path : join(realPath(folder), basename(path));
}
