import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, isAppUrl, resolveAppFile } from '../../../main/electron/app-url.js';

const root = resolve('/srv/casecoder/renderer');

const foreign = [
  'app://casecoder/../../etc/passwd',
  'app://casecoder/%2e%2e/x',
  'app://casecoder/%2E%2E%2F%2E%2E%2Fetc/passwd',
  'app://casecoder/assets/..%2f..%2f..%2fetc/passwd',
  'app://casecoder/assets/..\\..\\secret',
  'app://casecoder/./index.html',
  'app://casecoder/%E0%A4%A',
  'app://other/index.html',
  'app://casecoder.example.com/index.html',
  'app://casecoder:8080/index.html',
  'app://user@casecoder/index.html',
  'https://casecoder/index.html',
  'http://127.0.0.1:5173/index.html',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'not a url',
  '',
];

describe('isAppUrl', () => {
  it('accepts the entry page, assets and the bare origin', () => {
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    expect(isAppUrl('app://casecoder/assets/index-3f2a.js')).toBe(true);
    expect(isAppUrl('app://casecoder/')).toBe(true);
    expect(isAppUrl('app://casecoder/index.html#/cases?id=3')).toBe(true);
  });

  it.each(foreign)('rejects %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('resolveAppFile', () => {
  it('maps app URLs to files inside the root', () => {
    expect(resolveAppFile(root, 'app://casecoder/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://casecoder/assets/index-3f2a.css')).toBe(join(root, 'assets', 'index-3f2a.css'));
    expect(resolveAppFile(root, 'app://casecoder/assets/My%20Font.woff2')).toBe(join(root, 'assets', 'My Font.woff2'));
  });

  it('serves the entry page for the bare origin and ignores query and fragment', () => {
    expect(resolveAppFile(root, 'app://casecoder/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://casecoder/index.html?x=../../y#z')).toBe(join(root, 'index.html'));
  });

  it.each(foreign)('resolves nothing for %j', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('resolves nothing for a NUL byte', () => {
    expect(resolveAppFile(root, 'app://casecoder/index.html%00.png')).toBeNull();
  });
});
