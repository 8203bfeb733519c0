import { describe, expect, it } from 'vitest';
import { bytesOf } from '../../../renderer/src/download.js';

describe('bytesOf', () => {
  it('gives back every byte value a file holds, from its base64', () => {
    const file = Buffer.from(Array.from({ length: 1027 }, (_, i) => (i * 37) % 256));
    expect(Buffer.from(bytesOf(file.toString('base64')))).toEqual(file);
    expect(bytesOf('')).toEqual(new Uint8Array(0));
  });
});
