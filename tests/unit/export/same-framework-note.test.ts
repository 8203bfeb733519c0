/**
 * A framework against itself (STEEPL × STEEPL) reads otherwise than a cross-tab of two: a cell
 * holds the row code's segments that carry the column's code too or lie inside a segment with
 * it, and the diagonal all of a code's segments. The screen says so above the table; every
 * export says it in its note (JSON in a field of its own), in the export's language, so a table
 * pasted into a paper keeps its meaning. A cross-tab of two frameworks says nothing of it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportedTable } from '../../../main/analysis/tables.js';
import { findCodeByPath, getCodebook } from '../../../main/db/repos/codebook.js';
import { exportTable } from '../../../main/export/index.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { isFrameworkAgainstItself, TableRequest, type ExportFormat, type ExportLanguage, type TableRequest as Request } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { all, paragraphText, parseXml, unzip } from './ooxml.js';

/** The note's sentence in each language, and the counting sentence that follows it in a table of counts. */
const SENTENCES: Record<ExportLanguage, { same: string; counts: string }> = {
  en: {
    same: "Rows and columns are one framework: a cell holds the segments of the row's code that carry the column's code too or lie inside a segment with it; the diagonal holds all of a code's segments.",
    counts: 'Counts are of coded segments.',
  },
  ru: {
    same: 'Строки и столбцы — одна схема: в ячейку входят сегменты с кодом строки, у которых есть и код столбца или которые лежат внутри сегмента с ним; на диагонали — все сегменты кода.',
    counts: 'В ячейках указано число закодированных сегментов.',
  },
  kk: {
    same: 'Жолдар мен бағандар — бір схема: ұяшыққа жол коды бар үзінділер кіреді, егер оларда баған коды да болса немесе олар сол кодпен белгіленген үзіндінің ішінде жатса; диагональда — кодтың барлық үзінділері.',
    counts: 'Ұяшықтарда кодталған үзінділер саны көрсетілген.',
  },
};

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('same-framework');
  const ctx = t.session.context();
  const caseId = createCase(ctx, 'Алматы 1', null).id;
  pasteText(ctx, caseId, 'Интервью', 'Аренда выросла вдвое. Интернет провели в село. Поезда опаздывают.');
  const documentId = listDocuments(ctx.store)[0]!.id;
  const code = (path: string) => findCodeByPath(ctx.store, ...(path.split('/') as [string, string]))!.id;
  // A segment with two STEEPL codes, and a shorter one inside a longer one: off-diagonal cells.
  applyCode(ctx, { documentId, start: 0, end: 21, codeId: code('STEEPL/Economic') });
  applyCode(ctx, { documentId, start: 0, end: 21, codeId: code('STEEPL/Political') });
  applyCode(ctx, { documentId, start: 22, end: 65, codeId: code('STEEPL/Sociocultural') });
  applyCode(ctx, { documentId, start: 22, end: 46, codeId: code('STEEPL/Technological') });
  applyCode(ctx, { documentId, start: 22, end: 65, codeId: code('Valence/Negative') });
});
afterEach(() => t.dispose());

const framework = (name: string) => getCodebook(t.session.context().store).frameworks.find((f) => f.name === name)!.id;

/** The note as each format writes it: a paragraph of DOCX, the XLSX's strings, HTML, Markdown, and JSON's field. */
async function notes(request: Request): Promise<Record<Exclude<ExportFormat, 'csv'>, string>> {
  const store = t.session.context().store;
  const parsed = TableRequest.parse(request);
  const file = async (format: ExportFormat) => exportTable(exportedTable(store, parsed, format), format);
  const docx = parseXml((await unzip(await file('docx'))).get('word/document.xml')!);
  const workbook = [...(await unzip(await file('xlsx'))).entries()].filter(([name]) => name.startsWith('xl/')).map(([, xml]) => xml).join('');
  return {
    docx: all(docx, 'w:p').map(paragraphText).join('\n'),
    xlsx: workbook,
    // As a browser reads it: the apostrophes of the English sentence are written as entities.
    html: (await file('html')).toString('utf8').replace(/&#39;/g, "'"),
    md: (await file('md')).toString('utf8'),
    json: String((JSON.parse((await file('json')).toString('utf8')) as { sameFrameworkNote?: string }).sameFrameworkNote ?? ''),
  };
}

describe('a framework against itself', () => {
  it('is told apart from a cross-tab of two frameworks, as the screen tells it', () => {
    const store = t.session.context().store;
    const table = (rowFramework: number, columnFramework: number) =>
      exportedTable(store, TableRequest.parse({ kind: 'crosstab', rowFramework, columnFramework, countsOnly: true }), 'json');
    const steepl = table(framework('STEEPL'), framework('STEEPL'));
    expect(isFrameworkAgainstItself(steepl)).toBe(true);
    // Its diagonal: each code's segments, Sociocultural's (one of them inside the other) among them.
    const diagonal = steepl.rows.map((row, r) => [row.label, steepl.cells[r]![r]!.count]);
    expect(diagonal).toContainEqual(['Economic', 1]);
    expect(isFrameworkAgainstItself(table(framework('STEEPL'), framework('Valence')))).toBe(false);
  });

  for (const language of ['en', 'ru', 'kk'] as const) {
    it(`says what its cells and diagonal hold in the note of every export, in ${language}`, async () => {
      const { same, counts } = SENTENCES[language];
      const written = await notes({ kind: 'crosstab', rowFramework: framework('STEEPL'), columnFramework: framework('STEEPL'), countsOnly: true, number: 2, language });
      for (const [format, text] of Object.entries(written)) {
        expect({ format, has: text.includes(same) }).toEqual({ format, has: true });
        // Before what the counts count, which reads as of those segments.
        if (format !== 'json') expect({ format, next: text.includes(`${same} ${counts}`) }).toEqual({ format, next: true });
      }
      expect(written.json).toBe(same);
    });
  }

  it('is not said of a cross-tab of two frameworks', async () => {
    const written = await notes({ kind: 'crosstab', rowFramework: framework('STEEPL'), columnFramework: framework('Valence'), countsOnly: true, number: 2 });
    for (const [format, text] of Object.entries(written)) {
      expect({ format, has: text.includes('one framework') }).toEqual({ format, has: false });
    }
  });
});
