/**
 * A small case matrix built by hand, with what trips export writers up: Cyrillic, quotes that
 * start like formulas, markup and CSV punctuation, multi-line quotes, headings and subtotals.
 */
import type { CellSegment, CrossTable, TableCell, TableRow } from '../../../shared/tables.js';

let nextStart = 0;
function segment(id: number, caseName: string, quote: string): CellSegment {
  const start = nextStart;
  nextStart += quote.length + 1;
  return { id, caseName, documentId: 1, start, end: start + quote.length, quote };
}

const columns = [
  { key: 'positive', label: 'Позитивные' },
  { key: 'negative', label: 'Негативные' },
  { key: 'neutral', label: 'Нейтральные, прочие' },
];

const rows: TableRow[] = [
  { key: 'group:1', label: 'Программисты', role: 'heading' },
  { key: 'case:1', label: 'П1', role: 'data' },
  { key: 'case:2', label: 'П2', role: 'data' },
  { key: 'subtotal:1', label: 'Итого: программисты', role: 'subtotal' },
  { key: 'group:2', label: 'Дизайнеры <UX> & "друзья"', role: 'heading' },
  { key: 'case:3', label: 'Д1', role: 'data' },
  { key: 'total', label: 'Всего', role: 'total' },
];

const p1 = [
  [segment(11, 'П1', '=1+1 это не формула'), segment(12, 'П1', 'Хороший интернет, "быстрый" | везде')],
  [segment(13, 'П1', '- Аренда дорогая.\nОчень дорогая.')],
  [],
];
const p2 = [
  [segment(21, 'П2', '+7 (999) звонили; @коллеги помогли')],
  [segment(22, 'П2', 'Налоги <b>растут</b> & цены тоже')],
  [segment(23, 'П2', 'Без мнения')],
];
const d1 = [[], [segment(31, 'Д1', 'Клиенты платят поздно')], []];

function cells(row: TableRow, segmentsByColumn: CellSegment[][]): TableCell[] {
  return columns.map((column, c) => {
    const segments = segmentsByColumn[c] ?? [];
    return { row: row.key, column: column.key, count: segments.length, segments };
  });
}

function sum(...groups: CellSegment[][][]): CellSegment[][] {
  return columns.map((_, c) => groups.flatMap((group) => group[c] ?? []));
}

export const sampleTable: CrossTable = {
  kind: 'case-matrix',
  title: 'Таблица 1. Оценки факторов по случаям',
  rowHeader: 'Случай',
  rows,
  columns,
  cells: [
    cells(rows[0]!, [[], [], []]),
    cells(rows[1]!, p1),
    cells(rows[2]!, p2),
    cells(rows[3]!, sum(p1, p2)),
    cells(rows[4]!, [[], [], []]),
    cells(rows[5]!, d1),
    cells(rows[6]!, sum(p1, p2, d1)),
  ],
  display: 'quotes',
  tagCases: true,
  filterNote: 'Группы: Программисты, Дизайнеры; кодировщик: Ada',
};

export const countsTable: CrossTable = { ...sampleTable, display: 'counts', tagCases: false };

/** The same table with five columns of quotes, which DOCX lays out in landscape. */
export const wideTable: CrossTable = {
  ...sampleTable,
  columns: [...columns, { key: 'c4', label: 'Четвёртая' }, { key: 'c5', label: 'Пятая' }],
  cells: sampleTable.cells.map((row, r) => [
    ...row,
    { row: rows[r]!.key, column: 'c4', count: 0, segments: [] },
    { row: rows[r]!.key, column: 'c5', count: 0, segments: [] },
  ]),
};

/** Each cell's text as the writers should print it, heading rows blank: rows × columns. */
export const expectedQuotes: string[][] = [
  ['', '', ''],
  ['=1+1 это не формула (П1)\n\nХороший интернет, "быстрый" | везде (П1)', '- Аренда дорогая.\nОчень дорогая. (П1)', ''],
  ['+7 (999) звонили; @коллеги помогли (П2)', 'Налоги <b>растут</b> & цены тоже (П2)', 'Без мнения (П2)'],
  ['3', '2', '1'],
  ['', '', ''],
  ['', 'Клиенты платят поздно (Д1)', ''],
  ['3', '3', '1'],
];

