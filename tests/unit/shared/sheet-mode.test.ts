/**
 * How the spreadsheet dialog first reads a sheet: an attribute sheet (Группа, Профессия, Город)
 * in a new project is read as attributes, not as a case table whose every column is a code.
 */
import { describe, expect, it } from 'vitest';
import { proposeSheetReading } from '../../../shared/sheet-mode.js';
import type { CaseTablePreview, ColumnLook, ColumnMapping } from '../../../shared/sheets.js';

type Column = [header: string, looks: ColumnLook, mapping?: ColumnMapping];
const preview = (columns: Column[], caseNames = ['P1', 'P2']): Pick<CaseTablePreview, 'columns' | 'sample'> => ({
  columns: columns.map(([header, looks, mapping]) => ({ header, looks, mapping: mapping ?? { kind: 'new', name: header } })),
  sample: { header: ['Кейс', ...columns.map(([h]) => h)], rows: caseNames.map((name) => [name, ...columns.map(() => 'x')]) },
});

describe('proposeSheetReading', () => {
  it('reads a sheet of a group and short values as an attribute sheet in a project without cases', () => {
    const sheet = preview([['Группа', 'group'], ['Профессия', 'attribute'], ['Город', 'attribute']]);
    expect(proposeSheetReading(sheet, [])).toEqual({ mode: 'attributes', reason: 'values' });
  });

  it('reads free text beside attributes as a survey whose text columns become documents', () => {
    const sheet = preview([['Топ', 'group'], ['Жасы', 'attribute'], ['Сұхбат', 'text'], ['Ескертпе', 'text']]);
    expect(proposeSheetReading(sheet, [])).toEqual({ mode: 'survey', textColumns: ['Сұхбат', 'Ескертпе'] });
  });

  it('keeps a table of free text a case table, and one whose headers name codes, whatever its other columns', () => {
    expect(proposeSheetReading(preview([['Жильё', 'text'], ['Работа', 'text']]), [])).toEqual({ mode: 'caseTable' });
    const coded = preview([['Позитивные факты', 'attribute', { kind: 'code', codeId: 1 }], ['Группа', 'group']], ['1', '2']);
    expect(proposeSheetReading(coded, ['1', '2'])).toEqual({ mode: 'caseTable' });
  });

  it("reads a sheet naming the project's cases as their attributes, free text or not", () => {
    expect(proposeSheetReading(preview([['Notes', 'text']], ['p1', 'P2']), ['P1', 'P2', 'P3'])).toEqual({ mode: 'attributes', reason: 'knownCases' });
  });
});
