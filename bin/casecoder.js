#!/usr/bin/env node
// `casecoder` / `npx casecoder`: the command line is TypeScript compiled into dist/main and then
// bundled into dist/cli by `npm run build` (which `npm install` runs as the prepare script); this
// only starts it. The bundle starts in about a third of the CPU time the ~400 separate modules
// take (scripts/build-cli.mjs). When the compiled modules are newer than the bundle (a developer
// ran only `tsc`), they are run directly, so a stale bundle never runs old code.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/casecoder.js', import.meta.url);
const compiled = new URL('../dist/main/cli/index.js', import.meta.url);

function modified(url) {
  return existsSync(url) ? statSync(url).mtimeMs : -Infinity;
}

const entry = modified(bundle) >= modified(compiled) ? bundle : compiled;
if (!existsSync(entry)) {
  console.error(`casecoder is not built yet: run \`npm run build\` in ${fileURLToPath(new URL('..', import.meta.url))}`);
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main();
