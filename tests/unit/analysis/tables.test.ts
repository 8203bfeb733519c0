import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { buildTable, cellEvidence, exportedTable } from '../../../main/analysis/tables.js';
import { exportTable } from '../../../main/export/index.js';
import { findCodeByPath, getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { listGroups } from '../../../main/db/repos/groups.js';
import { createAttribute, setAttributeValue } from '../../../main/services/attributes.js';
import { createCode, createFramework } from '../../../main/services/codebook.js';
import { applyCode } from '../../../main/services/coding.js';
import { importCaseTable, pasteText } from '../../../main/services/text-import.js';
import { createCase, listCases, setCaseGroup } from '../../../main/services/cases.js';
import { decideCase } from '../../../main/services/selection.js';
import { OffsetMap } from '../../../shared/offsets.js';
import { CellEvidenceRequest, columnName, TableRequest, type CrossTable } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { hasSeedStudy, seedStudyDir } from '../../helpers/seed-study.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('tables');
});
afterEach(() => t.dispose());

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));
const codeId = (path: string) => {
  const [f, c] = path.split('/') as [string, string];
  return findCodeByPath(t.session.context().store, f, c)!.id;
};
const frameworkId = (name: string) => getCodebook(t.session.context().store).frameworks.find((f) => f.name === name)!.id;

/** Codes the one occurrence of `quote` among the project's documents. */
function codeQuote(quote: string, path: string) {
  const ctx = t.session.context();
  for (const document of listDocuments(ctx.store)) {
    const text = ctx.store.db.prepare('SELECT text FROM document WHERE id = ?').pluck().get(document.id) as string;
    const at = text.indexOf(quote);
    if (at < 0) continue;
    const map = new OffsetMap(text);
    applyCode(ctx, { documentId: document.id, start: map.toCodePoint(at), end: map.toCodePoint(at + quote.length), codeId: codeId(path) });
    return;
  }
  throw new Error(`no "${quote}"`);
}

const cellText = (table: CrossTable, row: string, column: string) => {
  const r = table.rows.findIndex((x) => x.label === row && x.role === 'data');
  const c = table.columns.findIndex((x) => x.label === column);
  return table.cells[r]![c]!;
};

describe('case matrix', () => {
  it('lists each case\'s segments per code of the framework, under group headings', () => {
    const ctx = t.session.context();
    importCaseTable(ctx, 'p.csv', fixture('case-table-programmers.csv'), 'Programmers');
    const table = buildTable(ctx.store, TableRequest.parse({ kind: 'case-matrix' }));
    expect(table.columns.map((c) => c.label)).toEqual(['Positive', 'Negative', 'Forecast']);
    expect(table.rows.map((r) => [r.label, r.role])).toEqual([['Programmers', 'heading'], ['1', 'data'], ['2', 'data'], ['3', 'data']]);
    expect(cellText(table, '2', 'Forecast').segments.map((s) => s.quote)).toEqual(['We plan to leave, maybe for Georgia, maybe further.']);
    expect(cellText(table, '2', 'Negative').count).toBe(0);
    expect(cellText(table, '3', 'Forecast').count).toBe(0);
  });

  it('groups rows by an attribute\'s values and filters by attribute', () => {
    const ctx = t.session.context();
    importCaseTable(ctx, 'p.csv', fixture('case-table-programmers.csv'), 'Programmers');
    const outcome = createAttribute(ctx, 'Outcome', 'choice', ['staying', 'leaving']);
    setAttributeValue(ctx, 1, outcome.id, 'staying');
    setAttributeValue(ctx, 2, outcome.id, 'leaving');
    const grouped = buildTable(ctx.store, TableRequest.parse({ kind: 'case-matrix', groupBy: { attributeId: outcome.id } }));
    expect(grouped.rows.map((r) => r.label)).toEqual(['Outcome: leaving', '2', 'Outcome: staying', '1', 'Outcome: —', '3']);
    const filtered = buildTable(ctx.store, TableRequest.parse({ kind: 'case-matrix', groupBy: 'none', filters: { attributes: [{ attributeId: outcome.id, values: ['leaving'] }] } }));
    expect(filtered.rows.map((r) => r.label)).toEqual(['2']);
    expect(filtered.filterNote).toBe('Outcome: leaving.');
  });

  it('heads groups of yes/no and date values, and their subtotals, as the filter list words them, in the table\'s language, exported too', async () => {
    const ctx = t.session.context();
    importCaseTable(ctx, 'p.csv', fixture('case-table-programmers.csv'), 'Programmers');
    const family = createAttribute(ctx, 'С семьёй', 'boolean', []);
    const arrived = createAttribute(ctx, 'Дата въезда', 'date', []);
    setAttributeValue(ctx, 1, family.id, true);
    setAttributeValue(ctx, 2, family.id, false);
    setAttributeValue(ctx, 1, arrived.id, '2022-09-21');
    setAttributeValue(ctx, 2, arrived.id, '2022-10-05');
    const grouped = (attributeId: number, language: 'en' | 'ru' | 'kk') => TableRequest.parse({ kind: 'code-case', columnFramework: frameworkId('Valence'), groupBy: { attributeId }, language });
    const headings = (attributeId: number, language: 'en' | 'ru' | 'kk') => buildTable(ctx.store, grouped(attributeId, language)).rows.filter((r) => r.role !== 'data').map((r) => r.label);
    expect(headings(family.id, 'ru')).toEqual(['С семьёй: нет', 'Промежуточный итог: С семьёй: нет', 'С семьёй: да', 'Промежуточный итог: С семьёй: да', 'С семьёй: —', 'Промежуточный итог: С семьёй: —', 'Итого']);
    expect(headings(family.id, 'kk').slice(0, 3)).toEqual(['С семьёй: жоқ', 'Аралық жиынтық: С семьёй: жоқ', 'С семьёй: иә']);
    expect(headings(family.id, 'en')[0]).toBe('С семьёй: no');
    // By date, as stored sorts (by day), headed as the language writes a day.
    expect(headings(arrived.id, 'ru').filter((h) => h.startsWith('Дата'))).toEqual(['Дата въезда: 21.09.2022', 'Дата въезда: 05.10.2022', 'Дата въезда: —']);
    const csv = (await exportTable(exportedTable(ctx.store, grouped(family.id, 'ru'), 'csv'), 'csv')).toString('utf8');
    expect(csv).toContain('С семьёй: да');
    expect(csv).not.toMatch(/true|false/);
    const filtered = buildTable(ctx.store, TableRequest.parse({ kind: 'code-case', columnFramework: frameworkId('Valence'), filters: { attributes: [{ attributeId: family.id, values: ['true'] }] }, language: 'ru' }));
    expect(filtered.filterNote).toBe('С семьёй: да.');
  });
});

