/**
 * A zip package written as it is made, for the Word and Excel writers: whole small parts, and
 * large parts appended as text a piece at a time, so a part is never held whole. Node's zlib
 * deflates (about twice as fast as fflate's JavaScript deflate); fflate lays out the zip.
 *
 * At zlib's fastest level: the segment list of every segment on the reference corpus (105 MB of
 * XML) deflated in 0.5 s instead of 2.0 s at the default level, into 19.6 MB instead of 15.8.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';

// Text is deflated in pieces of about this many UTF-16 units.
const PIECE = 1 << 18;

export class ZipWriter {
  private readonly out: Uint8Array[] = [];
  private readonly zip = new Zip((error, chunk) => {
    if (error) throw error;
    this.out.push(chunk);
  });

  /** A part written whole. */
  file(name: string, text: string): void {
    const part = this.stream(name);
    part.write(text);
    part.end();
  }

  /** A part written piece by piece; parts are written one after another, each ended before the next. */
  stream(name: string): { write(text: string): void; end(): void } {
    const file = new NativeDeflate(name);
    this.zip.add(file);
    let pending: string[] = [];
    let length = 0;
    const flush = (final: boolean) => {
      file.push(Buffer.from(pending.join(''), 'utf8'), final);
      pending = [];
      length = 0;
    };
    return {
      write(text: string) {
        pending.push(text);
        length += text.length;
        if (length >= PIECE) flush(false);
      },
      end: () => flush(true),
    };
  }

  done(): Buffer {
    this.zip.end();
    return Buffer.concat(this.out);
  }
}

/**
 * Each piece is deflated on its own and ends on a sync flush (byte-aligned, not final), so the
 * pieces one after another are one valid deflate stream.
 */
class NativeDeflate implements ZipInputFile {
  readonly compression = 8;
  crc = 0;
  size = 0;
  ondata?: AsyncFlateStreamHandler;

  constructor(readonly filename: string) {}

  push(data: Uint8Array, final: boolean): void {
    this.crc = crc32(data, this.crc);
    this.size += data.length;
    const deflated = deflateRawSync(data, { level: constants.Z_BEST_SPEED, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.ondata!(null, new Uint8Array(deflated), final);
  }
}
