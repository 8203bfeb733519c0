import { buffer as streamBuffer } from 'node:stream/consumers';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { writeDocx } from '../../../main/export/docx.js';
import { all, first, paragraphText, parseXml, unzip, wordTableCells, type XmlElement } from './ooxml.js';
import { controlCharacters, countsTable, expectedCounts, sampleTable, wideTable, withQuote } from './sample-table.js';
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
    const journal = { ...sampleTable, number: 3, title: 'Facts by case', note: 'Interviews of 2024.', counting: 'cases' as const, appendix: true };
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
    expect(all(rows[0]!, 'w:r').every((run) => first(run, 'w:b'))).toBe(true);
    expect(first(rows[1]!, 'w:gridSpan')?.attributes['w:val']).toBe('4');
    const borders = first(first(table, 'w:tblPr')!, 'w:tblBorders')!;
    const style = (side: string) => first(borders, side)?.attributes['w:val'];
    expect([style('w:top'), style('w:bottom')]).toEqual(['single', 'single']);
    expect([style('w:left'), style('w:right'), style('w:insideH'), style('w:insideV')]).toEqual(['none', 'none', 'none', 'none']);
    expect(all(rows[0]!, 'w:tcBorders').map((b) => first(b, 'w:bottom')?.attributes['w:val'])).toEqual(Array(4).fill('single'));
  });

  it('turns the page to landscape for more than three columns', async () => {
    const orientation = async (table: CrossTable) => {
      const size = first(first(await readDocument(table), 'w:sectPr')!, 'w:pgSz')!.attributes;
      return { orient: size['w:orient'], wider: Number(size['w:w']) > Number(size['w:h']) };
    };
    expect(await orientation(sampleTable)).toEqual({ orient: 'portrait', wider: false });
    expect(await orientation(wideTable)).toEqual({ orient: 'landscape', wider: true });
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
});
