/**
 * A document import writes long texts from a write job's thread (bundled from the sources), not
 * on the main thread's connection: inserting and indexing them there stalls every other request.
 * What it writes is what the inline import writes; a short batch stays inline.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../main/api/dispatch.js';
import { getDocumentText, listDocuments } from '../../../main/db/repos/documents.js';
import { importDocuments } from '../../../main/services/document-import.js';
import { createCase } from '../../../main/services/cases.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { useJobWorkers } from './worker-bundle.js';

const workerUrl = new URL('../../../dist/main/import/extract-worker.js', import.meta.url);

useJobWorkers();

let t: TestSession;
afterEach(() => t.dispose());

const file = (fileName: string, text: string) => ({ fileName, bytes: Buffer.from(text, 'utf8') });

describe('documents.import writes in a write job', () => {
  it('writes the batch on the job’s connection, duplicates within it caught, into a case created by name', async () => {
    t = newTestSession();
    t.session.createProject('imports');
    const ctx = t.session.context();
    createCase(ctx, 'Other', null);
    const long = 'Аренда дорогая, the rent is high. Қала бәріміздікі.\r\n'.repeat(3_000);
    const prepared: string[] = [];
    const prepare = ctx.store.prepare.bind(ctx.store);
    ctx.store.prepare = (sql: string) => (prepared.push(sql), prepare(sql));

    const report = await importDocuments(ctx, { caseName: 'Anna' }, [file('talk.txt', long), file('notes.md', 'Short notes.'), file('copy.txt', long)], { workerUrl });

    expect(prepared.filter((sql) => /\b(INSERT|UPDATE|DELETE)\b/i.test(sql))).toEqual([]);
    expect(report).toMatchObject({ caseCreated: true, created: 2, duplicates: 1, refused: 0 });
    expect(report.files.map((f) => f.status)).toEqual(['created', 'created', 'duplicate']);
    expect(report.files[2]!.documentId).toBe(report.files[0]!.documentId);
    const documents = listDocuments(ctx.store, report.caseId!);
    expect(documents.map((d) => [d.id, d.name])).toEqual([[report.files[0]!.documentId, 'talk'], [report.files[1]!.documentId, 'notes']]);
    // Normalised as the inline import normalises (line ends).
    expect(documents[0]!.length).toBe(long.replace(/\r\n/g, '\n').length);
  });

  it('writes a short batch on the caller’s connection, where a thread’s start would cost more than the work', async () => {
    t = newTestSession();
    t.session.createProject('short');
    const ctx = t.session.context();
    const caseId = createCase(ctx, 'Anna', null).id;
    const prepared: string[] = [];
    const prepare = ctx.store.prepare.bind(ctx.store);
    ctx.store.prepare = (sql: string) => (prepared.push(sql), prepare(sql));

    const report = await importDocuments(ctx, { caseId }, [file('notes.md', 'Short notes.')], { workerUrl });

    expect(report).toMatchObject({ caseId, created: 1 });
    expect(prepared.some((sql) => /INSERT INTO document\b/.test(sql))).toBe(true);
  });

  it('pastes a long text from the job’s thread and a short one inline, as an undoable document; refuses an empty one and binary data', async () => {
    t = newTestSession();
    t.session.createProject('pastes');
    const ctx = t.session.context();
    const caseId = createCase(ctx, 'Anna', null).id;
    const dispatch = createDispatch(t.session);
    const long = '\uFEFFМы боремся за право на город.\r\n'.repeat(4_000);
    const inserts: string[] = [];
    const prepare = ctx.store.prepare.bind(ctx.store);
    ctx.store.prepare = (sql: string) => (/INSERT INTO document\b/.test(sql) && inserts.push(sql), prepare(sql));

    expect(await dispatch('documents.paste', { caseId, name: 'Long', text: long })).toMatchObject({ ok: true, value: { documentsCreated: 1 } });
    expect(inserts).toEqual([]);
    expect(await dispatch('documents.paste', { caseId, name: 'Short', text: 'Short notes.' })).toMatchObject({ ok: true });
    expect(inserts).toHaveLength(1);
    expect(await dispatch('documents.paste', { caseId, name: 'Blank', text: ' \r\n\uFEFF ' })).toMatchObject({ ok: false, error: { code: 'emptyDocument' } });
    // Nor a text holding a NUL, as an imported file holding one is refused (review-hostile-1207 #10).
    expect(await dispatch('documents.paste', { caseId, name: 'Binary', text: 'A\u0000B' })).toMatchObject({ ok: false, error: { code: 'pastedNotText' } });
    expect(listDocuments(ctx.store, caseId).map((d) => d.name)).toEqual(['Long', 'Short']);

    const [first] = listDocuments(ctx.store, caseId);
    expect(first!.name).toBe('Long');
    // Normalised as every document is: the leading BOM gone, line ends as \n (compared as a flag: a failure would print the text).
    expect(getDocumentText(ctx.store, first!.id) === long.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')).toBe(true);
    expect(await dispatch('history.undo', {})).toMatchObject({ ok: true });
    expect(listDocuments(ctx.store, caseId).map((d) => d.name)).toEqual(['Long']);
  });
});
