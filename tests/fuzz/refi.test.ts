/**
 * The REFI-QDA importer on damaged packages: a small exported project whose project.qde is
 * mutated as text (and re-zipped, so the damage reaches the XML reader rather than stopping
 * at the zip's checksums), the same XML as a bare .qde, and raw byte damage to the package.
 * Whatever it gets, it fails only with an AppError and then changes nothing; what it accepts
 * has normalised texts and segments that lie inside them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { trackedTables } from '../../main/db/tracked-tables.js';
import type { Store } from '../../main/db/store.js';
import { AppError } from '../../main/errors.js';
import { exportQdpx } from '../../main/refi/write-package.js';
import { importRefi } from '../../main/refi/import.js';
import { applyCode } from '../../main/services/coding.js';
import { pasteText } from '../../main/services/text-import.js';
import { mutated } from './arbitraries.js';
import { fuzzProject } from './invariants.js';
import { FUZZ_TEST_TIMEOUT, fuzzAsync } from './settings.js';

/** A project with emoji, Cyrillic and CRLF text and a few codings, exported as .qdpx. */
async function samplePackage(): Promise<{ qdpx: Uint8Array; files: Record<string, Uint8Array> }> {
  const { ctx, caseId } = fuzzProject();
  pasteText(ctx, caseId, 'Интервью', 'Housing 😀 was hard.\r\nСоседи помогли, and wages were low.');
  const documentId = ctx.store.db.prepare('SELECT id FROM document').pluck().get() as number;
  const codes = ctx.store.db.prepare('SELECT id FROM code').pluck().all() as number[];
  applyCode(ctx, { documentId, start: 0, end: 7, codeId: codes[0]! });
  applyCode(ctx, { documentId, start: 8, end: 20, codeId: codes[4]! });
  const qdpx = new Uint8Array(await exportQdpx(ctx.store));
  return { qdpx, files: unzipSync(qdpx) };
}

const rowCounts = (store: Store) =>
  Object.fromEntries([...Object.keys(trackedTables), 'history_step'].map((t) => [t, store.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]));

async function checkRefiImport(fileName: string, bytes: Uint8Array): Promise<void> {
  const { ctx } = fuzzProject();
  const before = rowCounts(ctx.store);
  try {
    await importRefi(ctx, fileName, Buffer.from(bytes));
  } catch (error) {
    if (!(error instanceof AppError)) throw new Error(`threw ${error instanceof Error ? error.stack : String(error)}, not an AppError`);
    expect(rowCounts(ctx.store)).toEqual(before);
    return;
  }
  const documents = ctx.store.db.prepare('SELECT id, text FROM document').all() as { id: number; text: string }[];
  for (const { id, text } of documents) {
    expect(text).not.toMatch(/\r/);
    const length = Array.from(text).length;
    const spans = ctx.store.db.prepare('SELECT start, "end" AS "end" FROM segment WHERE document_id = ?').all(id) as { start: number; end: number }[];
    for (const span of spans) expect(0 <= span.start && span.start < span.end && span.end <= length).toBe(true);
  }
}

/** Text-level damage to XML: cut, repeat, or replace a stretch, often inside an attribute. */
const xmlMutation = fc.record({
  at: fc.nat(),
  length: fc.integer({ min: 0, max: 40 }),
  kind: fc.constantFrom('cut', 'repeat', 'replace'),
  insert: fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -5, max: 100_000 }).map(String), fc.constantFrom('"', '<', '>', '&', '<!DOCTYPE x>', '&amp;', '\u0000', 'targetGUID="x"')),
});

function damageXml(xml: string, edits: { at: number; length: number; kind: string; insert: string }[]): string {
  let out = xml;
  for (const edit of edits) {
    const at = edit.at % (out.length + 1);
    const stretch = out.slice(at, at + edit.length);
    if (edit.kind === 'cut') out = out.slice(0, at) + out.slice(at + edit.length);
    if (edit.kind === 'repeat') out = out.slice(0, at) + stretch + stretch + out.slice(at + edit.length);
    if (edit.kind === 'replace') out = out.slice(0, at) + edit.insert + out.slice(at + edit.length);
  }
  return out;
}

describe('REFI-QDA import under damage', () => {
  it('imports or refuses project.qde damaged as text, zipped and bare', async () => {
    const { files } = await samplePackage();
    const xml = new TextDecoder().decode(files['project.qde']);
    await fuzzAsync(fc.asyncProperty(fc.array(xmlMutation, { minLength: 1, maxLength: 3 }), fc.boolean(), async (edits, bare) => {
      const damaged = damageXml(xml, edits);
      if (bare) await checkRefiImport('fuzz.qde', strToU8(damaged));
      else await checkRefiImport('fuzz.qdpx', zipSync({ ...files, 'project.qde': strToU8(damaged) }));
    }));
  }, FUZZ_TEST_TIMEOUT);

  it('imports or refuses a package with damaged bytes', async () => {
    const { qdpx } = await samplePackage();
    await fuzzAsync(fc.asyncProperty(mutated(fc.constant(qdpx)), (bytes) => checkRefiImport('fuzz.qdpx', bytes)));
  }, FUZZ_TEST_TIMEOUT);

  it('imports the undamaged package, so the damage above is what is refused', async () => {
    const { qdpx } = await samplePackage();
    const { ctx } = fuzzProject();
    const report = await importRefi(ctx, 'clean.qdpx', Buffer.from(qdpx));
    expect(report.created).toMatchObject({ documents: 1, segments: 2, codings: 2 });
  });
});
