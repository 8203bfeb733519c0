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
        if (/\.(xml|rels)$/i.test(name) && declaresDoctype(asUtf8(part))) {
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

/**
 * A DOCTYPE can stand only in the prolog, before the root element, among comments, processing
 * instructions and white space. The prolog is walked to its end, however long: a 5 KB comment
 * once put a DOCTYPE past a look at the first 4 KB, and xmldom (mammoth) then read its entities
 * (review-hostile-1207 #7). One pass, each step an indexOf, within the part's checked size.
 */
function declaresDoctype(xml: Buffer): boolean {
  let at = 0;
  while ((at = xml.indexOf('<', at)) !== -1) {
    const next = xml[at + 1];
    if (next === 0x3f /* ? */) at = after(xml, at + 2, '?>');
    else if (xml.subarray(at, at + 4).toString('latin1') === '<!--') at = after(xml, at + 4, '-->');
    else if (next === 0x21 /* ! */) {
      if (xml.subarray(at, at + 9).toString('latin1').toUpperCase() === '<!DOCTYPE') return true;
      at += 2;
    } else return false; // the root element: the prolog is over
    if (at === -1) return false;
  }
  return false;
}

/**
 * The part in UTF-8, which the prolog's walk reads: Office may write a part in UTF-16 (OOXML
 * allows it), whose `<` is followed by a zero byte, which the walk took for the root element.
 * UTF-16 shows by its byte order mark or, without one, by the zero byte of the declaration's `<`.
 */
function asUtf8(xml: Buffer): Buffer {
  const [first, second] = [xml[0], xml[1]];
  const little = (first === 0xff && second === 0xfe) || (first === 0x3c && second === 0x00);
  const big = (first === 0xfe && second === 0xff) || (first === 0x00 && second === 0x3c);
  // TextDecoder drops the byte order mark itself.
  return little || big ? Buffer.from(new TextDecoder(little ? 'utf-16le' : 'utf-16be').decode(xml)) : xml;
}

/** Where `xml` goes on after the first `end` from `from`; -1 when it never comes. */
function after(xml: Buffer, from: number, end: string): number {
  const found = xml.indexOf(end, from, 'latin1');
  return found === -1 ? -1 : found + end.length;
}
