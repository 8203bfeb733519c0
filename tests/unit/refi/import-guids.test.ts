/**
 * GUIDs on import: kept from the file where the project does not hold them (so a later merge or
 * re-import matches objects), made fresh where it does. A first import into an empty project
 * asks no table per row, so these pin down what that shortcut must still get right.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { importRefi } from '../../../main/refi/import.js';
import { parseRefi } from '../../../main/refi/parse-project.js';
import { memoryContext, tableCounts } from './helpers.js';
import { qdpx } from './package.js';

const code = randomUUID();
const pkg = qdpx({
  codes: [{ guid: code, name: 'Housing' }],
  sources: [
    { name: 'a', text: 'Жильё дорогое, работа есть.', selections: [{ start: 0, end: 5, codeGuid: code }, { start: 15, end: 20, codeGuid: code }] },
    { name: 'b', text: 'Үй қымбат.', selections: [{ start: 0, end: 2, codeGuid: code }] },
  ],
});

const guids = (ctx: ReturnType<typeof memoryContext>, table: string) =>
  ctx.store.prepare(`SELECT guid FROM ${table} ORDER BY id`).pluck().all() as string[];

describe('GUIDs on REFI-QDA import', () => {
  test('a first import keeps the file’s GUIDs; the same file again gets new ones for every row', async () => {
    const parsed = await parseRefi('p.qdpx', pkg);
    const fileSelections = parsed.sources.flatMap((s) => s.selections.map((x) => x.guid));
    const fileCodings = parsed.sources.flatMap((s) => s.selections.flatMap((x) => x.codings.map((c) => c.guid)));
    const ctx = memoryContext();
    await importRefi(ctx, 'p.qdpx', pkg);
    expect(guids(ctx, 'segment')).toEqual(fileSelections);
    expect(guids(ctx, 'coding')).toEqual(fileCodings);
    expect(guids(ctx, 'document')).toEqual(parsed.sources.map((s) => s.guid));

    await importRefi(ctx, 'p.qdpx', pkg);
    expect(tableCounts(ctx.store)).toMatchObject({ document: 4, segment: 6, coding: 6 });
    for (const table of ['document', 'segment', 'coding', 'code']) {
      const all = guids(ctx, table);
      expect(new Set(all).size).toBe(all.length);
    }
  });

  test('two users that share a GUID under different names become two coders', async () => {
    const user = randomUUID();
    const xml = `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="T" origin="T">` +
      `<Users><User guid="${user}" name="Aigerim"/><User guid="${user}" name="Dana"/></Users></Project>`;
    const { zipSync } = await import('fflate');
    const ctx = memoryContext(null);
    await importRefi(ctx, 'u.qdpx', Buffer.from(zipSync({ 'project.qde': Buffer.from(xml) })));
    const coders = ctx.store.prepare('SELECT name, guid FROM coder ORDER BY id').all() as { name: string; guid: string }[];
    expect(coders.map((c) => c.name)).toEqual(['Aigerim', 'Dana']);
    expect(coders[0]!.guid).toBe(user);
    expect(coders[1]!.guid).not.toBe(user);
  });
});
