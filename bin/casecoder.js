#!/usr/bin/env node
// `casecoder` / `npx casecoder`: the command line is TypeScript compiled into dist/ by
// `npm run build` (which `npm install` runs as the prepare script); this only starts it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/main/cli/index.js', import.meta.url);
if (!existsSync(entry)) {
  console.error(`casecoder is not built yet: run \`npm run build\` in ${fileURLToPath(new URL('..', import.meta.url))}`);
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main();