describe('framework cross-tab', () => {
  it('counts a STEEPL span inside a document coded with a valence for that valence, tagged with its case', () => {
    const ctx = t.session.context();
    importCaseTable(ctx, 'p.csv', fixture('case-table-programmers.csv'), 'Programmers');
    codeQuote('Slow internet in the suburbs.', 'STEEPL/Technological');
    codeQuote('Taxes for freelancers are low', 'STEEPL/Economic');
    codeQuote('prices went up by a third', 'STEEPL/Economic');
    codeQuote('Colleagues invited me home', 'STEEPL/Sociocultural');
    const table = buildTable(ctx.store, TableRequest.parse({ kind: 'crosstab' }));
    expect(table.rows.map((r) => r.label)).toEqual(['Sociocultural', 'Technological', 'Economic', 'Environmental', 'Political', 'Legal']);
    expect(table.columns.map((c) => c.label)).toEqual(['Positive', 'Negative', 'Forecast']);
    expect(cellText(table, 'Economic', 'Positive').segments.map((s) => [s.caseName, s.quote])).toEqual([['3', 'Taxes for freelancers are low']]);
    expect(cellText(table, 'Economic', 'Negative').segments.map((s) => [s.caseName, s.quote])).toEqual([['3', 'prices went up by a third']]);
    expect(cellText(table, 'Technological', 'Negative').segments.map((s) => s.caseName)).toEqual(['1']);
    expect(cellText(table, 'Sociocultural', 'Positive').count).toBe(1);
    expect(cellText(table, 'Legal', 'Positive').count).toBe(0);
    const counts = buildTable(ctx.store, TableRequest.parse({ kind: 'crosstab', countsOnly: true }));
    expect(counts.display).toBe('counts');
  });
});

