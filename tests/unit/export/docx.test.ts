import { createHash } from 'node:crypto';
import { buffer as streamBuffer } from 'node:stream/consumers';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { writeDocx } from '../../../main/export/docx.js';
import { lineWidth } from '../../../main/export/docx-columns.js';
import { tableWords } from '../../../main/analysis/table-words.js';
import { all, first, paragraphText, parseXml, unzip, wordTableCells, type XmlElement } from './ooxml.js';
import { caseQuotes, controlCharacters, countsTable, expectedCounts, frameworkColumns, manyColumns, sampleTable, wideTable, withQuote } from './sample-table.js';
import type { CrossTable } from '../../../shared/tables.js';

async function readDocument(table: CrossTable): Promise<XmlElement> {
  const files = await unzip(await writeDocx(table));
  return parseXml(files.get('word/document.xml')!);
}

describe('DOCX export', () => {
  it('puts the title above a Word table and a note with the filters below, segment ids in no note', async () => {
    const document = await readDocument({ ...sampleTable, appendix: false });
    const body = first(document, 'w:body')!;
    const blocks = body.children.filter((child) => child.name !== 'w:sectPr' && child.name !== '#text');
    expect(blocks.map((block) => block.name)).toEqual(['w:p', 'w:tbl', 'w:p']);
    expect(paragraphText(blocks[0]!)).toBe(sampleTable.title);
    expect(paragraphText(blocks[2]!)).toBe(`Note. ${sampleTable.filterNote}.`);
  });

  it('numbers the table APA-style, with the researcher\'s note, the counting and an appendix of segment ids', async () => {
    const journal = { ...sampleTable, number: '3', title: 'Facts by case', note: 'Interviews of 2024.', counting: 'cases' as const, appendix: true };
    const body = first(await readDocument(journal), 'w:body')!;
    const blocks = body.children.filter((child) => child.name !== 'w:sectPr' && child.name !== '#text');
    expect(blocks.map((block) => block.name).slice(0, 4)).toEqual(['w:p', 'w:p', 'w:tbl', 'w:p']);
    expect(paragraphText(blocks[0]!)).toBe('Table 3.');
    expect(first(blocks[0]!, 'w:b')).toBeDefined();
    expect(paragraphText(blocks[1]!)).toBe('Facts by case');
    expect(first(blocks[1]!, 'w:i')).toBeDefined();
    expect(paragraphText(blocks[3]!)).toBe(`Note. Interviews of 2024. ${sampleTable.filterNote}. Counts are of cases with at least one such segment.`);
    expect(blocks.slice(4).map(paragraphText)).toEqual([
      'Appendix. Segment ids by cell',
      'П1 × Позитивные: 11, 12', 'П1 × Негативные: 13', 'П2 × Позитивные: 21', 'П2 × Негативные: 22', 'П2 × Нейтральные, прочие: 23', 'Д1 × Негативные: 31',
    ]);
  });

  it('has one table cell per table cell, each quote its own paragraph', async () => {
    const rows = wordTableCells(first(await readDocument(sampleTable), 'w:tbl')!);
    expect(rows[0]).toEqual([['Случай'], ['Позитивные'], ['Негативные'], ['Нейтральные, прочие']]);
    expect(rows[1]).toEqual([['Программисты']]);
    expect(rows[2]).toEqual([
      ['П1'],
      ['=1+1 это не формула (П1)', 'Хороший интернет, "быстрый" | везде (П1)'],
      ['- Аренда дорогая.\nОчень дорогая. (П1)'],
      [''],
    ]);
    expect(rows[3]).toEqual([['П2'], ['+7 (999) звонили; @коллеги помогли (П2)'], ['Налоги <b>растут</b> & цены тоже (П2)'], ['Без мнения (П2)']]);
    expect(rows[4]).toEqual([['Итого: программисты'], ['3'], ['2'], ['1']]);
    expect(rows[5]).toEqual([['Дизайнеры <UX> & "друзья"']]);
    expect(rows[6]).toEqual([['Д1'], [''], ['Клиенты платят поздно (Д1)'], ['']]);
    expect(rows[7]).toEqual([['Всего'], ['3'], ['3'], ['1']]);
  });

  it('writes counts in a table of counts', async () => {
    const rows = wordTableCells(first(await readDocument(countsTable), 'w:tbl')!);
    countsTable.rows.forEach((row, r) => {
      if (row.role === 'heading') return;
      expect(rows[r + 1]!.slice(1)).toEqual(expectedCounts[r]!.map((n) => [String(n)]));
    });
  });

  it('repeats a bold header row, spans heading rows and draws only horizontal rules', async () => {
    const table = first(await readDocument(sampleTable), 'w:tbl')!;
    const rows = all(table, 'w:tr');
    expect(first(rows[0]!, 'w:tblHeader')).toBeDefined();
    expect(rows.slice(1).some((row) => first(row, 'w:tblHeader'))).toBe(false);
    // Short rows break across no page (a case's summary and quotes read as one).
    expect(rows.every((row) => first(row, 'w:cantSplit'))).toBe(true);
    expect(all(rows[0]!, 'w:r').every((run) => first(run, 'w:b'))).toBe(true);
    expect(first(rows[1]!, 'w:gridSpan')?.attributes['w:val']).toBe('4');
    const borders = first(first(table, 'w:tblPr')!, 'w:tblBorders')!;
    const style = (side: string) => first(borders, side)?.attributes['w:val'];
    expect([style('w:top'), style('w:bottom')]).toEqual(['single', 'single']);
    expect([style('w:left'), style('w:right'), style('w:insideH'), style('w:insideV')]).toEqual(['none', 'none', 'none', 'none']);
    expect(all(rows[0]!, 'w:tcBorders').map((b) => first(b, 'w:bottom')?.attributes['w:val'])).toEqual(Array(4).fill('single'));
  });

  it('keeps the page upright while every column reads at 10 pt there, and turns it for more', async () => {
    const orientation = async (table: CrossTable) => {
      const size = first(first(await readDocument(table), 'w:sectPr')!, 'w:pgSz')!.attributes;
      return { orient: size['w:orient'], wider: Number(size['w:w']) > Number(size['w:h']) };
    };
    const upright = { orient: 'portrait', wider: false };
    const turned = { orient: 'landscape', wider: true };
    expect(await orientation(sampleTable)).toEqual(upright);
    // Four columns of quotes beside short case names have 3.5 cm each upright; five do not.
    expect(await orientation(caseQuotes(['Позитивное', 'Негативное', 'Прогноз', 'Прочее'], [[['Аренда дорогая.']]]))).toEqual(upright);
    expect(await orientation(wideTable)).toEqual(turned);
    // Counts need 1.8 cm a column: six codes stand on an upright page, nine do not.
    expect(await orientation(manyColumns(6, 'counts'))).toEqual(upright);
    expect(await orientation(manyColumns(9, 'counts'))).toEqual(turned);
  });

  describe('column widths by content', () => {
    const quote = (n: number) => `Хозяева квартиры требовали оплату за год вперёд и не хотели заключать договор (${n}).`;
    const widths = async (table: CrossTable) =>
      all(first(first(await readDocument(table), 'w:tbl')!, 'w:tblGrid')!, 'w:gridCol').map((col) => Number(col.attributes['w:w']));
    const valence = ['Позитивное', 'Негативное', 'Прогноз'];

    it('gives a label column of case numbers what «Кейс» needs, the quote columns the rest, the fullest the widest', async () => {
      const table = caseQuotes(valence, [
        [[1, 2, 3, 4, 5, 6].map(quote), [7, 8].map(quote), []],
        [[9].map(quote), [10].map(quote), []],
      ]);
      const [label, positive, negative, forecast] = await widths(table);
      // 2 cm at most for "1" and «Кейс» (a fixed 22% of the page, 3.5 cm, was the old width).
      expect(label).toBeLessThanOrEqual(1134);
      expect(label).toBeLessThan(Math.min(positive!, negative!, forecast!));
      expect(positive).toBeGreaterThan(negative!);
      expect(negative).toBeGreaterThan(forecast!);
      // An empty column keeps what its header and a legible quote need.
      expect(forecast).toBeGreaterThanOrEqual(1417);
      expect(label! + positive! + negative! + forecast!).toBeLessThanOrEqual(11906 - 2 * 1440);
    });

    it('keeps a column of a few quotes beside one of thirty readable, at least 4 cm', async () => {
      const table = caseQuotes(valence, [[Array.from({ length: 30 }, (_, i) => quote(i)), [1, 2, 3].map(quote), []]]);
      const [, many, few, none] = await widths(table);
      expect(many).toBeGreaterThan(few!);
      expect(few).toBeGreaterThanOrEqual(2268);
      expect(none).toBeLessThan(few!);
    });

    it('widens the label column for a long label, never past three tenths of the page', async () => {
      const quotes = [[[quote(1)], [quote(2)], [quote(3)]]];
      const [steepl] = await widths(caseQuotes(valence, quotes, ['Социокультурные']));
      // The label's letters at 10 pt (at least 0.55 em each) and the cell's margins.
      expect(steepl).toBeGreaterThanOrEqual(15 * 0.55 * 200 + 160);
      const [long] = await widths(caseQuotes(valence, quotes, ['Очень длинное название случая, которое переносится на вторую строку']));
      expect(long).toBe(Math.round((11906 - 2 * 1440) * 0.3));
    });
  });

  it('lets a row of many quotes break across pages, and keeps a short one whole', async () => {
    const long = Array.from({ length: 12 }, (_, i) => `Счёт в банке для небольшого кафе открыли за полдня, без лишних справок и переводов (${i}).`);
    const table = caseQuotes(['Позитивное', 'Негативное', 'Прогноз'], [[long, ['Смог.'], []], [['Аренда дорогая.'], [], []]]);
    const rows = all(first(await readDocument(table), 'w:tbl')!, 'w:tr');
    expect(first(rows[0]!, 'w:tblHeader')).toBeDefined();
    expect(first(rows[1]!, 'w:cantSplit')).toBeUndefined();
    expect(first(rows[2]!, 'w:cantSplit')).toBeDefined();
    // Where the long row breaks, Word carries two lines or more of a quote over, never one alone.
    const styles = parseXml((await unzip(await writeDocx(table))).get('word/styles.xml')!);
    expect(first(first(styles, 'w:pPrDefault')!, 'w:widowControl')).toBeDefined();
  });

  it('writes a package Word accepts: each part with its content type, each relationship with its part', async () => {
    const files = await unzip(await writeDocx(sampleTable, [{ on: 'project', title: 'План', text: 'Десять интервью.' }]));
    const types = parseXml(files.get('[Content_Types].xml')!);
    const overrides = new Map(all(types, 'Override').map((o) => [o.attributes.PartName!, o.attributes.ContentType!]));
    // Word refuses a main part, styles or settings typed only as generic XML, so each needs its own override.
    for (const name of files.keys()) {
      if (name === '[Content_Types].xml' || name.endsWith('.rels')) continue;
      expect(overrides.has(`/${name}`), name).toBe(true);
    }
    expect(overrides.get('/word/document.xml')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    for (const [name, xml] of files) {
      if (!name.endsWith('.rels')) continue;
      const folder = name.replace(/_rels\/[^/]*$/, '');
      for (const rel of all(parseXml(xml), 'Relationship')) expect(files.has(`${folder}${rel.attributes.Target}`), rel.attributes.Target).toBe(true);
    }
    const core = parseXml(files.get('docProps/core.xml')!);
    expect([first(core, 'dc:title')?.text, first(core, 'dc:creator')?.text]).toEqual([sampleTable.title, 'CaseCoder']);
  });

  it('says the language of its words, so Word proofreads a Kazakh or Russian table as such', async () => {
    for (const [language, tag] of [['kk', 'kk-KZ'], ['ru', 'ru-RU'], ['en', 'en-US']] as const) {
      const files = await unzip(await writeDocx({ ...sampleTable, language }));
      const styles = parseXml(files.get('word/styles.xml')!);
      expect(first(first(styles, 'w:rPrDefault')!, 'w:lang')?.attributes['w:val']).toBe(tag);
      expect(first(parseXml(files.get('docProps/core.xml')!), 'dc:language')?.text).toBe(tag);
    }
  });

  it('marks a quote or memo in another language than the table\'s with its own, so Word proofreads it as such', async () => {
    const memo = [{ on: 'project' as const, title: 'Plan', text: 'Мен үш сұхбат алдым.\nЖұмыс туралы.' }];
    const kazakh = withQuote({ ...sampleTable, language: 'ru' }, 'Мен Алматыда жұмыс таптым');
    const files = await unzip(await writeDocx(kazakh, memo));
    const runs = all(parseXml(files.get('word/document.xml')!), 'w:r');
    const languageOf = (text: string) => {
      const found = runs.find((r) => all(r, 'w:t').map((t) => t.text).join('') === text);
      expect(found, text).toBeDefined();
      return first(found!, 'w:lang')?.attributes['w:val'];
    };
    // The Kazakh quote in a Russian table; the Russian quotes and the labels as the table is.
    expect(languageOf('Мен Алматыда жұмыс таптым (П1)')).toBe('kk-KZ');
    expect(languageOf('Клиенты платят поздно (Д1)')).toBeUndefined();
    expect(languageOf('П1')).toBeUndefined();
    // The memo's English title and Kazakh lines.
    expect(languageOf(' Plan')).toBe('en-US');
    expect([languageOf('Мен үш сұхбат алдым.'), languageOf('Жұмыс туралы.')]).toEqual(['kk-KZ', 'kk-KZ']);
    // In an English table, the Russian quotes are marked Russian; counts are no language.
    const english = all(parseXml((await unzip(await writeDocx({ ...sampleTable, language: 'en' }))).get('word/document.xml')!), 'w:r');
    const quote = english.find((r) => all(r, 'w:t').some((t) => t.text.startsWith('Клиенты платят поздно')))!;
    expect(first(quote, 'w:lang')?.attributes['w:val']).toBe('ru-RU');
    expect(english.filter((r) => /^\d+$/.test(all(r, 'w:t').map((t) => t.text).join('')) && first(r, 'w:lang'))).toEqual([]);
  });

  it('marks the names of codes, frameworks and cases in another language than the table\'s, never its own words', async () => {
    const languages = async (table: CrossTable) => {
      const runs = all(parseXml((await unzip(await writeDocx(table))).get('word/document.xml')!), 'w:tr').flatMap((row) => all(row, 'w:r'));
      return new Map(runs.map((r) => [all(r, 'w:t').map((t) => t.text).join(''), first(r, 'w:lang')?.attributes['w:val']]));
    };
    // A Russian codebook in an English table: its frameworks over the columns, its codes under them.
    const russian = await languages({ ...frameworkColumns('ru'), language: 'en' });
    expect(['Валентность', 'Позитивное', 'Правовые'].map((name) => russian.get(name))).toEqual(['ru-RU', 'ru-RU', 'ru-RU']);
    expect(russian.get('STEEPL')).toBeUndefined();
    // A Kazakh table: its names and words unmarked, «Болжам» and «Саяси» with no Kazakh-only letter
    // too; the English STEEPL marked English.
    const words = tableWords('kk');
    const kazakhTable = frameworkColumns('kk');
    // A case named Болат: a Kazakh name with no Kazakh-only letter.
    const labels: Record<string, string> = { heading: words.noGroup, data: 'Болат', subtotal: words.subtotal(words.noGroup), total: words.total };
    const kazakh = await languages({ ...kazakhTable, rowHeader: words.case, rows: kazakhTable.rows.map((row) => ({ ...row, label: labels[row.role] ?? row.label })) });
    const kazakhWords = ['Валенттілік', 'Болжам', 'Саяси', 'Болат', words.case, words.noGroup, words.total];
    expect(kazakhWords.filter((name) => !kazakh.has(name))).toEqual([]);
    expect(kazakhWords.map((name) => kazakh.get(name))).toEqual(Array(7).fill(undefined));
    expect(kazakh.get('STEEPL')).toBe('en-US');
    // Row labels (cases) and group headings in an English table; totals and counts as the table is.
    const rows = await languages({ ...countsTable, language: 'en' });
    expect([rows.get('П1'), rows.get('Программисты'), rows.has('2'), rows.get('2')]).toEqual(['ru-RU', 'ru-RU', true, undefined]);
  });

  it('deflates a long document in pieces that read back whole, each file matching its checksum', async () => {
    // Far over the piece the writer deflates at a time, and with words no two alike.
    const quote = Array.from({ length: 60_000 }, (_, i) => `слово${(i * 7919) % 100_003}`).join(' ');
    const buffer = await writeDocx(withQuote(sampleTable, quote));
    const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true });
    for await (const entry of zip.eachEntry()) {
      const bytes = await streamBuffer(await zip.openReadStreamPromise(entry));
      expect(crc32(bytes), entry.fileName).toBe(entry.crc32);
    }
    const rows = wordTableCells(first(parseXml((await unzip(buffer)).get('word/document.xml')!), 'w:tbl')!);
    expect(rows[2]![1]![0]).toBe(`${quote} (П1)`);
  });

  it('drops characters XML forbids, so Word can open the file', async () => {
    const table = { ...withQuote(sampleTable, controlCharacters), title: `Таблица${controlCharacters}` };
    const files = await unzip(await writeDocx(table));
    // saxes rejects characters outside XML 1.0, so parsing is the check.
    for (const [name, xml] of files) if (name.endsWith('.xml')) parseXml(xml);
    const rows = wordTableCells(first(parseXml(files.get('word/document.xml')!), 'w:tbl')!);
    expect(rows[2]![1]![0]).toBe('вертикальныйтабнульзвонокконец (П1)');
  });

  describe('a table too wide for the page', () => {
    // What the body says around each Word table: its caption paragraphs, the table's rows of cells, its column widths.
    async function parts(table: CrossTable) {
      const body = first(await readDocument(table), 'w:body')!;
      const blocks = body.children.filter((child) => child.name !== 'w:sectPr' && child.name !== '#text');
      let afterLast = 0;
      return blocks.flatMap((block, i) => {
        if (block.name !== 'w:tbl') return [];
        const caption = blocks.slice(afterLast, i);
        afterLast = i + 1;
        return [{
          table: block,
          caption: caption.map(paragraphText).join(' | '),
          rows: wordTableCells(block),
          widths: all(first(block, 'w:tblGrid')!, 'w:gridCol').map((col) => Number(col.attributes['w:w'])),
        }];
      });
    }
    // A Word table's rows under its header, without the heading rows (a single cell across the table).
    const bodyRows = (rows: string[][][]) => rows.slice(1).filter((row) => row.length > 1);
    // Each non-heading row as a reader of the whole table would see it: its label, then every column's value.
    const expectedRows = (table: CrossTable) =>
      table.rows.flatMap((row, r) =>
        row.role === 'heading' ? [] : [[row.label, ...table.columns.map((_, c) => (row.role === 'data' && table.display === 'quotes' ? `r${r}c${c}` : String(r * 1000 + c)))]],
      );

    it.each([
      ['counts', 40, 1021],
      ['quotes', 20, 1417],
    ] as const)('splits %s over %i columns into even column groups at least %i twips wide, every value exactly once', async (display, n, minimum) => {
      const table = manyColumns(n, display);
      const found = await parts(table);
      expect(found.length).toBeGreaterThan(1);
      const sizes = found.map((part) => part.widths.length - 1);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      for (const part of found) expect(Math.min(...part.widths.slice(1))).toBeGreaterThanOrEqual(minimum);
      // Side by side, the parts give back the whole table: every row's label in each part, each value once.
      const glued = expectedRows(table).map((expected, i) => {
        const pieces = found.map((part) => bodyRows(part.rows)[i]!.map((cell) => cell.join('\n')));
        for (const piece of pieces) expect(piece[0]).toBe(expected[0]);
        return [pieces[0]![0], ...pieces.flatMap((piece) => piece.slice(1))];
      });
      expect(glued).toEqual(expectedRows(table));
    });

    it('repeats the label column and the header row in every part, under a caption naming its columns', async () => {
      const table = { ...manyColumns(40, 'counts'), number: '3', title: 'Codes by case' };
      const found = await parts(table);
      expect(found.map((part) => part.caption)).toEqual([
        'Table 3. | Codes by case (columns 1–10 of 40)',
        'Table 3. | Codes by case (columns 11–20 of 40)',
        'Table 3. | Codes by case (columns 21–30 of 40)',
        'Table 3. | Codes by case (columns 31–40 of 40)',
      ]);
      found.forEach((part, p) => {
        const rows = all(part.table, 'w:tr');
        expect(first(rows[0]!, 'w:tblHeader'), `part ${p + 1}`).toBeDefined();
        expect(part.rows[0]!.map((cell) => cell[0])).toEqual([table.rowHeader, ...table.columns.slice(p * 10, p * 10 + 10).map((c) => c.label)]);
        expect(part.rows[1]).toEqual([['Группа']]);
        expect(first(rows[1]!, 'w:gridSpan')?.attributes['w:val']).toBe('11');
      });
      const untitled = await parts({ ...manyColumns(13, 'counts'), language: 'ru' });
      expect(untitled.map((part) => part.caption)).toEqual([`${sampleTable.title} (столбцы 1–7 из 13)`, `${sampleTable.title} (столбцы 8–13 из 13)`]);
      const kk = await parts({ ...manyColumns(13, 'counts'), language: 'kk' });
      expect(kk[1]!.caption).toBe(`${sampleTable.title} (8–13-бағандар, барлығы 13)`);
    });

    it('gives the label column of a split table what its labels need, between 2.5 cm and a fifth of the page', async () => {
      const labelWidths = async (table: CrossTable) => new Set((await parts(table)).map((part) => part.widths[0]));
      expect(await labelWidths(manyColumns(40, 'counts'))).toEqual(new Set([1417]));
      const long = manyColumns(40, 'counts');
      long.rows[1] = { ...long.rows[1]!, label: 'Предприниматели из Алматы · 4' };
      expect(await labelWidths(long)).toEqual(new Set([lineWidth('Предприниматели из Алматы · 4', 16) + 160]));
      // Measured by its letters: capitals take more room than as many small letters (review-study-1207 #9).
      long.rows[1]!.label = 'STEEPL/Социокультурные';
      const capitals = [...(await labelWidths(long))][0]!;
      long.rows[1]!.label = 'Валентность/Позитивное';
      expect(capitals).toBeGreaterThan([...(await labelWidths(long))][0]!);
      long.rows[1]!.label = 'Очень длинное название случая, которое переносится на вторую строку';
      expect(await labelWidths(long)).toEqual(new Set([Math.round(13958 * 0.2)]));
    });

    it('sets a table that only just overflows in 8 pt with a narrower label column, still one table', async () => {
      // A label column as wide as its long label at 10 pt leaves eleven codes too little; at 8 pt they fit.
      const table = manyColumns(11, 'counts');
      table.rows[1] = { ...table.rows[1]!, label: 'Предприниматели из Алматы · 4' };
      const [only, ...more] = await parts(table);
      expect(more).toEqual([]);
      expect(only!.caption).toBe(sampleTable.title);
      expect(Math.min(...only!.widths.slice(1))).toBeGreaterThanOrEqual(1021);
      expect(all(only!.table, 'w:r').every((r) => first(r, 'w:sz')?.attributes['w:val'] === '16')).toBe(true);
      expect(bodyRows(only!.rows)).toEqual(expectedRows(table).map((row) => row.map((cell) => [cell])));
    });

    it.each(['ru', 'kk'] as const)('heads codes of several frameworks (%s) by their names under their framework, never a word split', async (language) => {
      const table = frameworkColumns(language);
      const found = await parts(table);
      for (const part of found) {
        const rows = all(part.table, 'w:tr');
        // Two header rows, both repeated on every page: the frameworks across their codes, then the codes alone.
        expect(rows.slice(0, 2).every((row) => first(row, 'w:tblHeader'))).toBe(true);
        const top = all(rows[0]!, 'w:tc');
        const spans = top.slice(1).map((tc) => [paragraphText(first(tc, 'w:p')!), Number(first(tc, 'w:gridSpan')?.attributes['w:val'] ?? 1)]);
        expect(spans.reduce((sum, [, span]) => sum + Number(span), 0)).toBe(part.widths.length - 1);
        expect(spans.every(([name]) => name === 'STEEPL' || name === table.columns[0]!.framework)).toBe(true);
        const names = part.rows[1]!.slice(1).map((cell) => cell.join(''));
        // The row header stands in both header rows (merged), and the data rows follow as before.
        expect(first(top[0]!, 'w:vMerge')?.attributes['w:val']).toBe('restart');
        expect(bodyRows(part.rows.slice(1))).toEqual(
          expectedRows(table).map((row) => [row[0], ...row.slice(1).slice(...range(found, part))].map((cell) => [cell])),
        );
        // Each code's column holds its name's longest word at the table's size in bold (Times: at least 0.55 em a letter, 80 twips of margin either side).
        const size = Number(first(part.table, 'w:sz')?.attributes['w:val'] ?? 20);
        names.forEach((name, c) => {
          const letters = Math.max(...name.split(/\s+|(?<=-)/).map((word) => [...word].length));
          expect(part.widths[c + 1], name).toBeGreaterThanOrEqual(letters * 0.55 * size * 10 + 160);
        });
      }
      const allNames = found.flatMap((part) => part.rows[1]!.slice(1).map((cell) => cell.join('')));
      expect(allNames).toEqual(table.columns.map((column) => column.label.split('/')[1]));
    });
    // Columns [from, to) of a part within the whole table's columns.
    const range = (found: { widths: number[] }[], part: { widths: number[] }) => {
      const from = found.slice(0, found.indexOf(part)).reduce((sum, p) => sum + p.widths.length - 1, 0);
      return [from, from + part.widths.length - 1] as const;
    };

    it('lays out every table that fits exactly as before, byte for byte', async () => {
      // Hashes of word/document.xml as written before wide tables were split: a change here changes every narrow export.
      // They were taken again when body rows were kept on one page (<w:cantSplit/>, December 2026).
      // And again when the columns took their widths from their content (the label column its longest label's),
      // and when a table of five counts stood on an upright page (wideCounts).
      // The quote tables' once more when columns with quotes shared half their room evenly.
      // And all when quotes and memos in another language than the table's were marked with theirs (<w:lang>):
      // with those marks taken out, each hash is the one before. Again when names (of codes, cases, groups) were marked
      // the same way: the English sample tables' Russian labels now carry ru-RU, and without the marks nothing changed.
      const memo = [{ on: 'project' as const, title: 'План', text: 'Десять интервью.' }];
      const numbered = { ...sampleTable, number: '3', note: 'N', counting: 'cases' as const, appendix: true, language: 'ru' as const };
      const hashes: Record<string, [CrossTable, string]> = {
        sampleTable: [sampleTable, 'a5b081b93ae8383fb4861e5a0aaf1d022db882979ef207d6e4aab8e5ac9c70b7'],
        countsTable: [countsTable, 'cd7de7f6a9c25573cf4af9803cff78d34355307e9c57aa4fa6548303760cb527'],
        wideTable: [wideTable, '714519eb157fc2e0b9a4f37fb073c53f17a4b2d6c1e85284616ecc393a280e4f'],
        // Its note said «Подсчитаны кейсы…» before it read «В ячейках указано число кейсов…» (and «случаи» before that):
        // the hash with the old sentence put back is the old one.
        numbered: [numbered, 'f3aa6020a16667ebdc82036955270bb4a10f1ce46e0a2a10a343df43d6423c3e'],
        wideCounts: [{ ...wideTable, display: 'counts', tagCases: false }, 'beafdfd7b1e87015262b05f5d1847da029e0f65c30f24e77268b7c46b852a38c'],
      };
      const written: Record<string, string> = {};
      for (const [name, [table]] of Object.entries(hashes)) {
        const xml = (await unzip(await writeDocx(table, memo))).get('word/document.xml')!;
        written[name] = createHash('sha256').update(xml).digest('hex');
      }
      expect(written).toEqual(Object.fromEntries(Object.entries(hashes).map(([name, [, hash]]) => [name, hash])));
    });
  });
});
