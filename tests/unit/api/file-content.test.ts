/**
 * A file's content crosses the contract as base64 (browser mode's JSON) or as its bytes (the
 * command line, in the same process): both import the same text, bytes past the size limit are
 * refused before anything runs, and nothing else passes for content.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch.js';
import { getDocumentText, listDocuments } from '../../../main/db/repos/documents.js';
import { createCase } from '../../../main/services/cases.js';
import { MAX_IMPORT_BYTES } from '../../../shared/contract.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let dispatch: Dispatch;
let caseId: number;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('content');
  caseId = createCase(t.session.context(), 'Anna', null).id;
  dispatch = createDispatch(t.session, () => {});
});
afterEach(() => t.dispose());

const texts = () => listDocuments(t.session.context().store, caseId).map((d) => getDocumentText(t.session.context().store, d.id));

describe('file content in the contract', () => {
  it('is taken as base64 or as bytes, with the same text either way', async () => {
    const text = 'Аренда дорогая. Қала бәріміздікі. The rent is high.';
    const utf8 = Buffer.from(text, 'utf8');
    expect(await dispatch('documents.importText', { caseId, fileName: 'a.txt', content: utf8.toString('base64') })).toMatchObject({ ok: true });
    expect(await dispatch('documents.importText', { caseId, fileName: 'b.txt', content: new Uint8Array(utf8) })).toMatchObject({ ok: true });
    // Bytes that are a view into a larger buffer: only the view's bytes are the file.
    const padded = Buffer.concat([Buffer.from('xx'), Buffer.from(`${text} Again.`), Buffer.from('yy')]);
    const view = padded.subarray(2, padded.length - 2);
    expect(await dispatch('documents.importText', { caseId, fileName: 'c.txt', content: view })).toMatchObject({ ok: true });
    expect(texts()).toEqual([text, text, `${text} Again.`]);
  });

  it('refuses bytes past the size limit, and content that is neither, without running the import', async () => {
    // An object that passes instanceof but is no typed array: its byteLength getter throws.
    const fake = Object.create(Uint8Array.prototype) as Uint8Array;
    // Base64 longer than the limit's bytes encode to.
    const longBase64 = 'A'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4);
    for (const content of [new Uint8Array(MAX_IMPORT_BYTES + 1), longBase64, [65, 66], 42, fake]) {
      const result = await dispatch('documents.importText', { caseId, fileName: 'x.txt', content });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    }
    expect(texts()).toEqual([]);
  });
});
