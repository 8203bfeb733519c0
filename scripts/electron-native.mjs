/**
 * Builds better-sqlite3 for Electron's ABI into .electron-native/better_sqlite3.node, which
 * main/electron/main.ts loads in development. It works on a copy in a temporary folder so that
 * node_modules keeps Node's build, which the tests and the command line need.
 * Needs the network once: a prebuilt binary from GitHub, or Electron's headers to compile.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rebuild } from '@electron/rebuild';

const TIMEOUT_SECONDS = 120;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'node_modules', 'better-sqlite3');
const target = join(root, '.electron-native', 'better_sqlite3.node');
const work = mkdtempSync(join(tmpdir(), 'casecoder-native-'));

function fail(message) {
  console.error(`electron-native: ${message}`);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

// Downloads and compiles can stall without failing; a clear message beats a hung terminal.
const timer = setTimeout(() => fail(`no result after ${TIMEOUT_SECONDS} s (is the network reachable?)`), TIMEOUT_SECONDS * 1000);

try {
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const copy = join(work, 'node_modules', 'better-sqlite3');
  // Node's own build stays behind, so nothing of it can pass for Electron's.
  cpSync(source, copy, { recursive: true, filter: (path) => path !== join(source, 'build') });
  // A project around the copy, and prebuild-install beside it, which rebuild looks for to fetch a prebuilt binary.
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'casecoder-native', dependencies: { 'better-sqlite3': '*' } }));
  symlinkSync(join(root, 'node_modules', 'prebuild-install'), join(work, 'node_modules', 'prebuild-install'), 'junction');
  await rebuild({ buildPath: work, projectRootPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(copy, 'build', 'Release', 'better_sqlite3.node'), target);
  clearTimeout(timer);
  rmSync(work, { recursive: true, force: true });
  console.log(`electron-native: built ${target} for Electron ${electronVersion}`);
} catch (error) {
  fail(`could not build better-sqlite3 for Electron: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
}
