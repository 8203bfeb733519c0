/**
 * Whose a recorded import run is (services/run-owner.ts, this-process.ts): a run is cut short
 * only when its owner is provably gone (no such process, or a later process given its id, or
 * begun before the computer last started); a live owner, one whose start the system does not
 * tell, or another computer's is still running. The notice says each as it is (en, ru, kk).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { InterruptedImport } from '../../../shared/entities.js';
import { interruptedImportLine, interruptedImportText } from '../../../shared/i18n/interrupted-import-text.js';
import { translator } from '../../../shared/i18n/translator.js';
import type { RunOwner } from '../../../main/db/repos/import-runs.js';
import { runOwnerStatus, SAME_START_MS, type Here, type ProcessSeen } from '../../../main/services/run-owner.js';
import { elapsedSeconds, here, hostKey, linuxProcess, psProcess, seeProcess, thisProcess } from '../../../main/services/this-process.js';

const NOW = Date.parse('2026-12-08T12:00:00Z');
const me: Here = { host: 'lab-1', pid: 100, started: NOW - 60_000, bootedAt: NOW - 86_400_000 };
const owner: RunOwner = { host: 'lab-1', pid: 200, started: NOW - 30_000 };

/** The system's answer for pid 200; any other id is asked of it only by mistake. */
function system(seen: ProcessSeen): (pid: number) => ProcessSeen {
  return (pid) => {
    if (pid !== 200) throw new Error(`asked of ${pid}`);
    return seen;
  };
}
const never = (pid: number): ProcessSeen => {
  throw new Error(`the system was asked of ${pid}`);
};

describe('a run\'s owner', () => {
  it('alive, as started when recorded: the run is still running', () => {
    expect(runOwnerStatus(owner, me, system({ exists: true, started: owner.started }))).toBe('running');
    expect(runOwnerStatus(owner, me, system({ exists: true, started: owner.started + SAME_START_MS }))).toBe('running');
  });

  it('with no process of its id: cut short', () => {
    expect(runOwnerStatus(owner, me, system({ exists: false }))).toBe('cutShort');
  });

  it('whose id a later process holds: cut short', () => {
    expect(runOwnerStatus(owner, me, system({ exists: true, started: owner.started + SAME_START_MS + 1 }))).toBe('cutShort');
    expect(runOwnerStatus(owner, me, system({ exists: true, started: NOW - 5_000 }))).toBe('cutShort');
  });

  it('alive where the system does not tell a start: taken for the owner', () => {
    expect(runOwnerStatus(owner, me, system({ exists: true, started: null }))).toBe('running');
  });

  it('begun before the computer last started: cut short, without asking the system', () => {
    expect(runOwnerStatus({ ...owner, started: me.bootedAt - SAME_START_MS - 1 }, me, never)).toBe('cutShort');
  });

  it('on another computer: elsewhere, without asking this one\'s system', () => {
    expect(runOwnerStatus({ ...owner, host: 'lab-2' }, me, never)).toBe('elsewhere');
  });

  it('this very process: cut short, its project having been closed since', () => {
    expect(runOwnerStatus({ host: me.host, pid: me.pid, started: me.started }, me, never)).toBe('cutShort');
    // An earlier process of the same id is judged by the system, which tells this one's start.
    expect(runOwnerStatus({ host: me.host, pid: me.pid, started: me.started - 3_600_000 }, me, (pid) => ({ exists: pid === me.pid, started: me.started }))).toBe('cutShort');
  });

  it('recorded before owners were (no owner): cut short, as it always was', () => {
    expect(runOwnerStatus(null, me, never)).toBe('cutShort');
  });
});

