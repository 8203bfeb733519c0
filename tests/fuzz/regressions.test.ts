/**
 * Inputs the fuzzers found mishandled, kept as plain tests so they stay fixed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCases } from '../../main/db/repos/cases.js';
import { getDocumentText, listDocuments } from '../../main/db/repos/documents.js';
import { importCaseTable, pasteText } from '../../main/services/text-import.js';
import type { ServiceContext } from '../../main/services/context.js';
import { fuzzProject } from './invariants.js';

let ctx: ServiceContext;
let caseId: number;
beforeEach(() => ({ ctx, caseId } = fuzzProject()));
afterEach(() => ctx.store.close());

describe('fuzz regressions', () => {
  // Found by "stores any pasted string normalised": only the first of two BOMs was stripped,
  // so the text began with U+FEFF, which an exported UTF-8 file's reader takes for a BOM and
  // drops, moving every segment of the document one place. (Fix: shared/offsets.ts.)
  it('strips every leading BOM from a pasted text', () => {
    pasteText(ctx, caseId, 'pasted', '\uFEFF\uFEFF"');
    const [document] = listDocuments(ctx.store, caseId);
    expect(getDocumentText(ctx.store, document!.id)).toBe('"');
  });

  // Found by a round-trip property over valid tables: the delimiter was the one splitting
  // the header into most fields, so commas inside the titles of a semicolon table (common in
  // Excel exports in Russian) won, and rows were cut at the commas without any warning.
  // (Fix: main/import/case-table.ts.)
  it('reads a semicolon table whose titles hold commas', () => {
    const csv = 'Кейс;Позитивные факты, ресурсы, связи;Негативные факты\n1;Помогли соседи, нашли жильё;Дорогая аренда\n';
    const report = importCaseTable(ctx, 'ru.csv', Buffer.from(csv));
    expect(report).toMatchObject({ casesCreated: 1, documentsCreated: 2 });
    expect(listCases(ctx.store).map((c) => c.name)).toEqual(['Fuzz', '1']);
    const texts = listDocuments(ctx.store).map((d) => getDocumentText(ctx.store, d.id));
    expect(texts).toEqual(['Помогли соседи, нашли жильё', 'Дорогая аренда']);
  });
});
