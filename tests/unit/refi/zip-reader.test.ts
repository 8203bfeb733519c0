/**
 * readAll inflates several entries at once (zlib works in Node's thread pool), and gives them
 * back in the order named, whatever order they finish in; readNow inflates one at once, in this
 * thread, to the same bytes.
 */
import { randomBytes } from 'node:crypto';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openZip } from '../../../main/refi/zip-reader.js';

describe('ZipArchive.readAll', () => {
  it('gives every entry’s bytes in the order named, the large ones among small ones', async () => {
    // Sizes that differ by orders of magnitude, so entries read together finish out of order.
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 12; i++) {
      const size = i % 3 === 0 ? 400_000 : 10 + i;
      // Random text: it compresses about as a real one does (a repeated one looks like a zip bomb).
      entries[`sources/${i}.txt`] = Buffer.from(randomBytes(size).toString('base64').slice(0, size));
    }
    const zip = await openZip('t.zip', Buffer.from(zipSync(entries, { level: 6 })));
    try {
      const names = Object.keys(entries).reverse();
      const bytes = await zip.readAll(names);
      expect(bytes.map((b) => b.toString())).toEqual(names.map((n) => Buffer.from(entries[n]!).toString()));
    } finally {
      zip.close();
    }
  });
});

describe('ZipArchive.readNow', () => {
  it('gives an entry’s bytes as read does, deflated or stored', async () => {
    const text = Buffer.from(randomBytes(300_000).toString('base64').slice(0, 300_000));
    const zip = await openZip('t.zip', Buffer.from(zipSync({ 'sources/a.txt': [text, { level: 6 }], 'sources/b.txt': [text, { level: 0 }], 'sources/empty.txt': new Uint8Array() })));
    try {
      for (const name of ['sources/a.txt', 'sources/b.txt', 'sources/empty.txt']) expect(zip.readNow(name)).toEqual(await zip.read(name));
      expect(zip.readNow('sources/a.txt').toString()).toBe(text.toString());
    } finally {
      zip.close();
    }
  });
});