describe('tables that pair codes, after a second coder is merged', () => {
  /** Vera's rent coded Negative + Economic by Ada and Positive by Boris; her smog Negative + Environmental by both. */
  function twoCoders() {
    const ctx = t.session.context();
    const text = 'Salaries are lower than I expected, and rent is dear. Winter smog worries me.';
    pasteText(ctx, createCase(ctx, 'Vera', null).id, 'Vera', text);
    const document = listDocuments(ctx.store)[0]!;
    const code = (coder: string, quote: string, paths: string[]) => {
      t.session.settings.setCoderName(coder);
      const at = text.indexOf(quote);
      for (const path of paths) applyCode(t.session.context(), { documentId: document.id, start: at, end: at + quote.length, codeId: codeId(path) });
    };
    code('Ada', 'Salaries are lower than I expected, and rent is dear.', ['Valence/Negative', 'STEEPL/Economic']);
    code('Boris', 'Salaries are lower than I expected, and rent is dear.', ['Valence/Positive']);
    code('Ada', 'Winter smog worries me.', ['Valence/Negative', 'STEEPL/Environmental']);
    code('Boris', 'Winter smog worries me.', ['Valence/Negative', 'STEEPL/Environmental']);
  }

  it("pair one coder's codes only, in every counting, in the cells' quotes and in a cell opened", () => {
    twoCoders();
    const store = t.session.context().store;
    for (const count of ['segments', 'passages', 'cases'] as const) {
      const request = TableRequest.parse({ kind: 'crosstab', count });
      const table = buildTable(store, request);
      // No one coded the rent Economic and Positive: Valence is exclusive, the passage is in one column.
      expect([count, cellText(table, 'Economic', 'Positive').count]).toEqual([count, 0]);
      expect([count, cellText(table, 'Economic', 'Negative').count]).toEqual([count, 1]);
      // Both coders' smog is one segment, counted once.
      expect([count, cellText(table, 'Environmental', 'Negative').count]).toEqual([count, 1]);
      expect(cellText(table, 'Economic', 'Negative').segments.map((s) => s.quote)).toEqual(['Salaries are lower than I expected, and rent is dear.']);
      expect(table.uncountedNote).toBeUndefined();
      const opened = (row: string, column: string) => cellEvidence(store, CellEvidenceRequest.parse({ request, row: String(codeId(row)), column: String(codeId(column)) }));
      expect(opened('STEEPL/Economic', 'Valence/Positive').total).toBe(0);
      expect(opened('STEEPL/Economic', 'Valence/Negative').segments.map((s) => s.quote)).toEqual(['Salaries are lower than I expected, and rent is dear.']);
    }
    const cooccurrence = buildTable(store, TableRequest.parse({ kind: 'cooccurrence' }));
    const pairs = (a: string, b: string) => cooccurrence.cells[cooccurrence.rows.findIndex((r) => r.label === a)]![cooccurrence.columns.findIndex((c) => c.label === b)]!.count;
    expect(pairs('STEEPL/Economic', 'Valence/Positive')).toBe(0);
    expect(pairs('Valence/Positive', 'STEEPL/Economic')).toBe(0);
    expect(pairs('STEEPL/Economic', 'Valence/Negative')).toBe(1);
    expect(pairs('STEEPL/Environmental', 'Valence/Negative')).toBe(1);
    expect(pairs('Valence/Negative', 'Valence/Negative')).toBe(2);
    expect(pairs('Valence/Positive', 'Valence/Negative')).toBe(0);
  });

  it('export the cross-tab so: the passage in its one column', async () => {
    twoCoders();
    const request = TableRequest.parse({ kind: 'crosstab' });
    const csv = parse((await exportTable(exportedTable(t.session.context().store, request, 'csv'), 'csv')).toString('utf8'), { bom: true, relax_column_count: true }) as string[][];
    expect(csv.find((row) => row[0] === 'Economic')).toEqual(['Economic', '', 'Salaries are lower than I expected, and rent is dear. (Vera)', '']);
  });
});

describe('case selection', () => {
  it('counts only selected cases unless the request includes candidate and excluded ones, and says so', () => {
    const ctx = t.session.context();
    importCaseTable(ctx, 'p.csv', fixture('case-table-programmers.csv'), 'Programmers');
    const caseId = (name: string) => ctx.store.db.prepare('SELECT id FROM case_ WHERE name = ?').pluck().get(name) as number;
    decideCase(ctx, { caseId: caseId('2'), status: 'excluded', reason: 'Similar information', criteria: [] });
    decideCase(ctx, { caseId: caseId('3'), status: 'candidate', reason: '', criteria: [] });
    const request = { kind: 'code-case', columnFramework: frameworkId('Valence') } as const;
    const selected = buildTable(ctx.store, TableRequest.parse(request));
    expect(selected.rows.filter((r) => r.role === 'data').map((r) => r.label)).toEqual(['1']);
    expect(selected.filterNote).not.toMatch(/candidate|excluded/);
    const all = buildTable(ctx.store, TableRequest.parse({ ...request, filters: { statuses: ['selected', 'candidate', 'excluded'] } }));
    expect(all.rows.filter((r) => r.role === 'data').map((r) => r.label)).toEqual(['1', '2', '3']);
    expect(all.filterNote).toMatch(/candidate and excluded/);
    const inRussian = buildTable(ctx.store, TableRequest.parse({ ...request, language: 'ru', filters: { statuses: ['selected', 'excluded'] } }));
    expect(inRussian.filterNote).toBe('Включены также исключённые кейсы.');
    expect(inRussian.language).toBe('ru');
  });
});

