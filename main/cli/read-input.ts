/** Files named on the command line, read for the contract: their bytes, within its size limit. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/contract.js';
import { refiFormatOf } from '../../shared/refi-format.js';
import { handOver } from '../api/dispatch.js';
import { AppError } from '../errors.js';
import { packageTooLarge, refiLimits } from '../refi/limits.js';
import { UsageError } from './args.js';
import type { CliIo } from './output.js';

/**
 * The file's bytes; a file over MAX_IMPORT_BYTES is refused before it is read. They are handed
 * over (handOver): a command passes each file's bytes to one call and never reads them again, so
 * a reader thread takes them without a copy (copying a 40 MB file costs about 190 ms).
 */
export function readInput(io: CliIo, file: string): Buffer {
  return named(io, file, (path) => {
    if (statSync(path).size > MAX_IMPORT_BYTES) {
      const limit = MAX_IMPORT_BYTES / 1024 / 1024;
      throw new AppError('inputTooLarge', `Cannot read ${file}: it is larger than ${limit} MB, the largest file CaseCoder imports`, { file, limit });
    }
    return handOver(readFileSync(path));
  });
}

/**
 * That the file is there to be read where it lies, by a call that takes its path (a REFI-QDA
 * package, a project to merge), refused as readInput refuses before the project changes: a
 * package past the size its import reads too, or the files before it would already be in.
 */
export function checkInput(io: CliIo, file: string): void {
  named(io, file, (path) => {
    const found = statSync(path);
    if (found.isDirectory()) throw new AppError('inputIsFolder', `Cannot read ${file}: it is a folder`, { file });
    if (refiFormatOf(file) && found.size > refiLimits.maxFileBytes) throw packageTooLarge(file);
  });
}

/** `read` of the file's full path, its failures said by the name the user gave. */
function named<T>(io: CliIo, file: string, read: (path: string) => T): T {
  // An empty argument ("$UNSET_VARIABLE") would name the working folder.
  if (file === '') throw new UsageError('emptyFileName');
  try {
    return read(resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined || error instanceof AppError) throw error;
    if (code === 'ENOENT') throw new AppError('inputMissing', `Cannot read ${file}: no such file`, { file });
    if (code === 'EISDIR') throw new AppError('inputIsFolder', `Cannot read ${file}: it is a folder`, { file });
    // errno's own words: rare enough (EACCES, EIO…) not to word each.
    const reason = (error as Error).message;
    throw new AppError('inputUnreadable', `Cannot read ${file}: ${reason}`, { file, reason });
  }
}
