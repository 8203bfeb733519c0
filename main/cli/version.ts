/**
 * `casecoder --version`: the version in CaseCoder's package.json, so a script can record which
 * CaseCoder made a table. Found by walking up from this module, which runs from dist/cli (the
 * bundle) or dist/main/cli (compiled) alike.
 */
import { existsSync, readFileSync } from 'node:fs';

export function caseCoderVersion(): string {
  for (let folder = new URL('.', import.meta.url); ; folder = new URL('..', folder)) {
    const file = new URL('package.json', folder);
    if (existsSync(file)) {
      const found = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (found.name === 'casecoder' && found.version) return found.version;
    }
    if (new URL('..', folder).href === folder.href) throw new Error('CaseCoder\'s package.json was not found above its command line');
  }
}
