#!/usr/bin/env node
// `npm start`: the desktop app when Electron can be had, else the same UI in browser mode.
// Electron's binary is fetched on demand (it is not downloaded at install time), and the
// Electron build of better-sqlite3 is made beside Node's, never over it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function electronBinary() {
  try {
    // The electron package exports the binary's path once the binary is there, and throws before.
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function tryFetchElectron() {
  const install = spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'ignore', timeout: 120_000 });
  return install.status === 0 ? electronBinary() : null;
}

// `reason` names the line in shared/i18n/features/browserMode.ts (fallback.*): said in the
// system's language by the build this script has just made, as browser mode's own lines are.
async function browserMode(reason) {
  const { fallbackLine, runBrowserMode } = await import('../dist/main/web/cli.js');
  console.log(fallbackLine(reason));
  await runBrowserMode(args);
}

const binary = electronBinary() ?? tryFetchElectron();
if (!binary) {
  await browserMode('electronMissing');
} else if (!existsSync('.electron-native/better_sqlite3.node') && spawnSync(process.execPath, ['scripts/electron-native.mjs'], { stdio: 'inherit' }).status !== 0) {
  await browserMode('nativeBuildFailed');
} else {
  const child = spawn(binary, ['.', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
