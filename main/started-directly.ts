/**
 * Whether a module is the one node was started with (`node dist/cli/casecoder.js`), as opposed
 * to one imported by another (bin/casecoder.js, a test). Both paths are resolved through their
 * links first: node gives argv[1] as typed (made absolute), but a module's URL as the real file,
 * so a checkout reached through a symlink would otherwise never match.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function startedDirectly(moduleUrl: string, argv: readonly string[] = process.argv): boolean {
  const started = argv[1];
  if (started === undefined) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    // argv[1] is not a file (node -e, a REPL): nothing was started from a module.
    return false;
  }
}
