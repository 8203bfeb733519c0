/**
 * Reads a .qdpx (zip) with caps, refusing anything a hostile archive could use: unsafe names,
 * symlinks, encrypted or overlapping entries, zip bombs and lying sizes. Nothing is extracted
 * to disk; a large entry can be handed on piece by piece as it inflates.
 */
// yauzl: maintained, validates entry names and enforces declared sizes while inflating.
import { inflateRawSync } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../errors.js';
import { refiLimits } from './limits.js';

export interface ZipContents {
  /** Every file entry's name, as stored. */
  names: string[];
  /** The bytes of the entries `wanted` selected, by stored name. */
  files: Map<string, Buffer>;
}

/** An archive whose every entry has passed the checks; entries are inflated on demand. Close it when done. */
export interface ZipArchive {
  /** Every file entry's name, as stored. */
  names: string[];
  read(name: string): Promise<Buffer>;
  /**
   * An entry's bytes, inflated in this thread at once, with read()'s checks: for a reader that
   * needs a file the moment its XML names it, so no file is inflated (or held) before it is needed.
   */
  readNow(name: string): Buffer;
  /** Several entries' bytes, in the order named, inflated a few at a time. */
  readAll(names: readonly string[]): Promise<Buffer[]>;
  /** An entry's size once inflated, as its header declares it (inflating enforces it). */
  size(name: string): number;
  /** Hands an entry's bytes to `take` piece by piece as they inflate, so a large entry is never held whole. */
  stream(name: string, take: (piece: Buffer) => void): Promise<void>;
  close(): void;
}

/** Entries inflated at once by readAll: Node's thread pool has four threads. */
const INFLATE_AT_ONCE = 4;
const SYMLINK_MODE = 0o120000;
const FILE_TYPE_MASK = 0o170000;

function refuse(fileName: string, reason: string): AppError {
  return new AppError('refiBadArchive', `${fileName} is not a safe REFI-QDA archive: ${reason}`, { fileName, reason });
}

/**
 * An entry whose compressed data zlib rejects (Z_DATA_ERROR and the like): the package was
 * damaged on its way, not made to harm. zlib's words ("invalid distance too far back") tell the
 * user nothing.
 */
function unpackFailure(fileName: string, entry: string, error: unknown): AppError {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new AppError('refiDamaged', `${fileName} is damaged: the file ${entry} in it cannot be unpacked. Ask for a fresh copy of the package`, { fileName, entry });
  }
  return refuse(fileName, `entry ${entry}: ${describe(error)}`);
}

/**
 * Checks every entry's metadata first, then reads the entries `wanted` accepts. A failure
 * anywhere rejects the whole archive.
 */
export async function readZip(fileName: string, bytes: Buffer, wanted: (name: string) => boolean): Promise<ZipContents> {
  const zip = await openZip(fileName, bytes);
  try {
    const names = zip.names.filter(wanted);
    const bytes = await zip.readAll(names);
    return { names: zip.names, files: new Map(names.map((name, i) => [name, bytes[i]!])) };
  } finally {
    zip.close();
  }
}