describe('code × case counts and co-occurrence', () => {
  it('counts segments per case and code, with group subtotals and a total, in a group or in none', () => {
    const ctx = t.session.context();
    importCaseTable(ctx, 'p.csv', fixture('case-table-programmers.csv'), 'Programmers');
    importCaseTable(ctx, 'ru.csv', fixture('case-table-cp1251-semicolon.csv'), 'Entrepreneurs');
    const table = buildTable(ctx.store, TableRequest.parse({ kind: 'code-case', columnFramework: frameworkId('Valence') }));
    const row = (label: string) => table.cells[table.rows.findIndex((r) => r.label === label)]!.map((c) => c.count);
    expect(row('1')).toEqual([1, 1, 1]);
    expect(row('Subtotal Programmers')).toEqual([3, 2, 2]);
    expect(row('Subtotal Entrepreneurs')).toEqual([1, 2, 0]);
    expect(row('Total')).toEqual([4, 4, 2]);
    const onlyEntrepreneurs = buildTable(ctx.store, TableRequest.parse({
      kind: 'code-case', columnFramework: frameworkId('Valence'),
      filters: { groupIds: [listGroups(ctx.store).find((g) => g.name === 'Entrepreneurs')!.id] },
    }));
    expect(onlyEntrepreneurs.rows.map((r) => r.label)).toEqual(['Entrepreneurs', 'А', 'Б', 'Total']);
    // null: the cases in no group, alone or beside a group, and the caption says so.
    setCaseGroup(ctx, listCases(ctx).find((c) => c.name === 'Б')!.id, null);
    const entrepreneurs = listGroups(ctx.store).find((g) => g.name === 'Entrepreneurs')!.id;
    const filtered = (groupIds: (number | null)[]) =>
      buildTable(ctx.store, TableRequest.parse({ kind: 'code-case', columnFramework: frameworkId('Valence'), filters: { groupIds }, language: 'ru' }));
    expect(filtered([null]).rows.map((r) => r.label)).toEqual(['Без группы', 'Б', 'Итого']);
    expect(filtered([null]).filterNote).toBe('Группа: без группы.');
    expect(filtered([entrepreneurs, null]).rows.filter((r) => r.role === 'data').map((r) => r.label)).toEqual(['А', 'Б']);
  });

  it('counts cases instead of segments when asked, in every row and the total', () => {
    const ctx = t.session.context();
    importCaseTable(ctx, 'p.csv', fixture('case-table-programmers.csv'), 'Programmers');
    codeQuote('People at the bank spoke English', 'Valence/Positive');
    const request = { kind: 'code-case', columnFramework: frameworkId('Valence') } as const;
    const bySegments = buildTable(ctx.store, TableRequest.parse(request));
    const byCases = buildTable(ctx.store, TableRequest.parse({ ...request, count: 'cases' }));
    const data = bySegments.rows.flatMap((r, i) => (r.role === 'data' ? [bySegments.cells[i]!.map((c) => c.count)] : []));
    const casesWith = bySegments.columns.map((_, c) => data.filter((row) => row[c]! > 0).length);
    const total = byCases.cells[byCases.rows.findIndex((r) => r.role === 'total')]!.map((c) => c.count);
    expect(total).toEqual(casesWith);
    expect(total).not.toEqual(bySegments.cells[bySegments.rows.findIndex((r) => r.role === 'total')]!.map((c) => c.count));
    expect(byCases.counting).toBe('cases');
  });

  it('counts overlapping pairs of codes, and each code\'s segments on the diagonal', () => {
    const ctx = t.session.context();
    importCaseTable(ctx, 'p.csv', fixture('case-table-programmers.csv'), 'Programmers');
    codeQuote('Winter smog', 'STEEPL/Environmental');
    codeQuote('prices went up', 'STEEPL/Economic');
    codeQuote('Taxes for freelancers', 'STEEPL/Economic');
    const table = buildTable(ctx.store, TableRequest.parse({ kind: 'cooccurrence' }));
    const count = (a: string, b: string) => {
      const r = table.rows.findIndex((x) => x.label === a);
      const c = table.columns.findIndex((x) => x.label === b);
      return table.cells[r]![c]!.count;
    };
    expect(count('Valence/Negative', 'STEEPL/Environmental')).toBe(1);
    expect(count('Valence/Negative', 'STEEPL/Economic')).toBe(1);
    expect(count('STEEPL/Economic', 'Valence/Positive')).toBe(1);
    expect(count('STEEPL/Economic', 'STEEPL/Environmental')).toBe(0);
    expect(count('STEEPL/Economic', 'STEEPL/Economic')).toBe(2);
    expect(count('Valence/Negative', 'STEEPL/Economic')).toBe(count('STEEPL/Economic', 'Valence/Negative'));
    // Codes of several frameworks carry their framework apart, for exports to head them with it.
    expect(table.columns.find((c) => c.label === 'STEEPL/Economic')).toMatchObject({ framework: 'STEEPL' });
    expect(columnName(table.columns.find((c) => c.label === 'Valence/Negative')!)).toBe('Negative');
    const codeCase = buildTable(ctx.store, TableRequest.parse({ kind: 'code-case' }));
    expect(codeCase.columns.map((c) => [c.framework, columnName(c)]).slice(0, 4)).toEqual([
      ['Valence', 'Positive'], ['Valence', 'Negative'], ['Valence', 'Forecast'], ['STEEPL', 'Sociocultural'],
    ]);
    const oneFramework = buildTable(ctx.store, TableRequest.parse({ kind: 'code-case', columnFramework: frameworkId('Valence') }));
    expect(oneFramework.columns.every((c) => c.framework === undefined)).toBe(true);
  });
});

