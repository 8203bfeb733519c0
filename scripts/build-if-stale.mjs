#!/usr/bin/env node
// `npm start` and `npm run web`: build first only when a source changed since the last build
// made here, so starting an unchanged checkout takes a second rather than the ~50 s of tsc, the
// CLI bundle and vite. The stamp bears the time the build began: a file saved during the build
// is newer, and the next start builds again.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.built';
/** What a build reads: the sources, the scripts, and the package and compiler settings. */
const SOURCES = [
  'main', 'renderer', 'shared', 'bin', 'scripts', 'package.json', 'package-lock.json',
  'tsconfig.base.json', 'tsconfig.main.json', 'tsconfig.renderer.json', 'vite.config.ts',
];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : -Infinity;
if (SOURCES.some((path) => existsSync(path) && newest(path) > built)) {
  const began = new Date();
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(STAMP, '');
  utimesSync(STAMP, began, began);
}
