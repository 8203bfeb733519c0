/**
 * `casecoder imports PROJECT [--dismiss]`: an import the process died in is said on every
 * command's stderr until dismissed, which only the app could do (review-cli-1208 #4). Run in this
 * process, on a project whose run record was left as a killed import leaves it.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { beginRun } from '../../../main/db/repos/import-runs.js';
import { Store } from '../../../main/db/store.js';
import { useCliFolder } from '../../helpers/cli-in-process.js';

const cli = useCliFolder('casecoder-imports-dismiss-');
const { run } = cli;

beforeAll(async () => {
  expect(await run('C.UTF-8', 'new', 'study', '--language', 'en')).toMatchObject({ status: 0 });
  const store = Store.open(join(cli.dir, 'study.casecoder'));
  beginRun(store, 'documents', ['a.txt', 'b.txt']);
  store.close();
});

describe('casecoder imports', () => {
  it('says the cut-short import, dismisses it with --dismiss, and then says there is none', async () => {
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
});
