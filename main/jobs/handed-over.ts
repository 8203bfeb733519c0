/**
 * Bytes whose owner gives them up: the thread that reads them next takes their memory with the
 * message that starts it instead of a copy. Copying a 40 MB file held the sending thread about
 * 190 ms, mostly faulting in the copy's fresh pages; moving it takes under 15 ms.
 *
 * Only the owner of the bytes can say nothing reads them later: the dispatch, of what it decoded
 * from one request; browser mode's server and the command line, of the files they read in; a
 * write job's thread, of the package it read (refi/package-file.ts). The mark is on the memory, so another view of all
 * of it (the dispatch wraps bytes in a Buffer) moves too, and the array is empty afterwards.
 */
const handedOver = new WeakSet<ArrayBufferLike>();

export function handOver<T extends Uint8Array>(bytes: T): T {
  handedOver.add(bytes.buffer);
  return bytes;
}

/** The memory to move with a message: a handed-over array's, if the array is the whole of it (never a view into a larger buffer or Node's pool of small Buffers). */
export function handedOverMemory(bytes: Uint8Array): ArrayBuffer[] {
  const whole = bytes.byteLength > 0 && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return handedOver.has(bytes.buffer) && whole && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}
