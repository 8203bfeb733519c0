/**
 * A REFI-QDA file read from where it lies (a path named on the command line or chosen in the
 * desktop app, or browser mode's upload of it), by the write job's thread that imports it, so the
 * main thread never holds it. One past the import's limit is refused before a byte is read.
 */
import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../errors.js';
import { handOver } from '../jobs/handed-over.js';
import { packageTooLarge, refiLimits } from './limits.js';

/** The file's bytes, handed over (jobs/handed-over.ts): the parser's thread takes them without a copy. */
export async function readPackageFile(fileName: string, path: string): Promise<Buffer> {
  const found = await stat(path).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ENOENT') throw new AppError('fileNotFound', `There is no file ${fileName}`, { file: fileName });
    throw error;
  });
  if (!found.isFile()) throw new AppError('notAFile', `${fileName} is not a file`, { path: fileName });
  if (found.size > refiLimits.maxFileBytes) throw packageTooLarge(fileName);
  return handOver(await readFile(path));
}
