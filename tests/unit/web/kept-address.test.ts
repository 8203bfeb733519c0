import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetAddress, keepAddress, keptAddress } from '../../../main/web/kept-address.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-kept-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const address = { port: 41801, token: 'uUOtKNvXuakWHj6bitK3VeBGg7w6p-_o' };

describe("browser mode's kept address", () => {
  it('is kept for the next run, readable by the user alone, and forgotten on a clean stop', () => {
    expect(keptAddress(dir)).toBeNull();
    keepAddress(dir, address);
    expect(keptAddress(dir)).toEqual(address);
    expect(readdirSync(dir)).toEqual(['browser-mode-address.json']);
    expect(statSync(join(dir, 'browser-mode-address.json')).mode & 0o777).toBe(0o600);
    forgetAddress(dir, address);
    expect(keptAddress(dir)).toBeNull();
  });

  it("is not forgotten by a run whose address it no longer is (another run's on the same settings folder)", () => {
    keepAddress(dir, address);
    forgetAddress(dir, { ...address, port: 41802 });
    expect(keptAddress(dir)).toEqual(address);
  });

  it('takes no token it did not write', () => {
    for (const text of ['{', '{"port":41801,"token":"short"}', '{"port":70000,"token":"uUOtKNvXuakWHj6bitK3VeBGg7w6p-_o"}', '[]']) {
      writeFileSync(join(dir, 'browser-mode-address.json'), text);
      expect(keptAddress(dir), text).toBeNull();
    }
  });
});
