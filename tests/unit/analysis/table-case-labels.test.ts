/**
 * Each group numbers its cases 1…n, so a case's name alone is ambiguous once its row leaves its
 * group's heading: rows under an attribute's values (or under no heading) name the group, on
 * screen and in every export, as the table's quotes do (main/analysis/case-labels.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { buildTable, exportedTable } from '../../../main/analysis/tables.js';
import { listGroups } from '../../../main/db/repos/groups.js';
import { exportTable } from '../../../main/export/index.js';
import { createAttribute, setAttributeValue } from '../../../main/services/attributes.js';
import { listCases } from '../../../main/services/cases.js';
import { importCaseTable } from '../../../main/services/text-import.js';
import { TableRequest, type ExportFormat, type TableRequest as Request } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { parseXml, readWorkbook, unzip, wordTableCells, all, first } from '../export/ooxml.js';

let t: TestSession;
let outcome: number;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('labels');
  const ctx = t.session.context();
  const fixture = readFileSync(new URL('../../fixtures/case-table-programmers.csv', import.meta.url));
  // The same table for two groups: each has cases 1, 2 and 3.
  importCaseTable(ctx, 'p.csv', fixture, 'Programmers');
  importCaseTable(ctx, 'e.csv', fixture, 'Entrepreneurs');
  outcome = createAttribute(ctx, 'Outcome', 'choice', ['undecided', 'staying']).id;
  const groups = new Map(listGroups(ctx.store).map((g) => [g.id, g.name]));
  for (const c of listCases(ctx)) setAttributeValue(ctx, c.id, outcome, c.name === '1' ? 'undecided' : 'staying');
  expect([...groups.values()].sort()).toEqual(['Entrepreneurs', 'Programmers']);
});
afterEach(() => t.dispose());

const build = (request: Request) => buildTable(t.session.context().store, TableRequest.parse(request));
const dataLabels = (request: Request) => build(request).rows.filter((r) => r.role === 'data').map((r) => r.label);
const byOutcome = () => ({ attributeId: outcome });

describe('case rows outside their group', () => {
  it('name the group under an attribute value, in the case matrix and the code × case counts', () => {
    const undecided = ['Programmers · 1', 'Entrepreneurs · 1'];
    const staying = ['Programmers · 2', 'Programmers · 3', 'Entrepreneurs · 2', 'Entrepreneurs · 3'];
    const matrix = build({ kind: 'case-matrix', groupBy: byOutcome() });
    expect(matrix.rows.map((r) => r.label)).toEqual(['Outcome: staying', ...staying, 'Outcome: undecided', ...undecided]);
    const counts = build({ kind: 'code-case', groupBy: byOutcome() });
    expect(counts.rows.map((r) => r.label)).toEqual([
      'Outcome: staying', ...staying, 'Subtotal Outcome: staying', 'Outcome: undecided', ...undecided, 'Subtotal Outcome: undecided', 'Total',
    ]);
  });

  it('name the group in a case matrix with no headings, and not where the group\'s heading or a one-group filter says it', () => {
    expect(dataLabels({ kind: 'case-matrix', groupBy: 'none' })).toEqual(['Programmers · 1', 'Programmers · 2', 'Programmers · 3', 'Entrepreneurs · 1', 'Entrepreneurs · 2', 'Entrepreneurs · 3']);
    expect(dataLabels({ kind: 'case-matrix', groupBy: 'group' })).toEqual(['1', '2', '3', '1', '2', '3']);
    expect(dataLabels({ kind: 'code-case', groupBy: 'none' })).toEqual(['1', '2', '3', '1', '2', '3']);
    const programmers = listGroups(t.session.context().store).find((g) => g.name === 'Programmers')!.id;
    expect(dataLabels({ kind: 'case-matrix', groupBy: byOutcome(), filters: { groupIds: [programmers] } })).toEqual(['2', '3', '1']);
  });

  it('are so labelled in the CSV, XLSX, DOCX and Markdown exports', async () => {
    const store = t.session.context().store;
    const request = TableRequest.parse({ kind: 'case-matrix', groupBy: byOutcome(), language: 'ru' });
    const file = async (format: ExportFormat) => exportTable(exportedTable(store, request, format), format);
    const both = ['Programmers · 1', 'Entrepreneurs · 1'];
    const csv = parse((await file('csv')).toString('utf8').replace(/^\uFEFF/, '')) as string[][];
    expect(csv.map((line) => line[0]).slice(-3)).toEqual(['Outcome: undecided', ...both]);
    const workbook = await readWorkbook(await file('xlsx'));
    const labels = workbook.grid(workbook.sheetNames[0]!).map((row) => row[0]?.value);
    expect(labels).toEqual(expect.arrayContaining(both));
    expect(labels).not.toContain('1');
    const docx = parseXml((await unzip(await file('docx'))).get('word/document.xml')!);
    const wordRows = wordTableCells(first(first(docx, 'w:body')!, 'w:tbl')!).map((row) => row[0]!.join(' '));
    expect(wordRows.slice(-2)).toEqual(both);
    expect(all(docx, 'w:tbl')).toHaveLength(1);
    const markdown = (await file('md')).toString('utf8');
    for (const label of both) expect(markdown).toContain(`| ${label} |`);
  });
});
