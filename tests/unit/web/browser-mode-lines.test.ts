/**
 * Browser mode as users start it (`node dist/main/web/cli.js`, as npm run web and npm start do):
 * its lines in the system's language, and the address it keeps. Killed (kill -9), the next start
 * takes the same address, so a page left open carries on; stopped cleanly, the next has a new
 * token. Needs the build (npm test makes it first).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../../helpers/browser-mode.js';

const cli = fileURLToPath(new URL('../../../dist/main/web/cli.js', import.meta.url));
let home: string;
const running: ChildProcess[] = [];

beforeAll(() => {
  assertBuilt();
  home = mkdtempSync(join(tmpdir(), 'casecoder-web-lines-'));
});
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

const env = (locale: Record<string, string>) => {
  const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...rest } = process.env;
  return { ...rest, ...locale, CASECODER_HOME: home };
};

/** Started; resolves with its output once it has said where it runs. */
function started(locale: Record<string, string>, ...args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [cli, ...args], { env: env(locale), stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, output: () => output });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
}

function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    child.once('close', () => resolve());
    child.kill(signal);
  });
}

const russian = { LANG: 'ru_RU.UTF-8' };

describe('browser mode in the terminal', () => {
  it("says where it runs, why it cannot start, and that it stopped, in the system's language", async () => {
    const first = await started(russian);
    await expect.poll(first.output).toBe(
      `CaseCoder работает в режиме браузера: ${first.url}\n` +
      'Откройте этот адрес в Chrome, Chromium или Edge. Ctrl+C останавливает CaseCoder; каждое изменение сохраняется сразу.\n',
    );
    const port = new URL(first.url).port;
    const taken = spawnSync(process.execPath, [cli, '--port', port], { env: env({ LC_ALL: 'kk_KZ.UTF-8' }), encoding: 'utf8' });
    expect(taken.status).toBe(1);
    expect(taken.stderr).toBe(`${port} порты бос емес (оны басқа CaseCoder немесе басқа бағдарлама қолданып тұр): --port арқылы басқасын беріңіз немесе бос порт алу үшін --port-ты алып тастаңыз.\n`);
    const bad = spawnSync(process.execPath, [cli, '--port', 'восемь'], { env: env(russian), encoding: 'utf8' });
    expect(bad.stderr).toBe('--port должен быть номером порта от 0 до 65535, а не восемь.\n');
    const unknown = spawnSync(process.execPath, [cli, '--порт', '8080'], { env: env(russian), encoding: 'utf8' });
    expect(unknown.stderr).toBe('Режим браузера запускается так: npm run web -- [--port N] [--project ФАЙЛ]\n');
    await ended(first.child, 'SIGINT');
    expect(first.output().split('\n').at(-2)).toBe('CaseCoder остановлен; проект сохранён.');
  }, 60_000);

  it('keeps its address through a kill, not through a clean stop', async () => {
    const first = await started({ LANG: 'C.UTF-8' });
    await ended(first.child, 'SIGKILL');
    const second = await started({ LANG: 'C.UTF-8' });
    expect(second.url).toBe(first.url);
    await ended(second.child, 'SIGTERM');
    expect(second.output()).toContain('CaseCoder has stopped; the project is saved.\n');
    const third = await started({ LANG: 'C.UTF-8' });
    expect(new URL(third.url).searchParams.get('token')).not.toBe(new URL(second.url).searchParams.get('token'));
    await ended(third.child, 'SIGTERM');
  }, 60_000);
});
