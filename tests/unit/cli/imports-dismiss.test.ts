/**
 * `casecoder imports PROJECT [--dismiss]`: an import the process died in is said on every
 * command's stderr until dismissed, which only the app could do (review-cli-1208 #4). Run in this
 * process, on projects whose run records name their owner (migration 015): one that has ended,
 * as a killed import leaves it, is cut short; one alive (another CaseCoder at work beside the
 * command) is said as running and is not dismissed; one on another computer is said as begun
 * there, and is dismissed when the user asks.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginRun, type RunOwner } from '../../../main/db/repos/import-runs.js';
import { Store } from '../../../main/db/store.js';
import { useCliFolder } from '../../helpers/cli-in-process.js';
import { endedOwner, liveOwner, type LiveOwner } from '../../helpers/run-owners.js';

const cli = useCliFolder('casecoder-imports-dismiss-');
const { run } = cli;

let live: LiveOwner;
beforeAll(async () => {
  live = await liveOwner();
});
afterAll(() => live?.stop());

async function projectWithRun(name: string, owner: RunOwner | null): Promise<void> {
  expect(await run('C.UTF-8', 'new', name, '--language', 'en')).toMatchObject({ status: 0 });
  const store = Store.open(join(cli.dir, `${name}.casecoder`));
  try {
    beginRun(store, 'documents', ['a.txt', 'b.txt'], owner);
  } finally {
    store.close();
  }
}

describe('casecoder imports', () => {
  it('says the cut-short import, dismisses it with --dismiss, and then says there is none', async () => {
    await projectWithRun('study', endedOwner());
    const listed = await run('C.UTF-8', 'imports', 'study');
    expect(listed.status).toBe(0);
    expect(listed.err).toMatch(/was cut short.*Not imported \(2\): a\.txt, b\.txt.*casecoder imports PROJECT --dismiss/s);
    const dismissed = await run('ru_RU.UTF-8', 'imports', 'study', '--dismiss');
    expect(dismissed.status).toBe(0);
    expect(dismissed.err).toContain('уведомлений убрано: 1');
    const after = await run('C.UTF-8', 'imports', 'study');
    expect(after.err).toBe('no import or merge of this project was cut short');
    expect((await run('C.UTF-8', 'cases', 'study')).err).toBe('');
  });

  it('says a record from before owners were cut short, as it always did', async () => {
    await projectWithRun('old', null);
    expect((await run('C.UTF-8', 'cases', 'old')).err).toMatch(/was cut short/);
    expect(await run('C.UTF-8', 'imports', 'old', '--dismiss')).toMatchObject({ status: 0, err: expect.stringContaining('dismissed: 1') });
  });

  it('says an import a live process is doing is running, not cut short, and does not dismiss it until that process is gone', async () => {
    await projectWithRun('busy', live.owner);
    const beside = await run('C.UTF-8', 'cases', 'busy');
    expect(beside.status).toBe(0);
    expect(beside.err).not.toMatch(/cut short|Not imported/);
    expect(beside.err).toMatch(/^.*\/busy: Note: The import of documents begun on .* was still running in another CaseCoder on this computer when the project was opened\. Its record goes when it ends; while it runs, the notice cannot be dismissed\.$/);
    expect((await run('kk_KZ.UTF-8', 'cases', 'busy')).err).toContain('осы компьютердегі басқа CaseCoder-де әлі жүріп жатқан еді');

    const refused = await run('C.UTF-8', 'imports', 'busy', '--dismiss');
    expect(refused.status).toBe(1);
    expect(refused.err).toMatch(/Not dismissed: this import or merge is still running in another CaseCoder/);
    expect(refused.err).not.toMatch(/dismissed: \d/);
    expect((await run('ru_RU.UTF-8', 'imports', 'busy', '--dismiss')).err).toContain('Уведомление не скрыто: этот импорт или объединение ещё идёт в другом CaseCoder');

    // The same id taken by a later process is not the owner: the record is of one cut short.
    await projectWithRun('reused', { ...live.owner, started: live.owner.started - 3_600_000 });
    expect((await run('C.UTF-8', 'cases', 'reused')).err).toMatch(/was cut short/);

    await live.stop();
    const after = await run('C.UTF-8', 'cases', 'busy');
    expect(after.err).toMatch(/was cut short: CaseCoder stopped before it ended/);
    const dismissed = await run('C.UTF-8', 'imports', 'busy', '--dismiss');
    expect(dismissed).toMatchObject({ status: 0, err: expect.stringContaining('dismissed: 1') });
  });

  it('says an import recorded on another computer may still be running there, with its files, and dismisses it as the user asks', async () => {
    await projectWithRun('shared', { host: 'lab-pc-7', pid: 4242, started: Date.now() });
    const store = Store.open(join(cli.dir, 'shared.casecoder'));
    try {
      beginRun(store, 'merge', ['theirs.casecoder'], endedOwner());
    } finally {
      store.close();
    }
    const listed = await run('C.UTF-8', 'imports', 'shared');
    expect(listed.status).toBe(0);
    expect(listed.err).toContain('by CaseCoder on the computer lab-pc-7 had not ended when the project was opened: it may still be running there.');
    expect(listed.err).toContain('The merge begun on');
    // A teammate's copy would otherwise keep the notice for good: only the user knows it no longer runs there.
    expect(listed.err).toContain('If it no longer runs there (the project was copied from that computer, say), dismiss this notice.');
    expect(listed.err).toContain('--dismiss');
    const dismissed = await run('C.UTF-8', 'imports', 'shared', '--dismiss');
    expect(dismissed).toMatchObject({ status: 0, err: expect.stringContaining('dismissed: 2') });
    const after = await run('C.UTF-8', 'imports', 'shared');
    expect(after.err).not.toMatch(/lab-pc-7|The merge/);
    expect(after.err).toMatch(/no import or merge of this project was cut short$/);
  });
});
