/**
 * Browser mode's address (its port and token), kept in the settings folder while it runs, so
 * that after a crash, a kill or a power cut the next start takes the same address: a tab left
 * open on it carries on by itself, and a reloaded one works, instead of holding a token no run
 * knows. A clean stop forgets it, so the next run has a new token (a token seen in a terminal or
 * a browser's history is good for one run of use). The file is the user's alone (0600), as the
 * projects beside it are; a token written by anyone else is not taken.
 */
import { readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface KeptAddress {
  port: number;
  token: string;
}

const FILE = 'browser-mode-address.json';
/** As startWebServer makes them: 24 random bytes in base64url. */
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** The address the last run left behind, or null (none, a clean stop, or a file not as written here). */
export function keptAddress(configDir: string): KeptAddress | null {
  try {
    const { port, token } = JSON.parse(readFileSync(join(configDir, FILE), 'utf8')) as Partial<KeptAddress>;
    return Number.isInteger(port) && port! > 0 && port! <= 65535 && typeof token === 'string' && TOKEN.test(token) ? { port: port!, token } : null;
  } catch {
    return null;
  }
}

/** Keeps this run's address, whole or not at all (written beside, then renamed over). */
export function keepAddress(configDir: string, address: KeptAddress): void {
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const next = join(configDir, `${FILE}.${process.pid}`);
  writeFileSync(next, JSON.stringify(address), { mode: 0o600 });
  renameSync(next, join(configDir, FILE));
}

/** Forgets the address on a clean stop, unless another run has kept its own since (two runs on one settings folder). */
export function forgetAddress(configDir: string, address: KeptAddress): void {
  const kept = keptAddress(configDir);
  if (kept?.port === address.port && kept.token === address.token) rmSync(join(configDir, FILE), { force: true });
}
