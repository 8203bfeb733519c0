/**
 * The project files this app last closed cleanly, each with what the file system says of it
 * then (device, inode, size, modified and changed times, to the nanosecond). A file found
 * exactly so at its next open is the one we closed, so its pages need not be read again by
 * quick_check (seconds for a large project); its schema is still compared. A file copied in,
 * written by anything else, or left with a write-ahead log by a crash differs, and is checked
 * in full. Losing this record only costs a full check.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { hasLogFrames } from '../db/project-sidecars.js';

/** Kept per file; the oldest are dropped beyond this. */
const MAX_FILES = 100;

const Identity = z.object({ dev: z.string(), ino: z.string(), size: z.string(), mtimeNs: z.string(), ctimeNs: z.string() });
type Identity = z.infer<typeof Identity>;
const Record = z.record(z.string(), Identity);

export class VerifiedFiles {
  constructor(private readonly file: string) {}

  /** The file at `path` is the one this app last closed cleanly there, unchanged since. */
  unchanged(path: string): boolean {
    const known = this.read()[path];
    const now = identityOf(path);
    if (!known || !now || hasLogFrames(path)) return false;
    return (Object.keys(known) as (keyof Identity)[]).every((key) => known[key] === now[key]);
  }

  /** Records the file at `path` as just closed cleanly by this app. */
  remember(path: string): void {
    const identity = identityOf(path);
    if (!identity) return;
    const record = this.read();
    delete record[path];
    record[path] = identity;
    const kept = Object.entries(record).slice(-MAX_FILES);
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      // Another process may write at the same time: a whole file renamed into place, never a torn one.
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(Object.fromEntries(kept)));
      renameSync(temporary, this.file);
    } catch {
      // Unwritable settings only cost a full check next time.
    }
  }

  private read(): z.infer<typeof Record> {
    try {
      const parsed = Record.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }
}

function identityOf(path: string): Identity | null {
  try {
    const s = statSync(path, { bigint: true });
    return { dev: String(s.dev), ino: String(s.ino), size: String(s.size), mtimeNs: String(s.mtimeNs), ctimeNs: String(s.ctimeNs) };
  } catch {
    return null;
  }
}

