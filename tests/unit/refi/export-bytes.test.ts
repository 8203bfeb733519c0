/**
 * The exact bytes export writes, against files written by the exporter before it streamed: a
 * change to element order, indentation, attribute order or escaping shows here. GUIDs made at
 * export time (and those of the fixture) are renamed by first appearance, and the clock is
 * fixed, so the files are stable.
 */
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { Store } from '../../../main/db/store.js';
import { importRefi } from '../../../main/refi/import.js';
import { exportQdc, exportQdpx } from '../../../main/refi/write-package.js';
import { hasShared, sample } from './helpers.js';
import { richProject } from './rich-project.js';

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Every GUID renamed `guid-N` by first appearance, in project.qde and then in the other parts' names. */
function stable(files: Record<string, Uint8Array>): { qde: string; sources: Record<string, string> } {
  const seen = new Map<string, string>();
  const rename = (text: string) => text.replace(GUID, (g) => {
    if (!seen.has(g.toLowerCase())) seen.set(g.toLowerCase(), `guid-${seen.size + 1}`);
    return seen.get(g.toLowerCase())!;
  });
  const qde = rename(Buffer.from(files['project.qde']!).toString('utf8'));
  // Sorted by name: REFI-QDA readers find parts by name, so their order in the zip is free.
  const sources = Object.keys(files).filter((name) => name !== 'project.qde')
    .map((name) => [rename(name), Buffer.from(files[name]!).toString('utf8')] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return { qde, sources: Object.fromEntries(sources) };
}

/** The rich project with strings that need every kind of escaping, in text and in attributes. */
function withAwkwardStrings(): Store {
  const store = richProject();
  const awkward = 'a\r\nb\tc "d" <e> & f\u0001g\uFFFEh 😀';
  store.prepare("UPDATE memo SET name = ?, text = ? WHERE name = 'Project log'").run(awkward, awkward);
  store.prepare("UPDATE case_ SET name = ?, description = ? WHERE name = 'Anna'").run(`Anna ${awkward}`, awkward);
  return store;
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-04T05:06:07.089Z') });
});
afterAll(() => {
  vi.useRealTimers();
});

describe('the bytes REFI-QDA export writes', () => {
  test('project.qde and every source of a project using every concept', async () => {
    const { qde, sources } = stable(unzipSync(new Uint8Array(await exportQdpx(withAwkwardStrings()))));
    await expect(qde).toMatchFileSnapshot('./expected/rich-project.qde');
    await expect(JSON.stringify(sources, null, 1)).toMatchFileSnapshot('./expected/rich-project-sources.json');
  });

  test('the codebook (.qdc)', async () => {
    const qdc = Buffer.from(await exportQdc(withAwkwardStrings())).toString('utf8');
    await expect(stable({ 'project.qde': Buffer.from(qdc) }).qde).toMatchFileSnapshot('./expected/rich-project.qdc');
  });

  test.skipIf(!hasShared)('project.qde of an imported sample', async () => {
    const ctx = { store: Store.memory(), coderName: 'Ada' };
    await importRefi(ctx, 'qc-1.3.2_demo.qdpx', sample('qc-1.3.2_demo.qdpx'));
    await expect(stable(unzipSync(new Uint8Array(await exportQdpx(ctx.store)))).qde).toMatchFileSnapshot('./expected/qc-demo.qde');
  });
});
