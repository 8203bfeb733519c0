/** Files named on the command line, read for the contract: their bytes, within its size limit. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/contract.js';
import type { CliIo } from './output.js';

/** The file's bytes; a file over MAX_IMPORT_BYTES is refused before it is read. */
export function readInput(io: CliIo, file: string): Buffer {
  const path = resolve(io.cwd, file);
  try {
    if (statSync(path).size > MAX_IMPORT_BYTES) {
      throw new Error(`Cannot read ${file}: it is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the largest file CaseCoder imports`);
    }
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new Error(`Cannot read ${file}: ${reason}`);
  }
}
