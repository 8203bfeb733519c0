/**
 * Documents from files: every format into a chosen or new case through the worker (the built
 * entry, as worker.test.ts uses it), refusals each on their own line with the project
 * untouched, duplicates, re-reading in a named encoding, and rename/move/delete with undo.
 */
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCases } from '../../../main/db/repos/cases.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { getDocumentText, listDocuments } from '../../../main/db/repos/documents.js';
import { historyState, undo } from '../../../main/db/history.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { readerThreadsStarted } from '../../../main/import/reader-thread.js';
import {
  documentName, importDocuments, type DocumentFile, type DocumentImportOptions, type ImportTarget,
} from '../../../main/services/document-import.js';
import { deleteDocument, getDocumentView, moveDocument, renameDocument } from '../../../main/services/documents.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { ballooningDocx, docx, odt, para, pdf, textPage, utf8 } from '../import/fixtures.js';

const workerUrl = new URL('../../../dist/main/import/extract-worker.js', import.meta.url);

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('study');
});
afterEach(() => t.dispose());

const ctx = () => t.session.context();
const run = (target: ImportTarget, files: DocumentFile[], options: Omit<DocumentImportOptions, 'workerUrl'> = {}) =>
  importDocuments(ctx(), target, files, { ...options, workerUrl });

/** The project's rows and undo history, to show a refused batch changed nothing. */
const snapshot = () => {
  const { store } = ctx();
  return JSON.stringify({ cases: listCases(store), documents: listDocuments(store), history: historyState(store) });
};

const imageOnlyPdf = () => pdf({
  pages: ['q 100 0 0 100 72 600 cm /Im1 Do Q'],
  resources: '/XObject << /Im1 100 0 R >>',
  objects: ['<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream'],
});
const lockedPdf = () => {
  const hex32 = (byte: string) => `<${byte.repeat(32)}>`;
  return pdf({
    pages: [textPage('Secret')],
    objects: [`<< /Filter /Standard /V 1 /R 2 /O ${hex32('4f')} /U ${hex32('55')} /P -4 >>`],
    trailer: `/Encrypt 100 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]`,
  });
};
const rtf = (body: string) => iconv.encode(String.raw`{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0 Arial;}}` + body + '}', 'windows-1251');

