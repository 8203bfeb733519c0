/**
 * Opens the zip inside .docx, .odt and .xlsx with the same checks as a REFI-QDA archive
 * (unsafe names, bombs, lying sizes, overlapping entries: main/refi/zip-reader.ts) before
 * any format library sees it, and refuses XML parts that declare a DOCTYPE: Office and
 * OpenDocument never need one, and it is the door to entity expansion.
 */
import { AppError } from '../errors.js';
import { readZip } from '../refi/zip-reader.js';
import { describeError, refuse } from './refusal.js';

export async function readZipParts(fileName: string, bytes: Buffer, wanted: (name: string) => boolean): Promise<Map<string, Buffer>> {
  let files: Map<string, Buffer>;
  try {
    ({ files } = await readZip(fileName, bytes, wanted));
  } catch (error) {
    const reason = error instanceof AppError ? String(error.params.reason ?? error.message) : describeError(error);
    throw refuse('corrupt', fileName, `not a readable zip package (${reason})`, { detail: reason });
  }
  for (const [name, data] of files) {
    if (/\.(xml|rels)$/i.test(name) && declaresDoctype(data)) {
      throw refuse('corrupt', fileName, `${name} declares a DOCTYPE, which this format never needs`, { detail: 'DOCTYPE' });
    }
  }
  return files;
}

/** A DOCTYPE must come before the root element, so the head of the part is enough. */
function declaresDoctype(xml: Buffer): boolean {
  const head = xml.subarray(0, 4096).toString('latin1');
  const rootStart = head.search(/<[A-Za-z_]/);
  return /<!DOCTYPE/i.test(rootStart === -1 ? head : head.slice(0, rootStart));
}
