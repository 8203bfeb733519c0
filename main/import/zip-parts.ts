/**
 * Opens the zip inside .docx, .odt and .xlsx with the same checks as a REFI-QDA archive
 * (unsafe names, bombs, lying sizes, overlapping entries: main/refi/zip-reader.ts) before
 * any format library sees it, and refuses XML parts that declare a DOCTYPE: Office and
 * OpenDocument never need one, and it is the door to entity expansion.
 */
import { AppError } from '../errors.js';
import { openZip } from '../refi/zip-reader.js';
import { describeError, refuse } from './refusal.js';

/** A package whose entries all passed the checks; parts are inflated when asked for. Close it when done. */
export interface ZipParts {
  /** Every file entry's name, as stored. */
  names: string[];
  /** The parts named (each must be an entry), inflated within their declared sizes and checked. */
  read(names: readonly string[]): Promise<Map<string, Buffer>>;
  close(): void;
}

export async function openZipParts(fileName: string, bytes: Buffer): Promise<ZipParts> {
  const zip = await unpacking(fileName, () => openZip(fileName, bytes));
  return {
    names: zip.names,
    read: async (names) => {
      const data = await unpacking(fileName, () => zip.readAll(names));
      const files = new Map(names.map((name, i) => [name, data[i]!]));
      for (const [name, part] of files) {
        if (/\.(xml|rels)$/i.test(name) && declaresDoctype(part)) {
          throw refuse('corrupt', fileName, `${name} declares a DOCTYPE, which this format never needs`, { detail: 'DOCTYPE' });
        }
      }
      return files;
    },
    close: () => zip.close(),
  };
}

export async function readZipParts(fileName: string, bytes: Buffer, wanted: (name: string) => boolean): Promise<Map<string, Buffer>> {
  const zip = await openZipParts(fileName, bytes);
  try {
    return await zip.read(zip.names.filter(wanted));
  } finally {
    zip.close();
  }
}

async function unpacking<T>(fileName: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const reason = error instanceof AppError ? String(error.params.reason ?? error.message) : describeError(error);
    throw refuse('corrupt', fileName, `not a readable zip package (${reason})`, { detail: reason });
  }
}

/** A DOCTYPE must come before the root element, so the head of the part is enough. */
function declaresDoctype(xml: Buffer): boolean {
  const head = xml.subarray(0, 4096).toString('latin1');
  const rootStart = head.search(/<[A-Za-z_]/);
  return /<!DOCTYPE/i.test(rootStart === -1 ? head : head.slice(0, rootStart));
}
