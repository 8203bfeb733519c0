import { describe, expect, it } from 'vitest';
import { fitRow, labelLines, writeXlsx } from '../../../main/export/xlsx.js';
import type { CrossTable } from '../../../shared/tables.js';
import { all, first, parseXml, readWorkbook, textOf, type SheetCell } from './ooxml.js';
import { controlCharacters, countsTable, expectedCounts, expectedQuotes, frameworkColumns, sampleTable, wideTable, withQuote } from './sample-table.js';

const values = (row: (SheetCell | undefined)[] | undefined, width: number) =>
  Array.from({ length: width }, (_, c) => row?.[c]?.value ?? '');

describe('XLSX export', () => {
  it('has the table and an About sheet, and an Appendix sheet only when asked', async () => {
    const book = await readWorkbook(await writeXlsx({ ...sampleTable, appendix: false }));
    expect(book.sheetNames).toEqual(['Table', 'About']);
    const withAppendix = await readWorkbook(await writeXlsx({ ...sampleTable, appendix: true }));
    expect(withAppendix.sheetNames).toEqual(['Table', 'About', 'Appendix']);
  });

  it('writes the header and every cell as text, quotes unchanged', async () => {
    const book = await readWorkbook(await writeXlsx(sampleTable));
    const grid = book.grid('Table');
    expect(values(grid[1], 4)).toEqual(['Случай', 'Позитивные', 'Негативные', 'Нейтральные, прочие']);
    const body = sampleTable.rows.map((_, r) => values(grid[r + 2], 4));
    expect(body.map((row) => row[0])).toEqual(sampleTable.rows.map((row) => row.label));
    const expected = expectedQuotes.map((row, r) =>
      sampleTable.rows[r]!.role === 'data' || sampleTable.rows[r]!.role === 'heading' ? row : row.map(Number),
    );
    expect(body.map((row) => row.slice(1))).toEqual(expected);
  });

  it('writes "=1+1" as a shared string, never a formula', async () => {
    const book = await readWorkbook(await writeXlsx(sampleTable));
    const cell = book.grid('Table')[3]![1]!;
    expect(cell.type).toBe('s');
    expect(String(cell.value).startsWith('=1+1')).toBe(true);
    for (const sheet of book.sheets.values()) expect(all(sheet, 'f')).toEqual([]);
    for (const xml of book.files.values()) expect(xml).not.toMatch(/<f[\s>]/);
    const evidence = (await readWorkbook(await writeXlsx({ ...sampleTable, appendix: true }))).grid('Appendix');
    expect(evidence[1]).toMatchObject([{ value: 'П1' }, { value: 'Позитивные' }, { value: 11 }, { value: 'П1' }, { value: '=1+1 это не формула', type: 's' }]);
  });

  it('writes counts as numeric cells', async () => {
    const book = await readWorkbook(await writeXlsx(countsTable));
    const grid = book.grid('Table');
    countsTable.rows.forEach((row, r) => {
      if (row.role === 'heading') return;
      const cells = grid[r + 2]!.slice(1, 4);
      expect(cells.map((cell) => cell?.type)).toEqual([undefined, undefined, undefined]);
      expect(cells.map((cell) => cell?.value)).toEqual(expectedCounts[r]);
    });
  });

  it('sets a figure written as words in a table of counts right, as its counts are', async () => {
    const r = countsTable.rows.findIndex((row) => row.role === 'data');
    const cells = countsTable.cells.map((row, i) => (i === r ? row.map((cell, c) => (c === 0 ? { ...cell, segments: [], text: '54,4 %' } : cell)) : row));
    const book = await readWorkbook(await writeXlsx({ ...countsTable, cells }));
    const [words, count] = book.grid('Table')[r + 2]!.slice(1, 3);
    expect(words).toMatchObject({ value: '54,4 %', type: 's' });
    expect(book.format(words!.style)).toMatchObject({ right: true });
    expect(book.format(count!.style)).toMatchObject({ right: true });
  });

  it('wraps a heading across the columns it spans, not within the first', () => {
    const heading = { value: 'По сегментам (перекрытие ≥ 0,5)', span: 4 };
    expect(fitRow([heading, null, null, null], [9, 9, 9, 9]).height).toBeUndefined();
    expect(fitRow([{ ...heading, span: 1 }], [9]).height).toBeGreaterThan(30);
  });

  it('freezes the header row and first column, wraps text and sets widths', async () => {
    const book = await readWorkbook(await writeXlsx(sampleTable));
    const sheet = book.sheets.get('Table')!;
    expect(first(sheet, 'pane')?.attributes).toMatchObject({ xSplit: '1', ySplit: '2', state: 'frozen' });
    const widths = all(sheet, 'col').map((col) => Number(col.attributes.width));
    expect(widths[0]).toBeGreaterThanOrEqual(18);
    expect(widths[0]).toBeLessThanOrEqual(30);
    for (const width of widths.slice(1)) expect(width).toBe(55);
    const grid = book.grid('Table');
    expect(book.format(grid[1]![0]!.style)).toEqual({ bold: true, wrap: true });
    expect(book.format(grid[3]![1]!.style)).toEqual({ bold: false, wrap: true });
    expect(book.format(grid[5]![0]!.style).bold).toBe(true);
    expect(book.format(grid[2]![0]!.style).bold).toBe(true);
  });

  it('gives a row with a multi-line quote room for every line', async () => {
    const book = await readWorkbook(await writeXlsx(sampleTable));
    const rows = all(book.sheets.get('Table')!, 'row');
    expect(Number(rows[3]!.attributes.ht)).toBeGreaterThanOrEqual(2 * 12.75);
  });

  it('gives a row whose label wraps in its column room for its lines, broken at «/» as spreadsheets break it', async () => {
    expect(labelLines('STEEPL/Әлеуметтік-мәдени', 24)).toBe(2);
    expect(labelLines('STEEPL/Legal', 24)).toBe(1);
    // Wider than the widest label column (30).
    const label = 'Әлеуметтік-мәдени/Көші-қон/Отбасылық-туысқандық';
    const r = countsTable.rows.findIndex((row) => row.role === 'data');
    const rows = countsTable.rows.map((row, i) => (i === r ? { ...row, label } : row));
    const book = await readWorkbook(await writeXlsx({ ...countsTable, rows }));
    const sheet = all(book.sheets.get('Table')!, 'row');
    const labelled = sheet.find((row) => all(row, 'c').some((cell) => cell.attributes.r === `A${r + 3}`))!;
    expect(Number(labelled.attributes.ht)).toBeGreaterThanOrEqual(2 * 12.75);
  });

  it('makes count columns narrow', async () => {
    const book = await readWorkbook(await writeXlsx(countsTable));
    const widths = all(book.sheets.get('Table')!, 'col').map((col) => Number(col.attributes.width));
    for (const width of widths.slice(1)) {
      expect(width).toBeGreaterThanOrEqual(10);
      expect(width).toBeLessThanOrEqual(14);
    }
  });

  it('lists every data cell segment on the Appendix sheet and the filters on About', async () => {
    const book = await readWorkbook(await writeXlsx({ ...wideTable, appendix: true }));
    const evidence = book.grid('Appendix').map((row) => values(row, 5));
    expect(evidence[0]).toEqual(['Случай', 'Column', 'Segment id', 'Case', 'Quote']);
    expect(evidence.slice(1).map((row) => row[2])).toEqual([11, 12, 13, 21, 22, 23, 31]);
    expect(evidence[3]).toEqual(['П1', 'Негативные', 13, 'П1', '- Аренда дорогая.\nОчень дорогая.']);
    const about = book.grid('About').map((row) => values(row, 2));
    expect(about).toContainEqual(['Title', sampleTable.title]);
    expect(about).toContainEqual(['Filters', sampleTable.filterNote]);
  });

  it('keeps a cell within Excel\'s 32,767 characters, and a row within its 409 points', async () => {
    const long = Array.from({ length: 2000 }, (_, i) => `строка ${i} из очень длинной цитаты`).join('\n');
    const book = await readWorkbook(await writeXlsx(withQuote(sampleTable, long)));
    const cell = String(book.grid('Table')[3]![1]!.value);
    expect(cell.length).toBeLessThanOrEqual(32767);
    expect(cell).toMatch(/^строка 0 из очень длинной цитаты\n/);
    expect(cell).toMatch(/\n… \(cut short at the 32,767 characters Excel allows in a cell\)$/);
    const rows = all(book.sheets.get('Table')!, 'row');
    expect(Number(rows[3]!.attributes.ht)).toBe(409);
  });

  it('drops characters XML forbids', async () => {
    const book = await readWorkbook(await writeXlsx(withQuote(sampleTable, controlCharacters)));
    expect(book.grid('Table')[3]![1]!.value).toMatch(/^вертикальныйтабнульзвонокконец \(П1\)/);
  });

  it.each(['ru', 'kk'] as const)('heads codes of several frameworks (%s) by their names under their framework, in columns their longest words fit', async (language) => {
    const table = frameworkColumns(language);
    const book = await readWorkbook(await writeXlsx(table));
    const sheet = book.sheets.get(book.sheetNames[0]!)!;
    const grid = book.grid(book.sheetNames[0]!);
    // Under the caption: the frameworks across their codes, then the row header and the codes by their own names.
    const valence = table.columns[0]!.framework!;
    expect(grid[1]!.map((cell) => cell?.value)).toEqual(['', valence, undefined, undefined, 'STEEPL']);
    expect(all(sheet, 'mergeCell').map((m) => m.attributes.ref)).toEqual(expect.arrayContaining(['B2:D2', 'E2:J2']));
    expect(grid[2]!.map((cell) => cell?.value)).toEqual([table.rowHeader, ...table.columns.map((c) => c.label.split('/')[1])]);
    expect(book.format(grid[2]![1]!.style)).toEqual({ bold: true, wrap: true, right: true });
    expect(first(sheet, 'pane')?.attributes).toMatchObject({ ySplit: '3' });
    const titles = all(parseXml(book.files.get('xl/workbook.xml')!), 'definedName').map(textOf);
    expect(titles).toEqual([`'${book.sheetNames[0]}'!$2:$3`]);
    // No header word is broken between letters: each column is at least as wide as its longest word in digits (a bold letter is wider).
    const widths = all(sheet, 'col').map((col) => Number(col.attributes.width));
    grid[2]!.slice(1).forEach((cell, c) => {
      const letters = Math.max(...String(cell!.value).split(/\s+|(?<=-)/).map((word) => [...word].length));
      expect(widths[c + 1], String(cell!.value)).toBeGreaterThanOrEqual(letters + 1);
    });
  });

  it('prints as a journal table: numbered caption, note under it, fit to width, header repeated, landscape when wide', async () => {
    const journal = { ...sampleTable, number: '2', title: 'Факты по случаям', note: 'Данные 2024 года.', counting: 'passages' as const, language: 'ru' as const };
    const book = await readWorkbook(await writeXlsx(journal));
    expect(book.sheetNames).toEqual(['Таблица', 'О таблице', 'Приложение']);
    // The About sheet says in plain words what the cells hold (it read «В ячейках: Числа»).
    const about = async (table: CrossTable, sheet: string) => (await readWorkbook(await writeXlsx(table))).grid(sheet).map((row) => values(row, 2));
    expect(book.grid('О таблице').map((row) => values(row, 2))).toContainEqual(['Содержимое ячеек', 'Цитаты']);
    expect(await about({ ...countsTable, language: 'ru' }, 'О таблице')).toContainEqual(['Содержимое ячеек', 'Абсолютные частоты']);
    expect(await about({ ...countsTable, language: 'kk' }, 'Кесте туралы')).toContainEqual(['Ұяшықтардың мазмұны', 'Абсолют жиіліктер']);
    expect(await about(countsTable, 'About')).toContainEqual(['Cells show', 'Counts']);
    const grid = book.grid('Таблица');
    expect([grid[0]![0]!.value, grid[1]![0]!.value]).toEqual(['Таблица 2.', 'Факты по случаям']);
    expect(grid[2]![0]!.value).toBe('Случай');
    const note = String(grid.at(-1)![0]!.value);
    expect(note).toBe(`Примечание. Данные 2024 года. ${sampleTable.filterNote}. В ячейках указано число уникальных фрагментов текста: пересекающиеся сегменты разных кодировщиков учтены один раз.`);
    const sheet = book.sheets.get('Таблица')!;
    expect(first(sheet, 'pageSetUpPr')?.attributes).toMatchObject({ fitToPage: '1' });
    expect(first(sheet, 'pageSetup')?.attributes).toMatchObject({ fitToWidth: '1', fitToHeight: '0', orientation: 'landscape' });
    expect(first(sheet, 'pane')?.attributes).toMatchObject({ ySplit: '3' });
    const titles = all(parseXml(book.files.get('xl/workbook.xml')!), 'definedName');
    expect(titles.map((t) => [t.attributes.name, textOf(t)])).toEqual([['_xlnm.Print_Titles', "'Таблица'!$3:$3"]]);
    const narrow = await readWorkbook(await writeXlsx({ ...countsTable, number: '1' }));
    expect(first(narrow.sheets.get('Table')!, 'pageSetup')?.attributes.orientation).toBeUndefined();
    expect(all(parseXml(narrow.files.get('xl/workbook.xml')!), 'definedName').map(textOf)).toEqual(["'Table'!$3:$3"]);
  });

  it('prints a table too wide to read on one page across pages at full size, its row labels repeated', async () => {
    // 60 code columns, as a case matrix of a large codebook: fitted to one page's width its letters
    // were a twentieth of their size.
    const columns = Array.from({ length: 60 }, (_, i) => ({ key: `k${i}`, label: `Code ${i + 1}` }));
    const wide: CrossTable = {
      ...countsTable, columns,
      cells: countsTable.rows.map((row) => columns.map((c) => ({ row: row.key, column: c.key, count: 1, segments: [] }))),
    };
    const book = await readWorkbook(await writeXlsx(wide));
    const sheet = book.sheets.get('Table')!;
    expect(first(sheet, 'pageSetUpPr')).toBeUndefined();
    expect(first(sheet, 'pageSetup')?.attributes.fitToWidth).toBeUndefined();
    expect(first(sheet, 'pageSetup')?.attributes.orientation).toBe('landscape');
    expect(all(parseXml(book.files.get('xl/workbook.xml')!), 'definedName').map(textOf)).toEqual(["'Table'!$A:$A,'Table'!$2:$2"]);
  });

  it('names columns past Z as Excel does, so a wide table\'s cells land in their columns', async () => {
    const extra = Array.from({ length: 30 }, (_, i) => ({ key: `x${i}`, label: `Код ${i}` }));
    const wide = {
      ...countsTable,
      columns: [...countsTable.columns, ...extra],
      cells: countsTable.cells.map((row, r) => [...row, ...extra.map((column, i) => ({ row: countsTable.rows[r]!.key, column: column.key, count: i, segments: [] }))]),
    };
    const book = await readWorkbook(await writeXlsx(wide));
    expect(book.grid('Table')[1]!.map((cell) => cell?.value)).toEqual([wide.rowHeader, ...wide.columns.map((column) => column.label)]);
    const refs = all(book.sheets.get('Table')!, 'c').map((c) => c.attributes.r);
    expect(refs).toEqual(expect.arrayContaining(['Z2', 'AA2', 'AH2']));
  });

  it('writes a package Excel accepts: each part with its content type, each relationship with its part', async () => {
    const book = await readWorkbook(await writeXlsx({ ...sampleTable, appendix: true }));
    const types = parseXml(book.files.get('[Content_Types].xml')!);
    const overrides = new Set(all(types, 'Override').map((o) => o.attributes.PartName));
    for (const name of book.files.keys()) {
      if (name === '[Content_Types].xml' || name.endsWith('.rels')) continue;
      expect(overrides.has(`/${name}`), name).toBe(true);
    }
    for (const [name, xml] of book.files) {
      if (!name.endsWith('.rels')) continue;
      const folder = name.replace(/_rels\/[^/]*$/, '');
      for (const rel of all(parseXml(xml), 'Relationship')) expect(book.files.has(`${folder}${rel.attributes.Target}`), rel.attributes.Target).toBe(true);
    }
  });
});