describe('this process as the system tells it', () => {
  it('names itself by its computer, id and start, which the system reads back the same', () => {
    const self = thisProcess();
    expect(self).toMatchObject({ host: hostKey(hostname()), pid: process.pid });
    expect(Math.abs(self.started - (Date.now() - process.uptime() * 1000))).toBeLessThan(5_000);
    const seen = seeProcess(process.pid);
    expect(seen.exists).toBe(true);
    if (process.platform === 'linux' || process.platform === 'darwin') expect(Math.abs((seen as { started: number }).started - self.started)).toBeLessThan(1_500);
    expect(here().bootedAt).toBeLessThan(self.started);
  });

  it('sees no process of an id none holds, nor of one no system gives', () => {
    expect(seeProcess(2_147_483_647)).toEqual({ exists: false });
    expect(seeProcess(2 ** 32)).toEqual({ exists: false });
    expect(seeProcess(0)).toEqual({ exists: false });
  });

  it.runIf(process.platform === 'linux' && existsSync('/usr/bin/ps'))('reads a start from /proc and from ps alike', () => {
    const [fromProc, fromPs] = [linuxProcess(process.pid), psProcess(process.pid)] as { started: number }[];
    expect(Math.abs(fromPs!.started - fromProc!.started)).toBeLessThan(1_500);
  });

  // An import killed by a script that has not yet waited for it stays a zombie, which signal 0 still reaches.
  it.runIf(process.platform !== 'win32')('sees no process in one that has exited but is not yet collected', async () => {
    // `sleep 0` exits at once; its parent, become `sleep 30`, never collects it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const [line] = (await once(parent.stdout!, 'data')) as [Buffer];
      const zombie = Number(line.toString().trim());
      await expect.poll(() => seeProcess(zombie), { timeout: 5_000 }).toEqual({ exists: false });
      process.kill(zombie, 0);
      if (process.platform === 'linux' && existsSync('/usr/bin/ps')) expect(psProcess(zombie)).toEqual({ exists: false });
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('reads ps\'s elapsed time in its every form', () => {
    expect(elapsedSeconds('  00:07\n')).toBe(7);
    expect(elapsedSeconds('12:34')).toBe(754);
    expect(elapsedSeconds('01:02:03')).toBe(3723);
    expect(elapsedSeconds('2-01:02:03')).toBe(2 * 86_400 + 3723);
    expect(elapsedSeconds('')).toBeNull();
  });

  it('keys a computer\'s name as printable ASCII within the bound', () => {
    expect(hostKey('lab-pc.local')).toBe('lab-pc.local');
    expect(hostKey('Ноутбук')).toBe(encodeURIComponent('Ноутбук'));
    expect(hostKey('x'.repeat(300))).toHaveLength(255);
    expect(hostKey('')).toBe('?');
  });
});

describe('the notice of a run', () => {
  const run = (status: InterruptedImport['status'], kind: InterruptedImport['kind'] = 'documents', host: string | null = null): InterruptedImport => ({
    id: 1, kind, status, host, startedAt: '2026-12-08T10:00:00.000Z',
    files: { done: 2, refused: 0, pending: 3 },
    names: { done: ['a.txt', 'b.txt'], refused: [], pending: ['c.txt', 'd.txt', 'e.txt'] },
  });

  it('cut short lists its files and how to dismiss it', () => {
    const words = translator('en');
    expect(interruptedImportLine(words, 'en', run('cutShort'))).toMatch(/was cut short.*Came in \(2\): a\.txt, b\.txt\. Not imported \(3\): c\.txt.*--dismiss\.$/);
  });

  it('running says so in each language, with no files and no way to dismiss it', () => {
    for (const language of ['en', 'ru', 'kk'] as const) {
      const words = translator(language);
      const text = interruptedImportText(words, language, run('running'));
      expect(text.lists).toEqual([]);
      expect(text.title).toBe(words.t('interruptedImports.runningTitle'));
      expect(interruptedImportLine(words, language, run('running'))).not.toMatch(/--dismiss|a\.txt/);
      expect(interruptedImportText(words, language, run('running', 'merge')).title).toBe(words.t('interruptedImports.runningMergeTitle'));
    }
    expect(interruptedImportText(translator('en'), 'en', run('running', 'merge')).what).toMatch(/^The merge begun on .* was still running in another CaseCoder on this computer/);
  });

  it('elsewhere names the computer', () => {
    const line = interruptedImportLine(translator('ru'), 'ru', run('elsewhere', 'package', 'lab-pc-7'));
    expect(line).toMatch(/^Внимание: Импорт пакетов REFI-QDA, начатый .* в CaseCoder на компьютере lab-pc-7, не был закончен/);
    expect(interruptedImportText(translator('kk'), 'kk', run('elsewhere', 'merge', 'lab-pc-7')).what).toMatch(/^lab-pc-7 компьютеріндегі CaseCoder-де/);
  });
});
