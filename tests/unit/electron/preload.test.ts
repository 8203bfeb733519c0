/**
 * The desktop window's built preload, run as a sandboxed preload runs (its one `require`, of
 * electron, answered by a recording stand-in: the binary cannot run here): what it gives the page,
 * and that a chosen file's path comes from Electron itself, so the app reads a teammate's project
 * where it lies (renderer/src/api.ts fileAt).
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { assertBuilt } from '../../helpers/browser-mode.js';

describe('the preload', () => {
  it('gives the page calls, the menu, and the path Electron knows for a chosen file', () => {
    assertBuilt();
    const exposed = new Map<string, Record<string, unknown>>();
    const pathsAsked: unknown[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, api: Record<string, unknown>) => exposed.set(name, api) },
      ipcRenderer: { invoke: async () => ({ ok: true, value: null }), on: () => {}, send: () => {} },
      webUtils: {
        getPathForFile: (file: unknown) => {
          pathsAsked.push(file);
          return '/home/ada/Team/theirs.casecoder';
        },
      },
    };
    const require = (name: string) => {
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    };
    const source = readFileSync(new URL('../../../dist/main/electron/preload.cjs', import.meta.url), 'utf8');
    runInNewContext(source, { require, exports: {}, TextDecoder });
    expect([...exposed.keys()]).toEqual(['casecoder', 'casecoderMenu']);
    const api = exposed.get('casecoder') as { pathOf(file: unknown): string };
    expect(Object.keys(api).sort()).toEqual(['call', 'pathOf']);
    const chosen = { name: 'theirs.casecoder' };
    expect(api.pathOf(chosen)).toBe('/home/ada/Team/theirs.casecoder');
    expect(pathsAsked).toEqual([chosen]);
  });
});