export const expectedCounts: number[][] = [
  [0, 0, 0],
  [2, 1, 0],
  [1, 1, 1],
  [3, 2, 1],
  [0, 0, 0],
  [0, 1, 0],
  [3, 3, 1],
];

/** Text with characters XML forbids, as pasted from other programs. */
export const controlCharacters = 'вертикальный\u000bтаб\u0000нуль\u0007звонок\uFFFEконец';

export function withQuote(table: CrossTable, quote: string): CrossTable {
  const copy = structuredClone(table);
  copy.cells[1]![0]!.segments[0]!.quote = quote;
  return copy;
}

/**
 * A table of `n` columns with a heading, data rows, a subtotal and a total, every cell's value
 * unlike any other's ("r2c17" as a quote, 2017 as a count), so a test can find each exactly once.
 */
export function manyColumns(n: number, display: CrossTable['display']): CrossTable {
  const wideRows: TableRow[] = [
    { key: 'group:1', label: 'Группа', role: 'heading' },
    { key: 'case:1', label: 'Случай 1', role: 'data' },
    { key: 'case:2', label: 'Случай 2', role: 'data' },
    { key: 'subtotal:1', label: 'Итого', role: 'subtotal' },
    { key: 'total', label: 'Всего', role: 'total' },
  ];
  const wideColumns = Array.from({ length: n }, (_, c) => ({ key: `code:${c}`, label: `Код ${c + 1}` }));
  return {
    ...sampleTable,
    display,
    tagCases: false,
    rows: wideRows,
    columns: wideColumns,
    cells: wideRows.map((row, r) =>
      wideColumns.map((column, c) => {
        const segments = row.role === 'data' ? [{ id: r * 1000 + c, caseName: row.label, documentId: 1, start: 0, end: 1, quote: `r${r}c${c}` }] : [];
        return { row: row.key, column: column.key, count: row.role === 'heading' ? 0 : r * 1000 + c, segments };
      }),
    ),
  };
}

/**
 * A case × column table of quotes as a user's study gives it: cases named "1", "2"…, under the
 * header «Кейс»; `quotes[r][c]` are row r's quotes in column c.
 */
export function caseQuotes(columnLabels: string[], quotes: string[][][], labels = quotes.map((_, r) => String(r + 1))): CrossTable {
  const caseRows: TableRow[] = labels.map((label, r) => ({ key: `case:${r}`, label, role: 'data' }));
  const caseColumns = columnLabels.map((label, c) => ({ key: `c${c}`, label }));
  return {
    ...sampleTable,
    rowHeader: 'Кейс',
    rows: caseRows,
    columns: caseColumns,
    cells: caseRows.map((row, r) =>
      caseColumns.map((column, c) => {
        const segments = (quotes[r]?.[c] ?? []).map((quote, i) => ({ id: r * 1000 + c * 100 + i, caseName: row.label, documentId: 1, start: 0, end: quote.length, quote }));
        return { row: row.key, column: column.key, count: segments.length, segments };
      }),
    ),
  };
}

/**
 * A code × case table of counts over every code of a new project's default codebook, named in
 * `language`: columns "Валентность/Позитивное" … "STEEPL/Правовые", each with its framework.
 */
export function frameworkColumns(language: 'ru' | 'kk'): CrossTable {
  const names =
    language === 'ru'
      ? { valence: 'Валентность', codes: ['Позитивное', 'Негативное', 'Прогноз'], steepl: ['Социокультурные', 'Технологические', 'Экономические', 'Экологические', 'Политические', 'Правовые'] }
      : { valence: 'Валенттілік', codes: ['Оң', 'Теріс', 'Болжам'], steepl: ['Әлеуметтік-мәдени', 'Технологиялық', 'Экономикалық', 'Экологиялық', 'Саяси', 'Құқықтық'] };
  const table = manyColumns(9, 'counts');
  const codes = [...names.codes.map((code) => [names.valence, code]), ...names.steepl.map((code) => ['STEEPL', code])];
  return {
    ...table,
    kind: 'code-case',
    language,
    columns: table.columns.map((column, c) => ({ key: column.key, label: codes[c]!.join('/'), framework: codes[c]![0]! })),
  };
}