describe('importing documents', () => {
  it('takes every format into a new case of a group, one document each, with its format and encoding', async () => {
    const files: DocumentFile[] = [
      { fileName: 'koi.txt', bytes: iconv.encode('Привет, это интервью о переезде.\nВторая строка ответа.', 'koi8-r') },
      { fileName: 'notes.md', bytes: utf8('# Notes\n\n- one *point*') },
      { fileName: 'page.html', bytes: utf8('<html><script>alert(1)</script><p>Hello <b>there</b></p></html>') },
      { fileName: 'word.docx', bytes: docx(para('Title', 'Heading1') + para('Body of the interview')) },
      { fileName: 'open.odt', bytes: odt('<text:p>OpenDocument words</text:p>') },
      { fileName: 'rich.rtf', bytes: rtf(String.raw`Привет \u1179? rich\par`) },
      { fileName: 'scan.pdf', bytes: pdf({ pages: [textPage('First page'), textPage('Second page')] }) },
    ];
    const report = await run({ caseName: 'Anna', groupName: 'Programmers' }, files);
    expect(report).toMatchObject({ caseCreated: true, created: 7, duplicates: 0, refused: 0 });
    expect(report.files.map((f) => [f.fileName, f.status, f.format, f.encoding])).toEqual([
      ['koi.txt', 'created', 'txt', 'koi8-r'],
      ['notes.md', 'created', 'md', 'utf-8'],
      ['page.html', 'created', 'html', 'utf-8'],
      ['word.docx', 'created', 'docx', undefined],
      ['open.odt', 'created', 'odt', undefined],
      ['rich.rtf', 'created', 'rtf', undefined],
      ['scan.pdf', 'created', 'pdf', undefined],
    ]);
    const { store } = ctx();
    const [anna] = listCases(store);
    expect(anna).toMatchObject({ name: 'Anna', documentCount: 7 });
    const documents = listDocuments(store);
    expect(documents.map((d) => [d.name, d.format, d.encoding])).toEqual([
      ['koi', 'txt', 'koi8-r'], ['notes', 'md', 'utf-8'], ['page', 'html', 'utf-8'], ['word', 'docx', null],
      ['open', 'odt', null], ['rich', 'rtf', null], ['scan', 'pdf', null],
    ]);
    const texts = documents.map((d) => getDocumentText(store, d.id));
    expect(texts).toEqual([
      'Привет, это интервью о переезде.\nВторая строка ответа.', 'Notes\n• one point', 'Hello there', 'Title\nBody of the interview',
      'OpenDocument words', 'Привет қ rich', 'First page\nSecond page',
    ]);
    // One undoable step for the documents, one for the new case with its new group.
    undo(store);
    expect(listDocuments(store)).toEqual([]);
    expect(listCases(store)).toHaveLength(1);
    undo(store);
    expect(listCases(store)).toEqual([]);
    expect(store.prepare('SELECT name FROM case_group').pluck().all()).toEqual([]);
    expect(historyState(store).canUndo).toBe(false);
  });

  it('gives each refused file its own line and still imports the rest', async () => {
    const item = createCase(ctx(), 'Boris', null);
    const report = await run({ caseId: item.id }, [
      { fileName: 'empty.txt', bytes: new Uint8Array() },
      { fileName: 'good.docx', bytes: docx(para('Kept')) },
      { fileName: 'broken.docx', bytes: utf8('PK\u0003\u0004 not really a zip') },
      { fileName: 'scan.pdf', bytes: imageOnlyPdf() },
      { fileName: 'locked.pdf', bytes: lockedPdf() },
      { fileName: 'tool.exe', bytes: utf8('MZ') },
    ]);
    expect(report).toMatchObject({ caseId: item.id, caseCreated: false, created: 1, refused: 5 });
    expect(report.files.map((f) => [f.fileName, f.status, f.reason])).toEqual([
      ['empty.txt', 'refused', 'empty'],
      ['good.docx', 'created', undefined],
      ['broken.docx', 'refused', 'corrupt'],
      ['scan.pdf', 'refused', 'noTextLayer'],
      ['locked.pdf', 'refused', 'passwordProtected'],
      ['tool.exe', 'refused', 'unsupported'],
    ]);
    expect(report.files[3]!.message).toContain('no text layer: run OCR first');
    expect(listDocuments(ctx().store).map((d) => d.name)).toEqual(['good']);
  });

  it('leaves the project unchanged when every file is refused, creating no case', async () => {
    createCase(ctx(), 'Existing', null);
    const before = snapshot();
    const huge = new Uint8Array(21 * 1024 * 1024).fill(0x61);
    const report = await run({ caseName: 'Nobody', groupName: 'Nowhere' }, [
      { fileName: 'scan.pdf', bytes: imageOnlyPdf() },
      { fileName: 'big.html', bytes: huge },
      { fileName: 'x.txt', bytes: utf8('text'), encoding: 'no-such-encoding' },
    ]);
    expect(report).toMatchObject({ caseId: null, caseCreated: false, created: 0, refused: 3 });
    expect(report.files.map((f) => [f.reason, f.params?.limit])).toEqual([
      ['noTextLayer', undefined], ['tooLarge', 20 * 1024 * 1024], ['unknownEncoding', undefined],
    ]);
    expect(snapshot()).toBe(before);
  });

  it('skips a file whose text is already a document of the case, unless a second copy is asked for', async () => {
    const item = createCase(ctx(), 'Vera', null);
    const other = createCase(ctx(), 'Gleb', null);
    const interview = () => ({ fileName: 'a.docx', bytes: docx(para('Same words')) });
    const first = await run({ caseId: item.id }, [interview(), { fileName: 'a-copy.txt', bytes: utf8('Same words') }]);
    expect(first.files.map((f) => f.status)).toEqual(['created', 'duplicate']);
    expect(first.files[1]!.documentId).toBe(first.files[0]!.documentId);
    const again = await run({ caseId: item.id }, [interview()]);
    expect(again).toMatchObject({ created: 0, duplicates: 1 });
    expect((await run({ caseId: item.id }, [interview()], { allowDuplicates: true })).created).toBe(1);
    // Another case may hold the same text.
    expect((await run({ caseId: other.id }, [interview()])).created).toBe(1);
    expect(listDocuments(ctx().store, item.id)).toHaveLength(2);
  });

  it('reads a file again in the encoding named, and says when detection was unsure', async () => {
    const item = createCase(ctx(), 'Dana', null);
    // Capitals alone cannot tell KOI8-R from Windows-1251.
    const bytes = iconv.encode('ПРИВЕТ МИР', 'windows-1251');
    const detected = await run({ caseId: item.id }, [{ fileName: 'short.txt', bytes }]);
    expect(detected.files[0]).toMatchObject({ status: 'created', encodingUnsure: true });
    const named = await run({ caseId: item.id }, [{ fileName: 'short.txt', bytes, encoding: 'windows-1251' }]);
    expect(named.files[0]).toMatchObject({ encoding: 'windows-1251' });
    expect(named.files[0]!.encodingUnsure).toBeUndefined();
    const read = getDocumentText(ctx().store, (named.files[0]!.documentId)!);
    expect(read).toBe('ПРИВЕТ МИР');
  });

  it('refuses the rest as cancelled once the import is stopped, writing nothing', async () => {
    const item = createCase(ctx(), 'Egor', null);
    const before = snapshot();
    const controller = new AbortController();
    controller.abort();
    const report = await run({ caseId: item.id }, [{ fileName: 'a.txt', bytes: utf8('a') }, { fileName: 'b.txt', bytes: utf8('b') }], { signal: controller.signal });
    expect(report.files.map((f) => f.reason)).toEqual(['cancelled', 'cancelled']);
    expect(snapshot()).toBe(before);
  });

  it('reads a batch of files in one reader thread, telling progress after each file', async () => {
    const item = createCase(ctx(), 'Farida', null);
    const before = readerThreadsStarted();
    const progress: [number, number][] = [];
    const files = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ fileName: `${name}.txt`, bytes: utf8(`Interview ${name}`) }));
    const report = await run({ caseId: item.id }, files, { onProgress: (done, total) => progress.push([done, total]) });
    expect(report.created).toBe(5);
    // At most one: a thread the previous test left idle serves this batch too.
    expect(readerThreadsStarted() - before).toBeLessThanOrEqual(1);
    expect(progress).toEqual([[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
  });

  it('refuses a file that crashes its reader in the middle of a batch and imports the files after it', async () => {
    const item = createCase(ctx(), 'Gaukhar', null);
    const report = await run({ caseId: item.id }, [
      { fileName: 'a.txt', bytes: utf8('Before') },
      { fileName: 'huge.docx', bytes: ballooningDocx() },
      { fileName: 'c.docx', bytes: docx(para('After')) },
      { fileName: 'd.txt', bytes: utf8('Last') },
    ], { heapMb: 32 });
    expect(report.files.map((f) => [f.fileName, f.status, f.reason])).toEqual([
      ['a.txt', 'created', undefined], ['huge.docx', 'refused', 'tooLarge'], ['c.docx', 'created', undefined], ['d.txt', 'created', undefined],
    ]);
    expect(listDocuments(ctx().store).map((d) => getDocumentText(ctx().store, d.id))).toEqual(['Before', 'After', 'Last']);
  }, 30_000);

  it('stops a batch cancelled in the middle: the files read before it are imported, the rest refused as cancelled', async () => {
    const item = createCase(ctx(), 'Ilyas', null);
    const controller = new AbortController();
    const files = ['a', 'b', 'c'].map((name) => ({ fileName: `${name}.txt`, bytes: utf8(`Interview ${name}`) }));
    const report = await run({ caseId: item.id }, files, { signal: controller.signal, onProgress: (done) => done === 1 && controller.abort() });
    expect(report.files.map((f) => [f.fileName, f.status, f.reason])).toEqual([
      ['a.txt', 'created', undefined], ['b.txt', 'refused', 'cancelled'], ['c.txt', 'refused', 'cancelled'],
    ]);
    expect(listDocuments(ctx().store).map((d) => d.name)).toEqual(['a']);
  });

  it('refuses an unknown case before reading anything', async () => {
    await expect(run({ caseId: 999 }, [{ fileName: 'a.txt', bytes: utf8('a') }])).rejects.toThrow(/No case with id 999/);
  });

  it('names a document after its file, without extension or folder', () => {
    expect(documentName('interviews/Anna 2024.docx')).toBe('Anna 2024');
    expect(documentName('C:\\data\\notes.txt')).toBe('notes');
    expect(documentName('.profile')).toBe('.profile');
  });

  it('gives two files of one name distinct names in the case: the whole file name, then a number', async () => {
    const item = createCase(ctx(), 'Vera', null);
    const other = createCase(ctx(), 'Gleb', null);
    await run({ caseId: other.id }, [{ fileName: 'Интервью.txt', bytes: utf8('Другой кейс') }]);
    await run({ caseId: item.id }, [
      { fileName: 'Интервью.docx', bytes: docx(para('Первая часть')) },
      { fileName: 'ИНТЕРВЬЮ.pdf', bytes: pdf({ pages: [textPage('Second part')] }) },
    ]);
    await run({ caseId: item.id }, [{ fileName: 'in/Интервью.docx', bytes: docx(para('Третья часть')) }, { fileName: 'Интервью.docx', bytes: docx(para('Первая часть')) }]);
    await run({ caseId: item.id }, [{ fileName: 'интервью.DOCX', bytes: docx(para('Четвёртая часть')) }]);
    expect(listDocuments(ctx().store, item.id).map((d) => d.name)).toEqual(['Интервью', 'ИНТЕРВЬЮ.pdf', 'Интервью.docx', 'интервью (2)']);
    // Another case's document of that name is no clash.
    expect(listDocuments(ctx().store, other.id).map((d) => d.name)).toEqual(['Интервью']);
  });
});

