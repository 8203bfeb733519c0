#!/usr/bin/env node
// `npm test`: makes sure the system packages the tests use are there, builds, type-checks,
// runs every test, and ends with the line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Chromium for the browser tests, xmllint to validate REFI-QDA exports against the XSD. */
function ensureSystemPackages() {
  const missing = [];
  if (!existsSync(chromium)) missing.push('chromium');
  if (!onPath('xmllint')) missing.push('libxml2-utils');
  if (missing.length === 0) return;
  if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing Debian packages the tests need: ${missing.join(' ')}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq']) === 0 && run('apt-get', ['install', '-y', '-qq', ...missing], { env }) === 0 && existsSync(chromium) && onPath('xmllint')) return;
  }
  console.error(`The tests need ${missing.join(' and ')}. Install them (Debian/Ubuntu: sudo apt-get install ${missing.join(' ')}); CHROMIUM_PATH may name another Chromium or Chrome. Then run npm test again.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

ensureSystemPackages();
for (const step of [['run', 'build'], ['run', 'typecheck']]) {
  if (run('npm', step) !== 0) {
    console.log(`npm ${step.join(' ')} failed`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)]);
let passed = 0;
let failed = status === 0 ? 0 : 1;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  // A suite that fails to load fails no test by name; count it so the line never says 0.
  failed = results.numFailedTests || (status === 0 ? 0 : 1);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status);
