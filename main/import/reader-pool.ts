/**
 * Reader threads kept between calls. The app and the CLI send one file per call (so the report
 * fills in as files are read), and a batch's files each take a thread in turn: the one the last
 * file left idle serves the next, so a batch starts one thread, not one a file. An idle thread
 * does not keep the process alive, and closes by itself after a few seconds unused.
 */
import { ReaderThread } from './reader-thread.js';

const IDLE_MS = 5_000;

const idle = new Map<string, { reader: ReaderThread; timer: NodeJS.Timeout }>();

export async function withReader<T>(workerUrl: URL, heapMb: number, use: (reader: ReaderThread) => Promise<T>): Promise<T> {
  const key = `${heapMb} ${workerUrl.href}`;
  const reader = take(key) ?? new ReaderThread(workerUrl, heapMb);
  try {
    return await use(reader);
  } finally {
    putBack(key, reader);
  }
}

function take(key: string): ReaderThread | undefined {
  const entry = idle.get(key);
  if (!entry) return undefined;
  idle.delete(key);
  clearTimeout(entry.timer);
  return entry.reader;
}

function putBack(key: string, reader: ReaderThread): void {
  // With two imports at once each had a thread; one idle thread is enough to keep.
  if (!reader.alive || idle.has(key)) {
    reader.close();
    return;
  }
  const timer = setTimeout(() => {
    idle.delete(key);
    reader.close();
  }, IDLE_MS);
  timer.unref();
  idle.set(key, { reader, timer });
}
