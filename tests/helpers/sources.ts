/** When the Node side's TypeScript last changed: tests that run the built app rebuild it when older. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function newestSource(): number {
  return Math.max(
    ...['main', 'shared'].flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.c?ts$/.test(file))
        .map((file) => statSync(join(root, folder, file)).mtimeMs),
    ),
  );
}