describe('renaming, moving and deleting documents', () => {
  it('each is one undoable step; deleting takes the segments and codings, undo brings them back', async () => {
    const anna = createCase(ctx(), 'Anna', null);
    const boris = createCase(ctx(), 'Boris', null);
    const report = await run({ caseId: anna.id }, [{ fileName: 'talk.txt', bytes: utf8('We moved in spring.') }]);
    const id = report.files[0]!.documentId!;
    const code = getCodebook(ctx().store).codes[0]!;
    applyCode(ctx(), { documentId: id, start: 0, end: 8, codeId: code.id });

    renameDocument(ctx(), id, 'Talk with Anna');
    expect(getDocumentView(ctx(), id).document.name).toBe('Talk with Anna');
    moveDocument(ctx(), id, boris.id);
    expect(getDocumentView(ctx(), id).document.caseId).toBe(boris.id);
    deleteDocument(ctx(), id);
    expect(listDocuments(ctx().store)).toEqual([]);

    const { store } = ctx();
    undo(store);
    const restored = getDocumentView(ctx(), id);
    expect(restored.document).toMatchObject({ name: 'Talk with Anna', caseId: boris.id, segmentCount: 1 });
    expect(restored.segments[0]!.codings.map((c) => c.codeId)).toEqual([code.id]);
    undo(store);
    expect(getDocumentView(ctx(), id).document.caseId).toBe(anna.id);
    undo(store);
    expect(getDocumentView(ctx(), id).document.name).toBe('talk');
  });

  it('refuses a document or case that does not exist', () => {
    expect(() => renameDocument(ctx(), 42, 'x')).toThrow(/No document with id 42/);
    expect(() => deleteDocument(ctx(), 42)).toThrow(/No document with id 42/);
  });
});
