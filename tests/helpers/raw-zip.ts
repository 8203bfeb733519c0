/**
 * Zips built byte by byte, so every field can lie: names, sizes, modes, records sharing data,
 * local headers that hide their sizes. For the hostile-archive tests (REFI-QDA packages, and the
 * .docx, .odt and .xlsx readers).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  deflate?: boolean;
  /** Overrides the uncompressed size written in the headers. */
  declaredSize?: number;
  /**
   * The local header hides the sizes (the data-descriptor flag, sizes 0, as streaming writers do),
   * so a reader going by local headers inflates the entry to its end, whatever the central
   * directory declares.
   */
  hideSize?: boolean;
  /** Unix mode for the external attributes (e.g. 0o120777 for a symlink). */
  mode?: number;
}

const UTF8_NAMES = 0x0800;
const DATA_DESCRIPTOR = 0x0008;

/** A zip with full control over names, sizes and modes; `alias` adds central records pointing at entry 0's data. */
export function buildZip(entries: ZipEntry[], alias = 0): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const records: { name: Buffer; crc: number; method: number; csize: number; usize: number; offset: number; mode: number; flags: number }[] = [];
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.deflate ? deflateRawSync(entry.data) : entry.data;
    const flags = UTF8_NAMES | (entry.hideSize ? DATA_DESCRIPTOR : 0);
    const record = { name, crc: crc32(entry.data), method: entry.deflate ? 8 : 0, csize: body.length,
      usize: entry.declaredSize ?? entry.data.length, offset, mode: entry.mode ?? 0o100644, flags };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(record.method, 8);
    if (!entry.hideSize) {
      header.writeUInt32LE(record.crc, 14);
      header.writeUInt32LE(record.csize, 18);
      header.writeUInt32LE(record.usize, 22);
    }
    header.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(entry.hideSize ? 16 : 0);
    if (entry.hideSize) [0x08074b50, record.crc, body.length, entry.data.length].forEach((value, i) => descriptor.writeUInt32LE(value, i * 4));
    locals.push(header, name, body, descriptor);
    offset += 30 + name.length + body.length + descriptor.length;
    records.push(record);
  }
  for (let i = 0; i < alias; i++) records.push({ ...records[0]!, name: Buffer.from(`sources/alias-${i}.txt`) });
  for (const r of records) {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE((3 << 8) | 20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(r.flags, 8);
    header.writeUInt16LE(r.method, 10);
    header.writeUInt32LE(r.crc, 16);
    header.writeUInt32LE(r.csize, 20);
    header.writeUInt32LE(r.usize, 24);
    header.writeUInt16LE(r.name.length, 28);
    header.writeUInt32LE((r.mode << 16) >>> 0, 38);
    header.writeUInt32LE(r.offset, 42);
    centrals.push(header, r.name);
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(records.length, 8);
  end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}