/** Checks every entry's metadata; a failure anywhere rejects the whole archive before anything is inflated. */
export async function openZip(fileName: string, bytes: Buffer): Promise<ZipArchive> {
  let zip: ZipFile;
  try {
    // strictFileNames: a backslash in a name is refused rather than silently turned into '/'.
    zip = await yauzl.fromBufferPromise(bytes, { strictFileNames: true, validateEntrySizes: true });
  } catch (error) {
    // Not a ZIP at all, or one cut short: damaged, not dangerous, and said without the ZIP
    // library's English words.
    throw new AppError('refiNotZip', `${fileName} is not a whole REFI-QDA archive (a ZIP file): ${describe(error)}`, { fileName });
  }
  let entries: Entry[];
  let dataStarts: Map<Entry, number>;
  try {
    if (zip.entryCount > refiLimits.maxEntries) throw refuse(fileName, `${zip.entryCount} entries (limit ${refiLimits.maxEntries})`);
    entries = await listEntries(fileName, zip);
    dataStarts = await checkNoOverlap(fileName, zip, entries);
  } catch (error) {
    zip.close();
    throw error;
  }
  const byName = new Map(entries.map((entry) => [entry.fileName, entry]));
  const entry = (name: string) => {
    const found = byName.get(name);
    if (!found) throw refuse(fileName, `no entry ${name}`);
    return found;
  };
  const read = async (name: string) => {
    const chunks: Buffer[] = [];
    const size = await pipeEntry(fileName, zip, entry(name), (chunk) => chunks.push(chunk));
    return Buffer.concat(chunks, size);
  };
  return {
    names: entries.map((e) => e.fileName),
    read,
    readNow: (name) => {
      const found = entry(name);
      return inflateNow(fileName, bytes, found, dataStarts.get(found)!);
    },
    readAll: async (names) => {
      // zlib inflates in Node's thread pool: one entry at a time left this thread waiting on each
      // in turn (a second and more for 1,000 small entries); a few at once keep the pool busy.
      const bytes: Buffer[] = new Array(names.length);
      let next = 0;
      let failed = false;
      const lane = async () => {
        while (next < names.length && !failed) {
          const i = next++;
          try {
            bytes[i] = await read(names[i]!);
          } catch (error) {
            // One refusal refuses the archive: the other lanes stop at their current entry.
            failed = true;
            throw error;
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(INFLATE_AT_ONCE, names.length) }, lane));
      return bytes;
    },
    size: (name) => entry(name).uncompressedSize,
    stream: async (name, take) => {
      await pipeEntry(fileName, zip, entry(name), take);
    },
    close: () => zip.close(),
  };
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

/**
 * Entries whose data overlap are a known bomb technique (one deflate stream counted many times).
 * Returns where each entry's data starts (after its local header), which the check reads anyway.
 */
async function checkNoOverlap(fileName: string, zip: ZipFile, entries: Entry[]): Promise<Map<Entry, number>> {
  const spans: { start: number; end: number; name: string }[] = [];
  const dataStarts = new Map<Entry, number>();
  for (const entry of entries) {
    let dataStart: number;
    try {
      dataStart = (await zip.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart;
    } catch (error) {
      throw refuse(fileName, describe(error));
    }
    spans.push({ start: entry.relativeOffsetOfLocalHeader, end: dataStart + entry.compressedSize, name: entry.fileName });
    dataStarts.set(entry, dataStart);
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) throw refuse(fileName, `entries ${spans[i - 1]!.name} and ${spans[i]!.name} overlap`);
  }
  return dataStarts;
}

/**
 * An entry's bytes from the archive in memory, inflated at once: the stored or deflated data
 * between its local header and its compressed size, never more than it declares (zlib stops at
 * that length) and exactly as much, as pipeEntry requires of a stream.
 */
function inflateNow(fileName: string, archive: Buffer, entry: Entry, dataStart: number): Buffer {
  const name = entry.fileName;
  const end = dataStart + entry.compressedSize;
  if (end > archive.length) throw refuse(fileName, `entry ${name} runs past the end of the archive`);
  const data = archive.subarray(dataStart, end);
  let bytes: Buffer;
  if (entry.compressionMethod === 0) bytes = Buffer.from(data);
  else if (entry.compressionMethod === 8) {
    try {
      bytes = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(entry.uncompressedSize, refiLimits.maxEntryBytes)) });
    } catch (error) {
      // zlib stops at maxOutputLength with this error: the entry inflates past what it declares.
      const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      throw tooLarge ? refuse(fileName, `entry ${name} is larger than it declares`) : unpackFailure(fileName, name, error);
    }
  } else throw refuse(fileName, `entry ${name} uses compression method ${entry.compressionMethod}`);
  if (bytes.length !== entry.uncompressedSize) throw refuse(fileName, `entry ${name} holds ${bytes.length} bytes, not the ${entry.uncompressedSize} it declares`);
  return bytes;
}

/** Inflates an entry into `take`, piece by piece, within its declared size; returns the bytes it held. */
async function pipeEntry(fileName: string, zip: ZipFile, entry: Entry, take: (piece: Buffer) => void): Promise<number> {
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
      // A refusal from `take` (the XML reader's) leaves the loop, which destroys the stream.
      take(chunk);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // yauzl's own check of the declared size, in its words («too many bytes in the stream…»).
    if (describe(error).startsWith('too many bytes')) throw refuse(fileName, `entry ${entry.fileName} is larger than it declares`);
    throw unpackFailure(fileName, entry.fileName, error);
  }
  return size;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
