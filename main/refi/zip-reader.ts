/**
 * Reads a .qdpx (zip) into memory with caps, refusing anything a hostile archive could use:
 * unsafe names, symlinks, encrypted or overlapping entries, zip bombs and lying sizes.
 * Nothing is extracted to disk.
 */
// yauzl: maintained, validates entry names and enforces declared sizes while inflating.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../errors.js';
import { refiLimits } from './limits.js';

export interface ZipContents {
  /** Every file entry's name, as stored. */
  names: string[];
  /** The bytes of the entries `wanted` selected, by stored name. */
  files: Map<string, Buffer>;
}

const SYMLINK_MODE = 0o120000;
const FILE_TYPE_MASK = 0o170000;

function refuse(fileName: string, reason: string): AppError {
  return new AppError('refiBadArchive', `${fileName} is not a safe REFI-QDA archive: ${reason}`, { fileName, reason });
}

/**
 * Checks every entry's metadata first, then reads the entries `wanted` accepts. A failure
 * anywhere rejects the whole archive.
 */
export async function readZip(fileName: string, bytes: Buffer, wanted: (name: string) => boolean): Promise<ZipContents> {
  let zip: ZipFile;
  try {
    // strictFileNames: a backslash in a name is refused rather than silently turned into '/'.
    zip = await yauzl.fromBufferPromise(bytes, { strictFileNames: true, validateEntrySizes: true });
  } catch (error) {
    throw refuse(fileName, describe(error));
  }
  try {
    if (zip.entryCount > refiLimits.maxEntries) throw refuse(fileName, `${zip.entryCount} entries (limit ${refiLimits.maxEntries})`);
    const entries = await listEntries(fileName, zip);
    await checkNoOverlap(fileName, zip, entries);
    const files = new Map<string, Buffer>();
    for (const entry of entries) {
      if (wanted(entry.fileName)) files.set(entry.fileName, await readEntry(fileName, zip, entry));
    }
    return { names: entries.map((e) => e.fileName), files };
  } finally {
    zip.close();
  }
}

async function listEntries(fileName: string, zip: ZipFile): Promise<Entry[]> {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (name.endsWith('/')) continue;
      if (name.split('/').some((part) => part === '..' || part === '.') || name.startsWith('/') || /^[a-z]:/i.test(name)) {
        throw refuse(fileName, `unsafe entry name ${name}`);
      }
      if (((entry.externalFileAttributes >>> 16) & FILE_TYPE_MASK) === SYMLINK_MODE) throw refuse(fileName, `symbolic link ${name}`);
      if (entry.isEncrypted()) throw refuse(fileName, `encrypted entry ${name}`);
      if (seen.has(name.toLowerCase())) throw refuse(fileName, `duplicate entry ${name}`);
      seen.add(name.toLowerCase());
      if (entry.uncompressedSize > refiLimits.maxEntryBytes) throw refuse(fileName, `entry ${name} is too large`);
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > refiLimits.ratioExemptBytes && ratio > refiLimits.maxCompressionRatio) {
        throw refuse(fileName, `entry ${name} expands ${Math.round(ratio)} times (a zip bomb?)`);
      }
      total += entry.uncompressedSize;
      if (total > refiLimits.maxTotalBytes) throw refuse(fileName, 'the archive unpacks to too many bytes');
      entries.push(entry);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(fileName, describe(error));
  }
  return entries;
}

/** Entries whose data overlap are a known bomb technique (one deflate stream counted many times). */
async function checkNoOverlap(fileName: string, zip: ZipFile, entries: Entry[]): Promise<void> {
  const spans: { start: number; end: number; name: string }[] = [];
  for (const entry of entries) {
    let dataStart: number;
    try {
      dataStart = (await zip.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart;
    } catch (error) {
      throw refuse(fileName, describe(error));
    }
    spans.push({ start: entry.relativeOffsetOfLocalHeader, end: dataStart + entry.compressedSize, name: entry.fileName });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) throw refuse(fileName, `entries ${spans[i - 1]!.name} and ${spans[i]!.name} overlap`);
  }
}

async function readEntry(fileName: string, zip: ZipFile, entry: Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      // yauzl already stops at the declared size; this guards the cap independently of it.
      if (size > Math.min(entry.uncompressedSize, refiLimits.maxEntryBytes)) {
        stream.destroy();
        throw refuse(fileName, `entry ${entry.fileName} is larger than it declares`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(fileName, `entry ${entry.fileName}: ${describe(error)}`);
  }
  return Buffer.concat(chunks, size);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