describe.skipIf(!hasSeedStudy)('the seed study', () => {
  const readCsv = (name: string) => parse(readFileSync(`${seedStudyDir}${name}`), { bom: true }) as string[][];

  for (const [file, group] of [['table1-programmers.csv', 'Programmers'], ['table2-entrepreneurs.csv', 'Entrepreneurs']] as const) {
    it(`reproduces ${file} cell for cell from its imported case table`, () => {
      const ctx = t.session.context();
      importCaseTable(ctx, file, readFileSync(`${seedStudyDir}${file}`), group);
      const table = buildTable(ctx.store, TableRequest.parse({ kind: 'case-matrix', groupBy: 'none' }));
      const [header, ...rows] = readCsv(file);
      expect(table.columns.length).toBe(header!.length - 1);
      expect(table.rows.map((r) => r.label)).toEqual(rows.map((r) => r[0]));
      rows.forEach((row, r) => {
        row.slice(1).forEach((expected, c) => {
          const quotes = table.cells[r]![c]!.segments.map((s) => s.quote).join('\n');
          expect(quotes).toBe(expected.trim() === '-' ? '' : expected.trim());
        });
      });
    });
  }
});

describe('code labels', () => {
  it('tells codes of one name apart by their parents, in every kind of table', () => {
    // By name alone, Work/Positive and Family/Positive were two columns both called "Positive".
    const ctx = t.session.context();
    const themes = createFramework(ctx, 'Themes', false);
    const code = (name: string, parentId: number | null = null) => createCode(ctx, { frameworkId: themes.id, parentId, name, description: '' }).id;
    const work = code('Work');
    code('Positive', code('Pay', work));
    code('Positive', work);
    const family = code('Family');
    code('Positive', family);
    const expected = ['Work', 'Pay', 'Pay/Positive', 'Work/Positive', 'Family', 'Family/Positive'];
    const labels = (request: object) => buildTable(ctx.store, TableRequest.parse(request)).columns.map((c) => c.label);
    expect(labels({ kind: 'case-matrix', columnFramework: themes.id })).toEqual(expected);
    expect(labels({ kind: 'crosstab', rowFramework: themes.id, columnFramework: themes.id })).toEqual(expected);
    expect(buildTable(ctx.store, TableRequest.parse({ kind: 'crosstab', rowFramework: themes.id, columnFramework: themes.id })).rows.map((r) => r.label)).toEqual(expected);
    expect(labels({ kind: 'code-case', columnFramework: themes.id })).toEqual(expected);
    // Across frameworks, after the framework's name; the other codes keep their names alone.
    const all = labels({ kind: 'cooccurrence' });
    expect(all.filter((label) => label.startsWith('Themes/'))).toEqual(expected.map((label) => `Themes/${label}`));
    expect(all).toContain('Valence/Positive');
  });
});

